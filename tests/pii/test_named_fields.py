"""A name in a field named for one (a CSV `customer_name` column, a JSON `display_name`)."""

import pytest

from ccaudit.model import Conversation, Locator, Turn
from ccaudit.pii.names.named_fields import named_field_name_span


@pytest.mark.parametrize(
    "value",
    ["Wanida Srisuk", "  mary o'neill ", "วนิดา ศรีสุข", "K. Dolo", "Jean-Luc Picard", "ต้น"],
)
def test_a_name_like_value_is_taken_whole(value):
    start, end = named_field_name_span(value)
    assert value[start:end] == value.strip()


@pytest.mark.parametrize(
    "value",
    ["", "  ", "N/A", "unknown", "ไม่ระบุ", "Guest", "system", "0812345678", "wanida@example.com",
     "Order 55123", "line one\nline two", "a b c d e f g", "-", "x" * 61],
)  # fmt: skip
def test_a_value_that_is_no_name_is_not_taken(value):
    assert named_field_name_span(value) is None


def _cell_conversation(column: str | None, pointer: str | None, value: str) -> Conversation:
    turns = [
        Turn(0, "unknown", "Refund please", "body", locator=Locator(row=1, column="body")),
        Turn(1, "unknown", value, column, locator=Locator(row=1, column=column, pointer=pointer)),
    ]
    return Conversation("T-1", "export.csv", "csv", turns, "ticket")


@pytest.mark.parametrize(
    ("column", "pointer"),
    [
        ("customer_name", None),
        ("Display Name", None),
        ("ชื่อลูกค้า", None),
        (None, "/0/full_name"),
        (None, "/notes/0/handled_by"),
        ("owner", None),
        (None, "/passengers/0/last"),
        ("full_name_en", None),
        ("name_th", None),
    ],
)
def test_the_value_of_a_name_field_is_a_person(detector, column, pointer):
    findings = detector.scan(_cell_conversation(column, pointer, "Wanida Srisuk"))
    assert [(f.entity_type, f.turn, f.recognizer) for f in findings] == [
        ("PERSON", 1, "NamedFieldFinder")
    ]


@pytest.mark.parametrize(("column", "pointer"), [("product", None), (None, "/0/plan")])
def test_the_same_value_in_another_field_is_not(detector, column, pointer):
    assert detector.scan(_cell_conversation(column, pointer, "Wanida Srisuk")) == []
