"""A phone, a date of birth, a passport, an account or a card number, or a card's expiry date, in
a field named for one, bare of any cue."""

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
        ("card_number", "4783489977618", "CREDIT_CARD"),
        ("card_exp", "09/27", "CARD_EXPIRY"),
        ("cc_expiry", "1/26", "CARD_EXPIRY"),
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
        ("card_number", "4783489977619"),
        ("expiry", "05/27"),
        ("card_exp", "**/**"),
    ],
)
def test_a_value_of_another_shape_or_field_is_not(detector, column, value):
    assert detector.scan(_field(column, value)) == []


def test_an_agent_column_that_names_the_agent_is_read(tmp_path):
    from ccaudit.ingest import ReadOptions, read_conversations

    export = tmp_path / "cases.csv"
    export.write_text(
        "case_id,customer_name,card_exp,owner,notes\n"
        "CS-1,Anh Tran,04/29,R. Singh,travel notice\n"
        "CS-2,Luz Ocampo,1/26,AG-1042,dispute\n",
        encoding="utf-8",
    )
    rows = list(read_conversations(export, export.name, ReadOptions()))
    assert [[t.text for t in row.turns if t.speaker == "owner"] for row in rows] == [
        ["R. Singh"],
        [],
    ]
