import pytest

from ccaudit.normalize import normalize
from ccaudit.normalize.glued import glued_digit_spaces


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("บัตรเครดิตเลข4532015112830366ค่ะ", "บัตรเครดิตเลข 4532015112830366 ค่ะ"),
        ("โทร0812345678นะคะ", "โทร 0812345678 นะคะ"),
        ("เลข๔๕๓๒ค่ะ", "เลข 4532 ค่ะ"),
        ("ยอด 500 บาท", "ยอด 500 บาท"),
        ("order A123 ok", "order A123 ok"),
    ],
)
def test_space_goes_between_thai_letters_and_digits(source, expected):
    assert normalize(source).text == expected


@pytest.mark.parametrize(
    ("source", "boundaries"),
    [("ก12ข", [1, 3]), ("ก1ข", [1, 2]), ("1ก2", [1, 2]), ("12ก", [2]), ("ก12", [1]), ("ก 1ข", [3])],
)
def test_insertions_are_empty_source_ranges_at_each_boundary(source, boundaries):
    assert [(r.start, r.end, r.new) for r in glued_digit_spaces(source)] == [
        (b, b, " ") for b in boundaries
    ]


def test_glued_number_maps_back_without_the_inserted_spaces():
    source = "บัตรเครดิตเลข4532015112830366ค่ะ"
    result = normalize(source)
    start = result.text.index("4532")
    assert source[slice(*result.to_source(start, start + 16))] == "4532015112830366"
    assert result.to_source(0, len(result.text)) == (0, len(source))
