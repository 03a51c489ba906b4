"""NDJSON exports and JSON arrays: per-object dispatch, line locators, default ids."""

from __future__ import annotations

import json

import pytest
from ingest_helpers import FIXTURES, resolve_pointer

from ccaudit.errors import InputFileError

EXPORT = FIXTURES / "tickets" / "zendesk_export.ndjson"


def test_each_line_goes_to_its_own_reader(read_path):
    conversations = read_path(EXPORT)
    assert [(c.id, c.source_format) for c in conversations] == [
        ("201", "zendesk"),
        ("202", "zendesk"),
        ("56", "freshdesk"),
    ]
    assert conversations[0].turns[2].is_internal_note


def test_turns_point_at_their_line_and_field(read_path):
    lines = EXPORT.read_text(encoding="utf-8").splitlines()
    for conversation in read_path(EXPORT):
        for turn in conversation.turns:
            document = json.loads(lines[turn.locator.line - 1])
            assert resolve_pointer(document, turn.locator.pointer) == turn.text


def test_blank_lines_are_skipped_and_a_bad_line_is_reported_by_number(tmp_path, read_path):
    good = EXPORT.read_text(encoding="utf-8").splitlines()[0]
    path = tmp_path / "export.ndjson"
    path.write_text(good + "\n\n" + good + "\n" + '{"id": 3, "subject": \n', encoding="utf-8")
    with pytest.raises(InputFileError, match="invalid JSON at line 4 column"):
        read_path(path)
    unknown = tmp_path / "unknown.ndjson"
    unknown.write_text(good + "\n" + '{"something": "else"}\n', encoding="utf-8")
    with pytest.raises(InputFileError, match="line 2: JSON value matches no supported format"):
        read_path(unknown)


def test_conversations_without_ids_are_named_by_line(tmp_path, read_path):
    line = json.dumps({"comments": [{"author_id": 1, "public": True, "plain_body": "hi"}]})
    path = tmp_path / "export.ndjson"
    path.write_text(line + "\n" + line + "\n", encoding="utf-8")
    assert [c.id for c in read_path(path)] == ["export-line1", "export-line2"]


def test_json_array_dispatches_each_item_with_indexed_pointers(tmp_path, read_path):
    lines = EXPORT.read_text(encoding="utf-8").splitlines()
    document = [json.loads(line) for line in lines]
    path = tmp_path / "export.json"
    path.write_text(json.dumps(document, ensure_ascii=False, indent=2), encoding="utf-8")
    conversations = read_path(path)
    assert [c.source_format for c in conversations] == ["zendesk", "zendesk", "freshdesk"]
    third = conversations[2].turns[1]
    assert third.locator.pointer == "/2/description_text"
    for conversation in conversations:
        for turn in conversation.turns:
            assert resolve_pointer(document, turn.locator.pointer) == turn.text
