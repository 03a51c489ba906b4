import pytest

from ccaudit.normalize import normalize


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("เบอร์ 09O-447-2815 ค่ะ", "เบอร์ 090-447-2815 ค่ะ"),
        ("call me on 02-5O1-7788", "call me on 02-501-7788"),
        ("card 4532 O151 1283 0366", "card 4532 0151 1283 0366"),
        ("0812OO4567", "0812004567"),
    ],
)
def test_a_letter_o_inside_a_number_is_a_zero(source, expected):
    result = normalize(source)
    assert result.text == expected
    assert result.to_source(0, len(expected)) == (0, len(source))


@pytest.mark.parametrize(
    "source",
    ["see you 2Oct 2020", "the O2 arena at 19:30", "room 1O2", "1OO 200 bags", "Oo 12345678"],
)
def test_letters_beside_short_numbers_or_words_stay(source):
    assert normalize(source).text == source
