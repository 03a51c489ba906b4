"""Bad input: each file gives one InputFileError line that names the reason, never content."""

from __future__ import annotations

from pathlib import Path

import pytest
from ingest_helpers import FIXTURES

from ccaudit.errors import CcauditError, InputFileError
from ccaudit.ingest import ReadOptions, iter_input_files, read_conversations
from ccaudit.model import InputError

BAD = Path(__file__).parents[1] / "data" / "bad"
MIB = 1024 * 1024


def reason_for(path, **options) -> str:
    with pytest.raises(InputFileError) as caught:
        list(read_conversations(path, str(path), ReadOptions(**options)))
    reason = caught.value.reason
    assert "\n" not in reason and reason.strip() == reason
    return reason


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("binary.png", "binary file"),
        ("empty.txt", "empty file"),
        ("invalid_encoding.txt", "not UTF-8, UTF-16 or TIS-620 text"),
        ("malformed.json", "invalid JSON at line 1 column 23: Expecting ',' delimiter"),
        ("truncated.json", "invalid JSON at line 7 column 75: unexpected end of data"),
        ("unknown_shape.json", "unrecognised format: JSON that matches no supported export"),
    ],
)
def test_bad_fixture_gives_a_one_line_reason(name, expected):
    assert expected in reason_for(BAD / name)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('[{"speaker": "Agent", "text": "hi"},\n {"speaker": "Customer"', "unexpected end of data"),
        ('[{"speaker": "Agent", "text": "hi"}\n {"speaker": "Customer"}]', "Expecting ','"),
        ("[01] the line is numbered\n[02] but nobody speaks\n", "line 1 column 3"),
    ],
)
def test_json_that_does_not_read_as_a_transcript_stays_a_json_error(tmp_path, text, expected):
    path = tmp_path / "export.json"
    path.write_text(text, encoding="utf-8")
    assert expected in reason_for(path)


def test_a_big_file_is_not_read_whole_to_tell_that_it_is_not_json(tmp_path):
    path = tmp_path / "notes.txt"
    path.write_text("[1] what, no JSON\n" + "x" * 101 * MIB, encoding="utf-8")
    assert reason_for(path) == "invalid JSON at line 1 column 5: Extra data"


def test_reasons_never_quote_file_content(tmp_path):
    card = "4111111111111111"
    cases = {
        "trunc.json": '{"comments": [{"plain_body": "card ' + card,
        "bad.json": '{"ticket": {"note": "card ' + card + '" "x": 1}}',
    }
    for name, text in cases.items():
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        reason = reason_for(path)
        assert card not in reason and "card" not in reason, reason
    bad_line = tmp_path / "bad.ndjson"
    bad_line.write_text(
        '{"id": 1, "requester_id": 2, "via": {}}\n{"card": ' + card + "x}\n", encoding="utf-8"
    )
    *_, error = read_conversations(bad_line, str(bad_line), ReadOptions())
    assert isinstance(error, InputError)
    assert card not in error.reason and "card" not in error.reason, error.reason


def test_200_mb_single_line_json_is_refused(tmp_path):
    path = tmp_path / "dump.json"
    with path.open("wb") as handle:
        handle.write(b'{"ticket": {"subject": "')
        for _ in range(200):
            handle.write(b"b" * MIB)
    assert "longer than" in reason_for(path)


def test_csv_with_a_missing_mapped_column_names_the_column():
    reason = reason_for(BAD / "missing_column.csv", column_map={"body": "Ticket Description"})
    assert reason == (
        "column 'Ticket Description' (--map body=Ticket Description) is not in the header"
    )


def test_unknown_format_name_lists_the_valid_names():
    with pytest.raises(CcauditError, match="unknown input format 'vtt'; valid names: .*webvtt"):
        list(iter_input_files([str(BAD)], ReadOptions(format_in="vtt")))
    assert "valid names" in reason_for(BAD / "malformed.json", format_in="vtt")


def test_forcing_a_json_format_on_text_gives_the_json_error(tmp_path):
    path = tmp_path / "call.txt"
    path.write_text("Agent: hello\n", encoding="utf-8")
    assert reason_for(path, format_in="zendesk").startswith("invalid JSON at line 1 column 1")


def test_json_of_the_wrong_shape_for_the_detected_reader_is_an_input_error(tmp_path):
    path = tmp_path / "odd.json"
    path.write_text('{"ticket": {"id": 1, "requester_id": 2}, "comments": ["text"]}')
    assert reason_for(path) == "Zendesk JSON: comment 0 is not an object"


def test_forcing_a_ticket_format_on_another_layout_names_what_is_missing():
    zendesk = FIXTURES / "tickets" / "zendesk_ticket.json"
    reason = reason_for(zendesk, format_in="freshdesk")
    assert reason == "not Freshdesk ticket JSON (no description_text or conversations)"


def test_a_line_break_inside_a_json_string_is_named_as_such(tmp_path):
    path = tmp_path / "cut.json"
    path.write_text('{"id": 1, "note": "first half\nsecond half"}\n', encoding="utf-8")
    assert reason_for(path) == (
        "invalid JSON at line 1 column 30: a line break or control character inside a string"
    )
