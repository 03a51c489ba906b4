import shutil
from pathlib import Path

import pytest
from ingest_helpers import load_json, one_conversation_reader, resolve_pointer, rewrite

from ccaudit.errors import InputFileError
from ccaudit.ingest import ReadOptions, Source, read_conversations
from ccaudit.ingest.transcribe import READER
from ccaudit.ingest.transcribe_items import seconds_to_ms

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "vendor" / "transcribe"
LEGACY = FIXTURES / "th_legacy_speaker_labels.json"
SEGMENTS = FIXTURES / "en_redacted_audio_segments.json"
CHANNELS = FIXTURES / "th_channel_identification.json"


read_one = one_conversation_reader(READER)


@pytest.mark.parametrize(("value", "ms"), [("0.860", 860), ("10.480000", 10480), ("3", 3000)])
def test_seconds_strings_become_milliseconds(value, ms):
    assert seconds_to_ms(value, "x") == ms


def test_legacy_layout_joins_speakers_by_start_time_and_glues_thai_words():
    conversation = read_one(LEGACY)
    assert [t.speaker for t in conversation.turns] == ["spk_0", "spk_1", "spk_0", "spk_1"]
    assert conversation.turns[0].text == "สวัสดีค่ะธนาคารตัวอย่างยินดีให้บริการค่ะ"
    assert conversation.turns[1].text == "บัตรเครดิตผมโดนระงับเลขบัตร 4532015112830366 ครับ"
    assert (conversation.turns[1].start_ms, conversation.turns[1].end_ms) == (3800, 9000)
    assert conversation.turns[1].locator.pointer == "/results/items/8"
    assert conversation.id == "th-call-0001"
    assert conversation.channel == "voice"
    assert not conversation.vendor_redacted


def test_speaker_labels_are_not_roles_without_an_option_or_inference():
    assert {t.role for t in read_one(LEGACY, infer_roles=False).turns} == {"unknown"}
    roles = [t.role for t in read_one(LEGACY, agent_speaker="spk_1").turns]
    assert roles == ["customer", "agent", "customer", "agent"]


def test_audio_segments_give_verbatim_turns_with_typed_redactions():
    conversation = read_one(SEGMENTS)
    turn = conversation.turns[1]
    assert turn.text == "My card number is [PII] and my phone is 081-234-5678."
    assert turn.locator.pointer == "/results/audio_segments/1/transcript"
    (span,) = turn.redactions
    assert span.label == "CREDIT_DEBIT_NUMBER"
    assert turn.text[span.start : span.end] == "[PII]"
    assert [s.label for t in conversation.turns for s in t.redactions] == [
        "NAME",
        "CREDIT_DEBIT_NUMBER",
        "EMAIL",
    ]
    assert conversation.vendor_redacted
    assert (turn.start_ms, turn.end_ms) == (3200, 8000)


def test_items_rebuild_the_same_turns_as_audio_segments(tmp_path):
    without_segments = rewrite(tmp_path, SEGMENTS, lambda d: d["results"].pop("audio_segments"))
    rebuilt = read_one(without_segments)
    segmented = read_one(SEGMENTS)
    assert [t.text for t in rebuilt.turns] == [t.text for t in segmented.turns]
    assert [t.redactions for t in rebuilt.turns] == [t.redactions for t in segmented.turns]
    assert rebuilt.turns[1].locator.pointer.startswith("/results/items/")


def test_channel_identification_reads_each_word_once():
    conversation = read_one(CHANNELS, agent_channel="0")
    texts = [t.text for t in conversation.turns]
    assert texts == ["สวัสดีครับติดต่อเรื่องอะไรครับ", "อีเมล somchai.test@example.com ค่ะ", "Thank you."]
    assert [t.role for t in conversation.turns] == ["agent", "customer", "agent"]


def test_channel_items_alone_give_the_same_turns(tmp_path):
    per_channel_only = rewrite(tmp_path, CHANNELS, lambda d: d["results"].pop("items"))
    conversation = read_one(per_channel_only)
    assert [t.text for t in conversation.turns] == [t.text for t in read_one(CHANNELS).turns]
    assert [t.speaker for t in conversation.turns] == ["ch_0", "ch_1", "ch_0"]
    assert conversation.turns[1].locator.pointer == "/results/channel_labels/channels/1/items/0"


def test_agent_id_comes_from_the_agent_map():
    conversation = read_one(LEGACY, agent_map={"th-call-0001": "A-042"})
    assert conversation.agent_id == "A-042"


def test_detected_from_content_despite_a_misleading_extension(tmp_path):
    disguised = tmp_path / "call.vtt"
    shutil.copy(LEGACY, disguised)
    (conversation,) = read_conversations(disguised, str(disguised), ReadOptions())
    assert conversation.source_format == "transcribe"
    assert not READER.sniff(Source(FIXTURES.parent / "genesys" / "th_ivr_agent.json"))


def test_truncated_json_is_a_one_line_error(tmp_path):
    truncated = tmp_path / "cut.json"
    truncated.write_bytes(LEGACY.read_bytes()[:3000])
    with pytest.raises(InputFileError, match=r"^invalid JSON at line \d+ column \d+"):
        list(READER.read(Source(truncated), ReadOptions()))


def test_missing_items_is_named_and_a_silent_call_has_no_turns(tmp_path):
    no_items = rewrite(tmp_path, LEGACY, lambda d: d["results"].pop("items"))
    with pytest.raises(InputFileError, match=r"^Transcribe JSON has no results.items$"):
        list(read_conversations(no_items, str(no_items), ReadOptions()))
    no_words = rewrite(tmp_path, LEGACY, lambda d: d["results"].update(items=[]))
    assert read_one(no_words).turns == []
    not_transcribe = rewrite(tmp_path, LEGACY, lambda d: d["results"].pop("transcripts"))
    with pytest.raises(InputFileError, match="^not Amazon Transcribe JSON"):
        list(READER.read(Source(not_transcribe), ReadOptions()))


def test_item_without_alternatives_names_the_item_not_its_content(tmp_path):
    broken = rewrite(tmp_path, LEGACY, lambda d: d["results"]["items"][9].pop("alternatives"))
    with pytest.raises(InputFileError) as error:
        list(READER.read(Source(broken), ReadOptions()))
    assert error.value.reason == "/results/items/9 has no alternatives"


def test_segment_pointers_resolve_to_the_text_and_item_pointers_to_the_first_word():
    document = load_json(SEGMENTS)
    for turn in read_one(SEGMENTS).turns:
        assert resolve_pointer(document, turn.locator.pointer) == turn.text
    document = load_json(LEGACY)
    for turn in read_one(LEGACY).turns:
        first_word = resolve_pointer(document, turn.locator.pointer)["alternatives"][0]["content"]
        assert turn.text.startswith(first_word)


def test_unlabelled_items_defer_to_the_channel_copies(tmp_path):
    def strip_labels(document):
        for item in document["results"]["items"]:
            item.pop("channel_label", None)

    conversation = read_one(rewrite(tmp_path, CHANNELS, strip_labels))
    assert [t.speaker for t in conversation.turns] == ["ch_0", "ch_1", "ch_0"]


def test_a_word_missing_from_segment_items_takes_the_spanning_segment(tmp_path):
    def forget_word(document):
        del document["results"]["speaker_labels"]["segments"][1]["items"][2]

    conversation = read_one(rewrite(tmp_path, LEGACY, forget_word))
    assert [t.speaker for t in conversation.turns] == ["spk_0", "spk_1", "spk_0", "spk_1"]
