import pytest

from ccaudit.normalize import normalize


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("card 5500 0000 0000 0004 11/29 ok", "card 5500 0000 0000 0004\t11/29 ok"),
        ("ใช้ใบนี้ 4000000000000002 03/2031 ครับ", "ใช้ใบนี้ 4000000000000002\t03/2031 ครับ"),
        ("บัตร4000000000000002 03/31", "บัตร 4000000000000002\t03/31"),
    ],
)
def test_a_month_and_year_after_a_card_length_number_is_set_apart(source, expected):
    assert normalize(source).text == expected


@pytest.mark.parametrize(
    "source",
    [
        "acct 0123456789 03/31",  # ten digits: no card
        "card 5500 0000 0000 0004 13/29",  # no month 13
        "ref 5500000000000004 11/29/2024",  # a full date
        "call 12/29 at 4",
    ],
)
def test_other_numbers_stay_as_they_are(source):
    assert normalize(source).text == source


def test_the_date_maps_back_to_itself():
    source = "Visa 4000 0000 0000 0002 07/30 cvv 111"
    result = normalize(source)
    start = result.text.index("07/30")
    assert source[slice(*result.to_source(start, start + 5))] == "07/30"
    assert result.to_source(0, len(result.text)) == (0, len(source))


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("Caller 00:01:12.480 4 1 0 7 7", "Caller 00:01:12.480\t4 1 0 7 7"),
        ("Agent 14:05 0897712345", "Agent 14:05\t0897712345"),
        ("เวลา 9:15 0812345678 ค่ะ", "เวลา 9:15\t0812345678 ค่ะ"),
    ],
)
def test_a_clock_time_before_a_number_is_set_apart(source, expected):
    assert normalize(source).text == expected


@pytest.mark.parametrize("source", ["at 10:30 12/27 we met", "score 3:1 and 10:45am", "[14:05]"])
def test_a_time_before_a_date_or_no_number_stays(source):
    assert normalize(source).text == source
