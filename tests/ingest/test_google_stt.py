import shutil
from pathlib import Path

import pytest
from ingest_helpers import load_json, one_conversation_reader, resolve_pointer, rewrite

from ccaudit.errors import InputFileError
from ccaudit.ingest import ReadOptions, Source, read_conversations
from ccaudit.ingest.google_stt import READER
from ccaudit.ingest.google_stt_words import duration_ms
from ccaudit.pii import Detector

VENDOR = Path(__file__).resolve().parents[2] / "fixtures" / "vendor"
DIARIZED = VENDOR / "google_stt" / "en_v1_diarized.json"
CHANNELS = VENDOR / "google_stt" / "th_v2_channels.json"
CARD = "4111 1111 1111 1111"
THAI_ID = "1101700203450"


read_one = one_conversation_reader(READER)


@pytest.mark.parametrize(
    ("value", "ms"),
    [
        ("1.400s", 1400),
        ("0s", 0),
        ("12.0006s", 12001),
        ({"seconds": 3, "nanos": 250000000}, 3250),
        ({"seconds": "2"}, 2000),
        ({"nanos": 500000000}, 500),
        ({}, 0),
    ],
)
def test_protobuf_durations_become_milliseconds(value, ms):
    assert duration_ms(value, "x") == ms


@pytest.mark.parametrize("value", [1.4, "1.4", "soon", {"seconds": "x"}])
def test_anything_else_is_not_a_duration(value):
    with pytest.raises(InputFileError, match="^/w is not a duration$"):
        duration_ms(value, "/w")


def test_v1_diarisation_reads_only_the_tagged_repeat_of_every_word():
    conversation = read_one(DIARIZED)
    assert [(t.speaker, t.text) for t in conversation.turns] == [
        ("spk_1", "thank you for calling example bank how can I help"),
        ("spk_2", f"hi I lost my card the number is {CARD}"),
        ("spk_1", "thank you I have blocked the card"),
    ]
    assert [t.locator.pointer for t in conversation.turns] == [
        "/results/3/alternatives/0/words/0",
        "/results/3/alternatives/0/words/10",
        "/results/3/alternatives/0/words/22",
    ]
    assert conversation.language == "en-us"
    assert conversation.id == "en_v1_diarized"


def test_word_times_and_a_first_word_without_start_time():
    turns = read_one(DIARIZED).turns
    assert [(t.start_ms, t.end_ms) for t in turns] == [(0, 3900), (4300, 9500), (9900, 13000)]


def test_speaker_tags_are_roles_by_option_or_inferred_from_what_is_said():
    assert {t.role for t in read_one(DIARIZED, infer_roles=False).turns} == {"unknown"}
    inferred = read_one(DIARIZED).turns
    assert [(t.role, t.role_inferred) for t in inferred] == [
        ("agent", True),
        ("customer", True),
        ("agent", True),
    ]
    for option in ({"agent_speaker": "1"}, {"agent_speaker": "spk_1"}):
        turns = read_one(DIARIZED, **option).turns
        assert [t.role for t in turns] == ["agent", "customer", "agent"], option
        assert not any(t.role_inferred for t in turns)


def test_v2_speaker_labels_tagged_in_every_result_are_all_read(tmp_path):
    def v2_labels(document):
        results = document["results"]
        del results[-1]
        for turn, result in zip(("1", "2", "1"), results, strict=True):
            for word in result["alternatives"][0]["words"]:
                word["speakerLabel"] = turn

    conversation = read_one(rewrite(tmp_path, DIARIZED, v2_labels))
    assert [(t.speaker, t.text) for t in conversation.turns] == [
        (t.speaker, t.text.strip()) for t in read_one(DIARIZED).turns
    ]
    assert conversation.turns[1].locator.pointer == "/results/1/alternatives/0/words/0"


def test_without_speaker_tags_each_result_is_a_verbatim_turn(tmp_path):
    conversation = read_one(rewrite(tmp_path, DIARIZED, lambda d: d["results"].pop()))
    assert [t.text for t in conversation.turns][1] == f" hi I lost my card the number is {CARD}"
    assert conversation.turns[1].locator.pointer == "/results/1/alternatives/0/transcript"
    assert [t.speaker for t in conversation.turns] == [None, None, None]


def test_channel_results_are_turns_labelled_by_channel_in_time_order():
    conversation = read_one(CHANNELS)
    assert [(t.speaker, t.start_ms, t.end_ms) for t in conversation.turns] == [
        ("ch_1", 300, 3400),
        ("ch_2", 3800, 7900),
        ("ch_1", 8200, 11000),
        ("ch_2", 11400, 12600),
    ]
    assert [t.index for t in conversation.turns] == [0, 1, 2, 3]
    assert conversation.turns[1].locator.pointer == "/results/2/alternatives/0/transcript"
    assert conversation.language == "th-th"


def test_channels_are_not_roles_without_an_option_or_inference():
    assert {t.role for t in read_one(CHANNELS, infer_roles=False).turns} == {"unknown"}
    roles = [t.role for t in read_one(CHANNELS, agent_channel="1").turns]
    assert roles == ["agent", "customer", "agent", "customer"]


def test_results_without_speech_are_skipped(tmp_path):
    def add_silence(document):
        document["results"].insert(1, {"alternatives": [], "resultEndOffset": "5.000s"})
        document["results"].insert(1, {"alternatives": [{}], "channelTag": 2})

    conversation = read_one(rewrite(tmp_path, CHANNELS, add_silence))
    assert len(conversation.turns) == 4


def test_finding_offsets_point_at_the_value_inside_the_transcript_field():
    document = load_json(CHANNELS)
    (conversation,) = read_conversations(CHANNELS, str(CHANNELS), ReadOptions(agent_channel="1"))
    (thai_id,) = [f for f in Detector().scan(conversation) if f.entity_type == "TH_TNIN"]
    field = resolve_pointer(document, thai_id.locator.pointer)
    assert field[thai_id.start : thai_id.end] == THAI_ID
    assert (thai_id.speaker, thai_id.start_ms) == ("customer", 3800)


def test_finding_in_a_word_built_turn_points_at_its_first_word_and_offsets_the_turn_text():
    (conversation,) = read_conversations(DIARIZED, str(DIARIZED), ReadOptions(agent_speaker="1"))
    (card,) = [f for f in Detector().scan(conversation) if f.entity_type == "CREDIT_CARD"]
    turn = conversation.turns[card.turn]
    assert turn.text[card.start : card.end] == CARD
    first_word = resolve_pointer(load_json(DIARIZED), card.locator.pointer)["word"]
    assert turn.text.startswith(first_word)
    assert card.speaker == "customer"


def test_pointers_resolve_to_the_turn_text_or_its_first_word():
    document = load_json(CHANNELS)
    for turn in read_one(CHANNELS).turns:
        assert resolve_pointer(document, turn.locator.pointer) == turn.text
    document = load_json(DIARIZED)
    for turn in read_one(DIARIZED).turns:
        assert turn.text.startswith(resolve_pointer(document, turn.locator.pointer)["word"])


def test_detected_from_content_despite_a_misleading_extension(tmp_path):
    disguised = tmp_path / "call.txt"
    shutil.copy(DIARIZED, disguised)
    (conversation,) = read_conversations(disguised, str(disguised), ReadOptions())
    assert conversation.source_format == "google-stt"


def test_no_other_vendor_fixture_is_taken_for_speech_to_text():
    others = [p for p in VENDOR.rglob("*.*") if p.parent.name != "google_stt"]
    assert others and not [p.name for p in others if READER.sniff(Source(p))]


def test_truncated_file_is_a_one_line_error(tmp_path):
    truncated = tmp_path / "cut.json"
    truncated.write_bytes(DIARIZED.read_bytes()[:1200])
    with pytest.raises(InputFileError, match=r"^invalid JSON at line \d+ column \d+"):
        list(READER.read(Source(truncated), ReadOptions()))


def test_bad_words_and_times_are_named_by_pointer_never_by_content(tmp_path):
    def drop_word(document):
        del document["results"][3]["alternatives"][0]["words"][12]["word"]

    with pytest.raises(InputFileError) as error:
        read_one(rewrite(tmp_path, DIARIZED, drop_word))
    assert error.value.reason == "/results/3/alternatives/0/words/12 has no word"

    def bad_end(document):
        document["results"][1]["resultEndOffset"] = 7.9

    with pytest.raises(InputFileError) as error:
        read_one(rewrite(tmp_path, CHANNELS, bad_end))
    assert error.value.reason == "/results/1/resultEndOffset is not a duration"


def test_forcing_google_stt_on_another_layout_says_what_is_missing(read_path):
    transcribe = VENDOR / "transcribe" / "en_redacted_audio_segments.json"
    with pytest.raises(InputFileError, match="^not Google Speech-to-Text JSON"):
        read_path(transcribe, format_in="google-stt")
