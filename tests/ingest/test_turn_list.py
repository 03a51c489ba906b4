"""The generic turn-list reader: what it takes (positives), what it leaves to others (negatives)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from ingest_helpers import FIXTURES, load_json, resolve_pointer

from ccaudit.errors import InputFileError
from ccaudit.ingest import ReadOptions, Source, read_conversations
from ccaudit.ingest.detect import detect_reader

TURN_LIST = FIXTURES / "vendor" / "turn_list"
WHISPERX = TURN_LIST / "whisperx_segments.json"
UTTERANCE_LINES = TURN_LIST / "asr_utterances_th.jsonl"


def write(tmp_path: Path, content: object, name: str = "export.json") -> Path:
    path = tmp_path / name
    text = content if isinstance(content, str) else json.dumps(content, ensure_ascii=False)
    path.write_text(text, encoding="utf-8")
    return path


def read(path: Path, **options):
    return list(read_conversations(path, str(path), ReadOptions(**options)))


def lines(*items: dict) -> str:
    return "".join(json.dumps(item, ensure_ascii=False) + "\n" for item in items)


POSITIVES = {
    "json_lines_of_utterances": lines(
        {"seq": 1, "start": 0.5, "end": 2.25, "speaker": "spk_0", "text": "good morning"},
        {"seq": 2, "start": 2.8, "end": 4.0, "speaker": "spk_1", "text": "hello"},
    ),
    "whisperx_segments": {
        "segments": [{"start": 0.5, "end": 2.25, "text": " hi", "speaker": "S0"}]
    },
    "assemblyai_utterances_in_ms": {
        "id": "tr-1",
        "utterances": [{"speaker": "A", "text": "hi", "start": 500, "end": 2250, "words": []}],
    },
    "deepgram_results_utterances": {
        "metadata": {"request_id": "r"},
        "results": {
            "channels": [],
            "utterances": [{"start": 0.5, "end": 2.25, "speaker": 0, "transcript": "hi"}],
        },
    },
    "bare_array_of_chat_messages": [
        {"from": "Customer", "message": "my parcel is late", "time": "2026-12-07T10:32:00Z"},
        {"from": "Agent Fon", "message": "let me check", "time": "2026-12-07T10:33:00Z"},
    ],
    "role_and_content": [
        {"role": "user", "content": "hi"},
        {"role": "assistant", "content": "hello"},
    ],
    "speaker_role_and_transcript": [
        {"speaker_role": "agent", "start_ms": 0, "transcript": "hello"},
        {"speaker_role": "caller", "start_ms": 1500, "transcript": "hi"},
    ],
    "speaker_and_text_pairs": {"dialogue": [["agent", "how can I help?"], ["customer", "hi"]]},
}
NEGATIVES = {
    "list_without_text": {"segments": [{"start": 0.5, "end": 2.25, "speaker": "S0"}]},
    "list_of_strings": {"messages": ["hi", "hello"]},
    "settings_document": {"items": [{"name": "retention", "value": 30}]},
}


@pytest.mark.parametrize("name", POSITIVES)
def test_a_list_of_turns_is_a_turn_list(tmp_path, name):
    assert detect_reader(Source(write(tmp_path, POSITIVES[name]))).name == "turn-list"


@pytest.mark.parametrize("name", NEGATIVES)
def test_json_without_a_list_of_turns_is_read_as_its_fields(tmp_path, name):
    path = write(tmp_path, NEGATIVES[name])
    assert detect_reader(Source(path)).name == "json-fields"


def test_key_value_pairs_are_no_turn_list(tmp_path):
    path = write(tmp_path, [["retention", "30 days"], ["region", "th"]])
    with pytest.raises(InputFileError, match="^unrecognised format: JSON that matches no"):
        read(path)


@pytest.mark.parametrize(
    ("content", "container"),
    [
        ([{"text": "a heading"}, {"text": "a paragraph"}], "json-array"),
        (lines({"text": "a heading"}, {"text": "a paragraph"}), "ndjson"),
    ],
)
def test_texts_without_speaker_role_or_time_are_records_not_turns(tmp_path, content, container):
    """Without a speaker, a role or a time, the items are documents of their own."""
    path = write(tmp_path, content)
    assert detect_reader(Source(path)).name == container
    assert [c.source_format for c in read(path)] == ["json-record", "json-record"]


@pytest.mark.parametrize("name", ["whisperx_segments", "deepgram_results_utterances"])
def test_seconds_with_fractions_are_seconds(tmp_path, name):
    (conversation,) = read(write(tmp_path, POSITIVES[name]))
    assert [(t.start_ms, t.end_ms) for t in conversation.turns] == [(500, 2250)]


def test_whole_numbers_with_turns_of_a_hundred_or_more_are_milliseconds(tmp_path):
    (conversation,) = read(write(tmp_path, POSITIVES["assemblyai_utterances_in_ms"]))
    assert (conversation.id, conversation.turns[0].start_ms) == ("tr-1", 500)
    short = [{"speaker": "A", "text": "hi", "start": 3, "end": 7}]
    (conversation,) = read(write(tmp_path, {"utterances": short}))
    assert (conversation.turns[0].start_ms, conversation.turns[0].end_ms) == (3000, 7000)


def test_a_key_that_says_milliseconds_is_believed(tmp_path):
    turns = [{"speaker": "A", "text": "hi", "start_ms": 2.5, "end_ms": 40}]
    (conversation,) = read(write(tmp_path, turns))
    assert (conversation.turns[0].start_ms, conversation.turns[0].end_ms) == (2, 40)


def test_json_lines_are_one_conversation_located_by_line_and_pointer():
    (conversation,) = read(UTTERANCE_LINES, agent_speaker="spk_0")
    assert conversation.source_format == "turn-list" and conversation.channel == "voice"
    first, second = conversation.turns[:2]
    assert (first.speaker, first.role, first.start_ms) == ("spk_0", "agent", 380)
    assert (second.role, second.locator.pointer, second.locator.line) == ("customer", "/text", 2)
    raw = UTTERANCE_LINES.read_text(encoding="utf-8").splitlines()
    assert all(json.loads(raw[t.locator.line - 1])["text"] == t.text for t in conversation.turns)


def test_segments_are_verbatim_and_located_by_pointer():
    (conversation,) = read(WHISPERX, agent_speaker="SPEAKER_00")
    document = load_json(WHISPERX)
    assert conversation.language == "en"
    assert all(resolve_pointer(document, t.locator.pointer) == t.text for t in conversation.turns)
    assert [t.role for t in conversation.turns[:2]] == ["agent", "customer"]


def test_numbered_speakers_and_stated_roles_map_like_other_labels(tmp_path):
    (deepgram,) = read(write(tmp_path, POSITIVES["deepgram_results_utterances"]))
    assert deepgram.turns[0].speaker == "speaker_0"
    assert deepgram.turns[0].locator.pointer == "/results/utterances/0/transcript"
    (chat,) = read(write(tmp_path, POSITIVES["bare_array_of_chat_messages"]))
    assert [(t.speaker, t.role, t.start_ms) for t in chat.turns] == [
        ("Customer", "customer", None),
        ("Agent Fon", "agent", None),
    ]
    assert chat.channel == "chat"
    (assistant,) = read(write(tmp_path, POSITIVES["role_and_content"]))
    assert [t.role for t in assistant.turns] == ["customer", "bot"]


def test_channels_label_utterances_nobody_diarised(tmp_path):
    utterances = [
        {"start": 0.5, "end": 2.0, "channel": 1, "transcript": "thanks for calling"},
        {"start": 2.5, "end": 4.0, "channel": 0, "transcript": "hi"},
    ]
    path = write(tmp_path, {"results": {"utterances": utterances}})
    (conversation,) = read(path, agent_channel="1")
    assert [(t.speaker, t.role) for t in conversation.turns] == [
        ("ch_1", "agent"),
        ("ch_0", "customer"),
    ]


def test_json_lines_with_call_ids_hold_a_conversation_per_call(tmp_path):
    path = write(
        tmp_path,
        lines(
            {"call_id": "c1", "speaker": "Agent", "text": "hello", "start": 0.5},
            {"call_id": "c1", "speaker": "Customer", "text": "hi", "start": 1.5},
            {"call_id": "c2", "speaker": "Agent", "text": "good evening", "start": 0.2},
        ),
        "utterances.jsonl",
    )
    assert [(c.id, len(c.turns)) for c in read(path)] == [("c1", 2), ("c2", 1)]


def test_documents_holding_turn_lists_are_read_one_by_one(tmp_path):
    whisperx = POSITIVES["whisperx_segments"]
    path = write(tmp_path, lines(whisperx, whisperx), "many.ndjson")
    assert [(c.file_format, c.source_format) for c in read(path)] == [("ndjson", "turn-list")] * 2
    path = write(tmp_path, [whisperx, POSITIVES["assemblyai_utterances_in_ms"]])
    assert [c.file_format for c in read(path)] == ["json-array"] * 2


def test_json_lines_hold_a_bounded_conversation(tmp_path, monkeypatch):
    monkeypatch.setattr("ccaudit.ingest.turn_list.MAX_WHOLE_FILE_BYTES", 300)
    utterance = {"speaker": "spk_0", "text": "x" * 40, "start": 0.5}
    calls = [{**utterance, "call_id": f"c{i}"} for i in range(8)]
    assert len(read(write(tmp_path, lines(*calls), "calls.jsonl"))) == 8
    with pytest.raises(InputFileError, match="^one conversation of more than"):
        read(write(tmp_path, lines(*[utterance] * 8), "one.jsonl"))


def test_a_broken_line_is_named(tmp_path):
    first = {"speaker": "spk_0", "text": "hello", "start": 0.5}
    path = write(tmp_path, lines(first, first) + '{"speaker": "spk_1", "text": "my car\n')
    with pytest.raises(InputFileError, match=r"^line 3: invalid JSON at column \d+"):
        read(path)


def test_forcing_the_format_on_a_vendor_document_says_what_is_missing():
    ticket = FIXTURES / "tickets" / "zendesk_ticket.json"
    with pytest.raises(InputFileError, match="^not a turn list"):
        read(ticket, format_in="turn-list")


def test_speaker_and_text_pairs_are_turns_located_by_pointer(tmp_path):
    path = write(
        tmp_path,
        {"dialogue": [["agent", "may I have your email?"], ["action", ""], ["customer", "a@b.co"]]},
    )
    (chat,) = read(path)
    assert [(t.speaker, t.role, t.text, t.locator.pointer) for t in chat.turns] == [
        ("agent", "agent", "may I have your email?", "/dialogue/0/1"),
        ("customer", "customer", "a@b.co", "/dialogue/2/1"),
    ]


def test_a_speaker_role_key_states_the_role(tmp_path):
    path = write(tmp_path, POSITIVES["speaker_role_and_transcript"])
    (call,) = read(path)
    assert [(t.role, t.start_ms) for t in call.turns] == [("agent", 0), ("customer", 1500)]
