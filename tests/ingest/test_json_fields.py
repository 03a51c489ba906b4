"""Any other JSON document: its strings are scanned, one conversation per record."""

from __future__ import annotations

import json

from ingest_helpers import FIXTURES

from ccaudit.ingest.base import Source
from ccaudit.ingest.detect import detect_reader

CLAIMS = FIXTURES / "vendor" / "json_fields" / "claims_export.json"


def test_each_record_is_a_conversation_of_its_strings(read_path):
    export, first, second = read_path(CLAIMS)
    assert (export.id, first.id, second.id) == ("claims_export", "CLM-69-0001", "CLM-69-0002")
    assert [t.text for t in export.turns] == ["claims_queue", "2026-11-30T08:14:22+07:00"]
    assert first.source_format == "json-fields"
    assert [(t.speaker, t.locator.pointer) for t in first.turns][:3] == [
        ("insured_name", "/records/0/insured_name"),
        ("insured_dob", "/records/0/insured_dob"),
        ("citizen_id", "/records/0/citizen_id"),
    ]
    assert ("account", "/records/0/payout/account") in [
        (t.speaker, t.locator.pointer) for t in first.turns
    ]
    assert {t.role for t in first.turns} == {"unknown"}
    # A labelled call in a string becomes its turns.
    note = [t.role for t in second.turns if t.locator.pointer == "/records/1/agent_note"]
    assert note == ["agent", "customer"]


def test_a_record_list_at_the_top_level_and_a_lone_object(tmp_path, read_path):
    listed = tmp_path / "contacts.json"
    listed.write_text(json.dumps([{"name": "Ana Lima"}, {"name": "Bo Chan"}]), encoding="utf-8")
    assert [(c.id, c.source_format) for c in read_path(listed)] == [
        ("contacts-0", "json-fields"),
        ("contacts-1", "json-fields"),
    ]
    lone = tmp_path / "profile.json"
    lone.write_text(json.dumps({"profile": {"mobile": "0812345678"}}), encoding="utf-8")
    (conversation,) = read_path(lone)
    assert [(t.text, t.locator.pointer) for t in conversation.turns] == [
        ("0812345678", "/profile/mobile")
    ]


def test_it_is_detected_only_after_every_other_json_reader():
    record = FIXTURES / "vendor" / "json_record" / "crm_call_en.json"
    assert detect_reader(Source(record, record.name)).name == "json-record"
    assert detect_reader(Source(CLAIMS, CLAIMS.name)).name == "json-fields"


def test_a_case_whose_lists_are_its_parts_is_one_conversation(tmp_path, read_path):
    path = tmp_path / "refund.json"
    case = {
        "case": "RFD-1",
        "segments": [{"flight": "PM 201"}],
        "contact": {"name": "Tegan Mulholland", "phone": "+61 428 093 551"},
        "notes": [{"by": "Hafiz Rahman", "text": "refund to card"}],
    }
    path.write_text(json.dumps(case), encoding="utf-8")
    (conversation,) = read_path(path)
    assert "/contact/name" in {t.locator.pointer for t in conversation.turns}


def test_long_whole_numbers_are_read_and_short_ones_and_fractions_are_not(tmp_path, read_path):
    path = tmp_path / "claims.json"
    record = {"citizen_id": 3292212195101, "count": 3, "amount": 38450.5, "paid": True}
    path.write_text(json.dumps(record), encoding="utf-8")
    (conversation,) = read_path(path)
    assert [(t.text, t.locator.pointer) for t in conversation.turns] == [
        ("3292212195101", "/citizen_id")
    ]
