import json
from pathlib import Path

import pytest
from ingest_helpers import load_json, one_conversation_reader, resolve_pointer

from ccaudit.errors import InputFileError
from ccaudit.ingest import Source
from ccaudit.ingest.vcon import READER

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "vendor" / "vcon"
REDACTED = FIXTURES / "th_en_redacted_transcript.vcon"
CHAT = FIXTURES / "chat_text_dialog.vcon"


read_one = one_conversation_reader(READER)


def write_json(tmp_path: Path, document: dict) -> Path:
    path = tmp_path / "call.vcon"
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    return path


def test_redacted_transcript_analysis_with_party_roles_and_typed_markers():
    conversation = read_one(REDACTED)
    assert conversation.vendor_redacted
    assert [(t.speaker, t.role) for t in conversation.turns] == [
        ("party_0", "agent"),
        ("party_1", "customer"),
        ("party_0", "agent"),
    ]
    turn = conversation.turns[1]
    (span,) = turn.redactions
    assert (turn.text[span.start : span.end], span.label) == ("{{CREDIT_CARD}}", "CREDIT_CARD")
    assert (turn.start_ms, turn.end_ms) == (5000, 11250)


def test_party_names_and_numbers_never_become_speakers_or_metadata():
    conversation = read_one(REDACTED)
    exposed = repr([t.speaker for t in conversation.turns]) + repr(conversation.metadata)
    assert "Somchai" not in exposed and "66812345678" not in exposed


def test_pointers_resolve_to_the_turn_text():
    for path in (REDACTED, CHAT):
        document = load_json(path)
        for turn in read_one(path).turns:
            assert resolve_pointer(document, turn.locator.pointer) == turn.text


def test_text_dialogs_are_chat_turns_and_roles_need_an_option():
    conversation = read_one(CHAT)
    assert conversation.channel == "chat"
    assert [t.role for t in conversation.turns] == ["unknown", "unknown"]
    assert [t.start_ms for t in conversation.turns] == [0, 20000]
    roles = [t.role for t in read_one(CHAT, agent_speaker="1").turns]
    assert roles == ["customer", "agent"]


def test_deepgram_body_is_grouped_by_speaker(tmp_path):
    words = [
        {"word": "hello", "punctuated_word": "Hello.", "start": 0.5, "end": 0.9, "speaker": 0},
        {"word": "card", "punctuated_word": "Card", "start": 1.2, "end": 1.5, "speaker": 1},
        {"word": "lost", "punctuated_word": "lost.", "start": 1.5, "end": 1.9, "speaker": 1},
    ]
    body = {"results": {"channels": [{"alternatives": [{"transcript": "", "words": words}]}]}}
    path = write_json(
        tmp_path,
        {
            "vcon": "0.0.2",
            "parties": [{}, {}],
            "dialog": [{"type": "recording", "start": "2024-06-07T03:00:00Z", "duration": 2}],
            "analysis": [{"type": "transcript", "vendor": "deepgram", "body": body}],
        },
    )
    conversation = read_one(path)
    assert [(t.speaker, t.text) for t in conversation.turns] == [
        ("speaker_0", "Hello."),
        ("speaker_1", "Card lost."),
    ]
    assert conversation.turns[1].locator.pointer.endswith("/alternatives/0/words/1")
    assert (conversation.turns[1].start_ms, conversation.turns[1].end_ms) == (1200, 1900)


def test_sniffed_from_content():
    assert READER.sniff(Source(REDACTED))
    assert not READER.sniff(Source(FIXTURES.parent / "genesys" / "th_ivr_agent.json"))


def test_a_vcon_without_any_transcript_is_refused(tmp_path):
    document = load_json(REDACTED)
    del document["analysis"]
    with pytest.raises(InputFileError, match="^vCon has no text dialog and no transcript"):
        read_one(write_json(tmp_path, document))


def test_an_utterance_without_text_is_named_by_pointer(tmp_path):
    document = load_json(REDACTED)
    del document["analysis"][0]["body"][1]["text"]
    with pytest.raises(InputFileError) as error:
        read_one(write_json(tmp_path, document))
    assert error.value.reason == "/analysis/0/body/1 has no text"
