import shutil
from pathlib import Path

import pytest
from ingest_helpers import load_json, one_conversation_reader, resolve_pointer, rewrite

from ccaudit.errors import InputFileError
from ccaudit.ingest import ReadOptions, Source, read_conversations
from ccaudit.ingest.genesys import READER

FIXTURE = (
    Path(__file__).resolve().parents[2] / "fixtures" / "vendor" / "genesys" / "th_ivr_agent.json"
)


read_one = one_conversation_reader(READER)


def test_internal_phrases_split_into_ivr_and_agent_by_participant_windows():
    conversation = read_one(FIXTURE)
    assert [t.role for t in conversation.turns] == ["ivr", "agent", "customer", "agent", "customer"]
    assert [t.speaker for t in conversation.turns][:3] == ["internal", "internal", "external"]


def test_epoch_times_become_offsets_from_conversation_start():
    conversation = read_one(FIXTURE)
    assert [(t.start_ms, t.end_ms) for t in conversation.turns][:3] == [
        (500, 3500),
        (6500, 8300),
        (9000, 13500),
    ]


def test_without_conversation_start_times_count_from_the_first_phrase(tmp_path):
    conversation = read_one(rewrite(tmp_path, FIXTURE, lambda d: d.pop("conversationStartTime")))
    assert [t.start_ms for t in conversation.turns] == [0, 6000, 8500, 13500, 16500]


def test_decorated_text_is_preferred_and_the_pointer_names_the_field_used():
    conversation = read_one(FIXTURE)
    assert conversation.turns[4].text == "My email is somchai.test@example.com."
    assert conversation.turns[4].locator.pointer == "/transcripts/0/phrases/4/decoratedText"
    assert conversation.turns[2].text == "เลขบัตรประชาชน 1101700207340 ค่ะ"
    assert conversation.turns[2].locator.pointer == "/transcripts/0/phrases/2/text"


def test_conversation_fields_and_no_phone_numbers_in_metadata():
    conversation = read_one(FIXTURE)
    assert conversation.id == "gen-conv-0001"
    assert conversation.agent_id == "agent-uuid-0042"
    assert conversation.language == "th-TH"
    assert conversation.channel == "voice"
    assert "66812345678" not in repr(conversation.metadata)


def test_agent_map_wins_over_the_user_id():
    assert read_one(FIXTURE, agent_map={"gen-conv-0001": "A-9"}).agent_id == "A-9"


def test_internal_phrase_outside_every_window_is_unknown(tmp_path):
    conversation = read_one(rewrite(tmp_path, FIXTURE, lambda d: d.pop("participants")))
    assert [t.role for t in conversation.turns] == [
        "unknown",
        "unknown",
        "customer",
        "unknown",
        "customer",
    ]


def test_detected_from_content_despite_a_misleading_extension(tmp_path):
    disguised = tmp_path / "transcript.txt"
    shutil.copy(FIXTURE, disguised)
    (conversation,) = read_conversations(disguised, str(disguised), ReadOptions())
    assert conversation.source_format == "genesys"


def test_missing_phrases_and_text_are_named(tmp_path):
    with pytest.raises(InputFileError, match="^not Genesys transcript JSON"):
        list(
            READER.read(
                Source(rewrite(tmp_path, FIXTURE, lambda d: d["transcripts"][0].pop("phrases"))),
                ReadOptions(),
            )
        )

    def drop_text(document):
        phrase = document["transcripts"][0]["phrases"][2]
        phrase.pop("text")

    with pytest.raises(InputFileError) as error:
        list(READER.read(Source(rewrite(tmp_path, FIXTURE, drop_text)), ReadOptions()))
    assert error.value.reason == "/transcripts/0/phrases/2 has no text"


def test_truncated_file_is_a_one_line_error(tmp_path):
    truncated = tmp_path / "cut.json"
    truncated.write_bytes(FIXTURE.read_bytes()[:900])
    with pytest.raises(InputFileError, match=r"^invalid JSON at line \d+ column \d+"):
        list(READER.read(Source(truncated), ReadOptions()))


def test_pointers_resolve_to_the_turn_text():
    document = load_json(FIXTURE)
    for turn in read_one(FIXTURE).turns:
        assert resolve_pointer(document, turn.locator.pointer) == turn.text
