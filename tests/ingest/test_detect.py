"""Detection from content (not names), --format-in, and walking input paths."""

from __future__ import annotations

import shutil

import pytest
from ingest_helpers import FIXTURES

from ccaudit.cli.common import load_agent_map
from ccaudit.errors import InputFileError
from ccaudit.ingest import READERS, ReadOptions, Source, iter_input_files
from ccaudit.ingest.detect import detect_reader, reader_names
from ccaudit.model import InputError

EXPECTED = {
    "text/th_card_call.txt": "text",
    "text/crlf_ivr_call.txt": "text",
    "text/unlabelled_note_dictation.txt": "text",
    "text/spk_branch_call.log": "text",
    "tickets/agent_note_callback.md": "text",
    "tickets/zendesk_ticket.json": "zendesk",
    "tickets/freshdesk_ticket.json": "freshdesk",
    "tickets/helpdesk_tickets.csv": "csv",
    "tickets/zendesk_export.ndjson": "ndjson",
    "tickets/freshdesk_export.json": "json-array",
}
MISLEADING_SUFFIX = {
    "text": ".json",
    "zendesk": ".txt",
    "freshdesk": ".csv",
    "csv": ".log",
    "ndjson": ".json",
    "json-array": ".txt",
}

# Each vendor fixture folder and the reader its files must go to.
VENDOR_FORMATS = {
    "call_analytics": "call-analytics",
    "contact_lens": "call-analytics",
    "ccai_insights": "ccai-insights",
    "genesys": "genesys",
    "google_stt": "google-stt",
    "json_fields": "json-fields",
    "json_record": "json-record",
    "srt": "srt",
    "transcribe": "transcribe",
    "turn_list": "turn-list",
    "twilio": "twilio",
    "vcon": "vcon",
    "webvtt": "webvtt",
}
VENDOR_FIXTURES = sorted((FIXTURES / "vendor").rglob("*.*"))


@pytest.mark.parametrize(("relative", "name"), EXPECTED.items())
def test_fixture_is_detected_from_its_content(relative, name):
    assert detect_reader(Source(FIXTURES / relative)).name == name


@pytest.mark.parametrize(("relative", "name"), EXPECTED.items())
def test_detection_ignores_a_misleading_extension(tmp_path, relative, name):
    copy = tmp_path / ("renamed" + MISLEADING_SUFFIX[name])
    shutil.copyfile(FIXTURES / relative, copy)
    assert detect_reader(Source(copy)).name == name


@pytest.mark.parametrize("path", VENDOR_FIXTURES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_vendor_fixture_is_detected_as_the_format_of_its_folder(path):
    assert detect_reader(Source(path)).name == VENDOR_FORMATS[path.parent.name]


def test_readers_are_in_priority_order_with_plain_text_last():
    names = reader_names()
    assert names[-1] == "text"
    assert names.index("call-analytics") < names.index("transcribe") < names.index("zendesk")
    assert names.index("zendesk") < names.index("ndjson") < names.index("csv")
    assert len(set(names)) == len(READERS)


def test_json_array_of_documents_is_detected(tmp_path):
    path = tmp_path / "export.json"
    path.write_text('[{"id": 1, "requester_id": 2, "via": {"channel": "web"}}]')
    assert detect_reader(Source(path)).name == "json-array"


def test_bracketed_timestamps_are_not_mistaken_for_json(tmp_path):
    path = tmp_path / "call.txt"
    path.write_text("[00:00:01] Agent: hello\n[00:00:03] Customer: hi\n")
    assert detect_reader(Source(path)).name == "text"


def test_csv_needs_an_id_and_a_text_column(tmp_path):
    path = tmp_path / "notes.txt"
    path.write_text("Note, something the customer said\nmore text\n")
    assert detect_reader(Source(path)).name == "text"


def test_walk_is_recursive_sorted_and_skips_hidden_names(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / ".git").mkdir()
    for name in ("b/2.txt", "b/1.txt", "a.txt", ".hidden.txt", ".git/config"):
        (tmp_path / name).write_text("Agent: hi\n")
    found = list(iter_input_files([str(tmp_path)], ReadOptions()))
    assert [display for _, display in found] == [
        str(tmp_path / "a.txt"),
        str(tmp_path / "b" / "1.txt"),
        str(tmp_path / "b" / "2.txt"),
    ]


def test_walk_leaves_out_recordings_and_documents_but_not_compressed_exports(tmp_path):
    for name in ("call-1.txt", "call-1.WAV", "call-1.mp3", "screen.png", "policy.pdf", "x.gz"):
        (tmp_path / name).write_bytes(b"\x00\x01")
    found = [display for _, display in iter_input_files([str(tmp_path)], ReadOptions())]
    assert found == [str(tmp_path / "call-1.txt"), str(tmp_path / "x.gz")]
    named = list(iter_input_files([str(tmp_path / "call-1.mp3")], ReadOptions()))
    assert [display for _, display in named] == [str(tmp_path / "call-1.mp3")]


def test_walk_leaves_out_the_runs_own_outputs_and_links_to_them(tmp_path):
    for name in ("a.txt", "findings.jsonl"):
        (tmp_path / name).write_text("Agent: hi\n")
    (tmp_path / "z-link.jsonl").symlink_to(tmp_path / "findings.jsonl")
    outputs = frozenset({(tmp_path / "findings.jsonl").resolve()})
    found = list(iter_input_files([str(tmp_path)], ReadOptions(skip_files=outputs)))
    assert [display for _, display in found] == [str(tmp_path / "a.txt")]
    everything = list(iter_input_files([str(tmp_path)], ReadOptions()))
    assert len(everything) == 3


def test_missing_path_is_an_input_error_and_the_rest_goes_on(tmp_path):
    (tmp_path / "a.txt").write_text("Agent: hi\n")
    missing = str(tmp_path / "nope.txt")
    found = list(iter_input_files([missing, str(tmp_path / "a.txt")], ReadOptions()))
    assert found[0] == InputError(missing, "no such file or directory")
    assert found[1][1] == str(tmp_path / "a.txt")


def test_format_in_forces_a_reader(tmp_path, read_path):
    path = tmp_path / "ticket.json"
    shutil.copyfile(FIXTURES / "tickets" / "zendesk_ticket.json", path)
    (as_text,) = read_path(path, format_in="text")
    assert as_text.source_format == "text"
    (as_zendesk,) = read_path(path, format_in="zendesk")
    assert as_zendesk.source_format == "zendesk"


def test_sniffing_ndjson_never_reads_the_whole_file(monkeypatch):
    def refuse(self):
        raise AssertionError("NDJSON must be streamed, not read whole")

    monkeypatch.setattr(Source, "text", refuse)
    assert detect_reader(Source(FIXTURES / "tickets" / "zendesk_export.ndjson")).name == "ndjson"


def test_json_lines_of_unknown_objects_are_read_as_their_fields(tmp_path, read_path):
    path = tmp_path / "events.ndjson"
    path.write_text('{"event": "a"}\n{"event": "b"}\n')
    assert [c.source_format for c in read_path(path)] == ["json-fields", "json-fields"]


def test_json_lines_of_arrays_are_unrecognised_not_invalid(tmp_path, read_path):
    path = tmp_path / "rows.ndjson"
    path.write_text('[1, "a"]\n[2, "b"]\n')
    with pytest.raises(InputFileError, match="unrecognised format: JSON that matches no"):
        read_path(path)


def test_agents_csv_gives_every_text_and_ticket_fixture_an_agent(read_path):
    agent_map = load_agent_map(FIXTURES / "agents.csv")
    paths = sorted((FIXTURES / "text").iterdir()) + sorted((FIXTURES / "tickets").iterdir())
    without = [
        (path.name, conversation.id)
        for path in paths
        for conversation in read_path(path, agent_map=agent_map)
        if not conversation.agent_id
    ]
    assert without == []
    (chat,) = read_path(FIXTURES / "text" / "mixed_th_en_chat.txt")
    assert chat.agent_id is None
