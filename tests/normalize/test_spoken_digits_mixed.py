import pytest

from ccaudit.normalize import normalize


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("เบอร์ค่ะ oh แปด one สอง three สี่ ห้า six", "เบอร์ค่ะ 08123456"),
        ("ID นะคะ สาม one สอง four ห้า", "ID นะคะ 31245"),
        ("เลขบัญชี 123 สี่ five หก seven ค่ะ", "เลขบัญชี 123 4567 ค่ะ"),
        ("zero eight, สองสาม four", "08 234"),
    ],
)
def test_digits_said_in_both_languages_become_one_number(source, expected):
    assert normalize(source).text == expected


@pytest.mark.parametrize(
    ("source", "why"),
    [
        ("one สามี two three", "สามี husband ends the run before it"),
        ("ok สอง one ค่ะ", "three digit words are too few for a mixed run"),
        ("I need two สาม ticket", "two digit words"),
    ],
)
def test_mixed_words_that_are_no_number_stay(source, why):
    assert normalize(source).text == source, why


def test_mixed_run_maps_back_to_its_words():
    source = "เบอร์ zero nine หก three สี่ ค่ะ"
    result = normalize(source)
    start = result.text.index("09634")
    assert source[slice(*result.to_source(start, start + 5))] == "zero nine หก three สี่"
