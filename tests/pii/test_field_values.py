"""A phone, a date of birth or a passport number in a field named for one, bare of any cue."""

import pytest

from ccaudit.model import Conversation, Locator, Turn


def _field(column: str, value: str) -> Conversation:
    turns = [
        Turn(0, "unknown", "Refund please", "note", locator=Locator(row=1, column="note")),
        Turn(1, "unknown", value, column, locator=Locator(row=1, column=column)),
    ]
    return Conversation("C-1", "export.csv", "csv", turns, "ticket")


@pytest.mark.parametrize(
    ("column", "value", "entity"),
    [
        ("dob", "1947-02-09", "DATE_OF_BIRTH"),
        ("insured_dob", "14/02/2522", "DATE_OF_BIRTH"),
        ("วันเกิด", "3 มี.ค. 2527", "DATE_OF_BIRTH"),
        ("date_of_birth", "30 Dec 2001", "DATE_OF_BIRTH"),
        ("phone", "01632 960418", "PHONE_NUMBER"),
        ("alt_phone", "(02) 4961 3308", "PHONE_NUMBER"),
        ("passport_no", "PA4417093", "PASSPORT"),
        ("acct", "918010047726391", "BANK_ACCOUNT"),
        ("เลขที่บัญชี", "565-2-30784-1", "BANK_ACCOUNT"),
    ],
)
def test_the_bare_value_of_a_named_field_is_found(detector, column, value, entity):
    findings = detector.scan(_field(column, value))
    assert [(f.entity_type, f.turn, f.start, f.end) for f in findings] == [
        (entity, 1, 0, len(value))
    ]


@pytest.mark.parametrize(
    ("column", "value"),
    [
        ("dob", "unknown"),
        ("dob", "see ID card"),
        ("phone", "n/a"),
        ("phone", "12"),
        ("passport", "pending"),
        ("created", "1947-02-09"),
        ("amount", "01632 960418"),
        ("account_no", "ACC-77"),
    ],
)
def test_a_value_of_another_shape_or_field_is_not(detector, column, value):
    assert detector.scan(_field(column, value)) == []
