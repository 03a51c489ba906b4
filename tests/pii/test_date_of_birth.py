"""Dates of birth said in words, read by the recognizer itself (the prefilter lets such a turn
through only with digits or three digit words in a row: see the todo cases)."""

import pytest

from ccaudit.pii.recognizers.date_of_birth import DateOfBirthRecognizer, is_compact_date


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("born october ninth two thousand and four", "october ninth two thousand and four"),
        ("born the seventh of march sixty two", "the seventh of march sixty two"),
        ("birthday is the fourth of the eleventh eighty", "fourth of the eleventh eighty"),
        ("date of birth twenty-first june 1979", "twenty-first june 1979"),
    ],
)
def test_said_dates_match(text, expected):
    results = DateOfBirthRecognizer().analyze(text, ["DATE_OF_BIRTH"])
    assert expected in [text[r.start : r.end] for r in results]


@pytest.mark.parametrize(
    ("digits", "is_date"),
    [
        ("31121990", True),  # DDMMYYYY
        ("12311990", True),  # MMDDYYYY
        ("19901231", True),  # YYYYMMDD
        ("01012530", True),  # Buddhist era
        ("311290", True),  # DDMMYY
        ("45991372", False),
        ("99123456", False),
        ("331390", False),
    ],
)
def test_compact_dates(digits, is_date):
    assert is_compact_date(digits) is is_date
