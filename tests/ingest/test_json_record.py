"""JSON records that hold a call's or a ticket's text in one field."""

from __future__ import annotations

import json

import pytest

from ccaudit.ingest import ReadOptions, Source, read_conversations
from ccaudit.ingest.detect import detect_reader

CALL = "Agent: สวัสดีค่ะ ธนาคารตัวอย่างค่ะ\nCustomer: บัตร 4111 1111 1111 1111 หายค่ะ\nAgent: รับทราบค่ะ"


def read(path):
    return list(read_conversations(path, str(path), ReadOptions()))


def test_a_record_with_a_labelled_call_is_that_call(tmp_path):
    record = {"call_id": "C-9", "agent_id": "A-1", "date": "2026-12-01", "transcript": CALL}
    path = tmp_path / "call.json"
    path.write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
    assert detect_reader(Source(path)).name == "json-record"
    (call,) = read(path)
    assert (call.id, call.agent_id, call.metadata, call.channel) == (
        "C-9",
        "A-1",
        {"date": "2026-12-01"},
        "unknown",
    )
    assert [(t.role, t.locator.pointer) for t in call.turns] == [
        ("agent", "/transcript"),
        ("customer", "/transcript"),
        ("agent", "/transcript"),
    ]
    for turn in call.turns:
        start = turn.locator.offset
        assert CALL[start : start + len(turn.text)] == turn.text


def test_other_string_fields_are_turns_of_their_own(tmp_path):
    record = {"id": 7, "body": "ลืมรหัสค่ะ", "customer_name": "สมหญิง ใจดี", "phone": "0812345678"}
    path = tmp_path / "ticket.json"
    path.write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
    (ticket,) = read(path)
    assert (ticket.id, ticket.channel) == ("7", "ticket")
    assert [(t.speaker, t.text, t.locator.pointer) for t in ticket.turns] == [
        ("body", "ลืมรหัสค่ะ", "/body"),
        ("customer_name", "สมหญิง ใจดี", "/customer_name"),
        ("phone", "0812345678", "/phone"),
    ]


@pytest.mark.parametrize("layout", ["ndjson", "json-array"])
def test_records_per_line_or_in_an_array_are_one_conversation_each(tmp_path, layout):
    records = [{"call_id": f"C-{n}", "transcript": CALL} for n in (1, 2)]
    path = tmp_path / "calls.json"
    if layout == "ndjson":
        path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    else:
        path.write_text(json.dumps(records), encoding="utf-8")
    assert detect_reader(Source(path)).name == layout
    assert [(c.id, len(c.turns)) for c in read(path)] == [("C-1", 3), ("C-2", 3)]


def test_json_without_a_text_field_is_read_as_its_fields(tmp_path):
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"retention_days": 30, "region": ["th"]}), encoding="utf-8")
    assert detect_reader(Source(path)).name == "json-fields"
