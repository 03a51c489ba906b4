"""NDJSON exports and JSON arrays: per-object dispatch, line locators, default ids, bad items."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from ingest_helpers import FIXTURES, resolve_pointer

from ccaudit.errors import InputFileError
from ccaudit.ingest.base import MAX_LINE_CHARS
from ccaudit.model import InputError

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


def ticket_line(ticket_id: int, body: str) -> str:
    comment = {"id": ticket_id, "author_id": 9100 + ticket_id, "public": True, "plain_body": body}
    ticket = {"id": ticket_id, "requester_id": 9100 + ticket_id, "assignee_id": 42}
    return json.dumps({**ticket, "comments": [comment]}, ensure_ascii=False)


THAI_ID = "1101700203450"  # passes the checksum
# Truncated mid-string: the line holds a name and a phone number that must never be printed.
BAD_LINE = '{"id": 302, "requester_id": 9302, "comments": [{"plain_body": "Somchai 0812345678'


def three_lines(tmp_path: Path, middle: str) -> Path:
    path = tmp_path / "export.ndjson"
    lines = [ticket_line(301, "My card is blocked."), middle, ticket_line(303, f"บัตร {THAI_ID}")]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_a_bad_line_is_one_error_naming_its_line_and_the_lines_after_it_are_read(
    tmp_path, read_path
):
    first, error, third = read_path(three_lines(tmp_path, BAD_LINE))
    assert (first.id, third.id) == ("301", "303")
    assert THAI_ID in third.turns[0].text and third.turns[0].locator.line == 3
    assert isinstance(error, InputError) and error.path == str(tmp_path / "export.ndjson")
    assert error.reason == (
        "line 2: invalid JSON at column 63: unexpected end of data (truncated line?)"
    )
    for content in ("Somchai", "0812345678", "302", "plain_body"):
        assert content not in str(error)


@pytest.mark.parametrize(
    ("middle", "reason"),
    [
        ('{"id": 302, "subject": ', "line 2: invalid JSON at column 24: unexpected end of data"),
        ('{"id": 302 "x": 1}', "line 2: invalid JSON at column 12: Expecting ',' delimiter"),
        ("[1, 2]", "line 2: JSON value matches no supported format"),
        (
            '{"id": 302, "comments": [{"author_id": 1, "public": true, "plain_body": "a"}, 7]}',
            "line 2: Zendesk JSON: comment 1 is not an object",
        ),
    ],
)
def test_every_kind_of_bad_line_leaves_the_other_lines_read(tmp_path, read_path, middle, reason):
    read = read_path(three_lines(tmp_path, middle))
    assert [type(item).__name__ for item in read] == ["Conversation", "InputError", "Conversation"]
    assert read[1].reason.startswith(reason)


def test_a_line_of_no_known_layout_is_read_as_its_fields(tmp_path, read_path):
    first, middle, last = read_path(three_lines(tmp_path, '{"customer_name": "Wanida Srisuk"}'))
    assert middle.source_format == "json-fields"
    assert [(t.text, t.locator.pointer, t.locator.line) for t in middle.turns] == [
        ("Wanida Srisuk", "/customer_name", 2)
    ]


def test_blank_lines_are_skipped(tmp_path, read_path):
    good = EXPORT.read_text(encoding="utf-8").splitlines()[0]
    path = tmp_path / "export.ndjson"
    path.write_text(good + "\n\n" + good + "\n" + '{"id": 3, "subject": \n', encoding="utf-8")
    *_, error = read_path(path)
    assert error.reason.startswith("line 4: invalid JSON at column 22")


def test_a_line_too_long_to_be_a_document_stops_the_file(tmp_path, read_path):
    path = tmp_path / "export.ndjson"
    path.write_text(ticket_line(1, "hi") + "\n" + "x" * (MAX_LINE_CHARS + 1) + "\n")
    with pytest.raises(InputFileError, match="line 2 is longer than"):
        read_path(path)


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


def test_an_array_item_of_no_known_format_leaves_the_other_items_read(tmp_path, read_path):
    items = [
        json.loads(ticket_line(1, "hello")),
        "Somchai",
        json.loads(ticket_line(3, "bye")),
    ]
    path = tmp_path / "export.json"
    path.write_text(json.dumps(items), encoding="utf-8")
    first, error, third = read_path(path)
    assert (first.id, third.id) == ("1", "3")
    assert third.turns[0].locator.pointer == "/2/comments/0/plain_body"
    assert str(error) == f"{path}: array item 1: JSON value matches no supported format"


def test_an_array_that_is_not_valid_json_is_one_error_for_the_file(tmp_path, read_path):
    path = tmp_path / "export.json"
    path.write_text("[" + ticket_line(1, "hello") + ", " + ticket_line(2, "bye"), encoding="utf-8")
    with pytest.raises(InputFileError, match="invalid JSON at line 1 column"):
        read_path(path)


def test_conversations_know_the_file_of_documents_they_came_from(read_path):
    assert {c.file_format for c in read_path(EXPORT)} == {"ndjson"}
    array = read_path(FIXTURES / "tickets" / "freshdesk_export.json")
    assert [(c.id, c.source_format, c.file_format) for c in array] == [
        ("57", "freshdesk", "json-array"),
        ("58", "freshdesk", "json-array"),
    ]
    (ticket,) = read_path(FIXTURES / "tickets" / "freshdesk_ticket.json")
    assert ticket.file_format is None


def test_the_line_limit_is_the_read_options_one(tmp_path, read_path):
    path = tmp_path / "export.ndjson"
    path.write_text(ticket_line(1, "hi") + "\n" + ticket_line(2, "x" * 300) + "\n")
    assert len(read_path(path)) == 2
    with pytest.raises(InputFileError, match="line 2 is longer than 200 characters"):
        read_path(path, max_line_chars=200)
