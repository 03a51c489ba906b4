import shutil
from pathlib import Path

import pytest
from ingest_helpers import one_conversation_reader

from ccaudit.errors import InputFileError
from ccaudit.ingest import ReadOptions, Source, read_conversations
from ccaudit.ingest.srt import READER

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "vendor" / "srt"
PREFIXES = FIXTURES / "th_en_prefixes.srt"
CRLF = FIXTURES / "crlf_windows.srt"


read_one = one_conversation_reader(READER)


def test_speaker_prefixes_become_speakers_and_roles():
    conversation = read_one(PREFIXES)
    assert [(t.speaker, t.role) for t in conversation.turns] == [
        ("Agent", "agent"),
        ("ลูกค้า", "customer"),
        ("Agent", "agent"),
        ("ลูกค้า", "customer"),
        ("SPEAKER_01", "unknown"),
        ("SPEAKER_00", "unknown"),
        ("Customer", "customer"),
        ("Customer", "customer"),
    ]


def test_a_cue_without_prefix_continues_the_previous_speaker():
    turn = read_one(PREFIXES).turns[7]
    assert (turn.speaker, turn.text) == ("Customer", "it went through at 10:45 today.")


def test_times_and_multiline_text():
    turns = read_one(PREFIXES).turns
    assert (turns[3].start_ms, turns[3].end_ms) == (10200, 14000)
    assert turns[3].text == "1101700207340 ครับ\nเบอร์ 081-234-5678 ครับ"
    assert turns[5].text == "The meeting is at 10:30: please be on time."


@pytest.mark.parametrize("path", [PREFIXES, CRLF])
def test_untagged_turns_are_exact_slices_of_the_decoded_file(path):
    source = Source(path)
    text = source.text()
    (conversation,) = READER.read(source, ReadOptions())
    for turn in conversation.turns:
        if turn.speaker == "SPEAKER_01":
            continue
        start = turn.locator.offset
        assert text[start : start + len(turn.text)] == turn.text
        assert text.count("\n", 0, start) + 1 == turn.locator.line


def test_tags_are_stripped():
    assert read_one(PREFIXES).turns[4].text == "Sorry, the line was noisy."


def test_agent_speaker_option_names_a_diarized_label(tmp_path):
    path = tmp_path / "diarized.srt"
    path.write_text(
        "1\n00:00:01,000 --> 00:00:02,000\nSPEAKER_00: hello\n\n"
        "2\n00:00:02,500 --> 00:00:04,000\nSPEAKER_01: hi there\n",
        encoding="utf-8",
    )
    assert [t.role for t in read_one(path).turns] == ["unknown", "unknown"]
    assert [t.role for t in read_one(path, agent_speaker="SPEAKER_01").turns] == [
        "customer",
        "agent",
    ]


def test_detected_from_content_despite_a_misleading_extension(tmp_path):
    disguised = tmp_path / "notes.txt"
    shutil.copy(PREFIXES, disguised)
    (conversation,) = read_conversations(disguised, str(disguised), ReadOptions())
    assert conversation.source_format == "srt"
    assert not READER.sniff(Source(FIXTURES.parent / "webvtt" / "teams_th_en.vtt"))


def test_invalid_timing_names_the_line(tmp_path):
    path = tmp_path / "bad.srt"
    path.write_text("1\n00:00:01,000 --> 00:00:02,000\nhi\n\n2\n00:00:03 --> later\nx\n", "utf-8")
    with pytest.raises(InputFileError, match="^line 6: invalid SRT cue timing$"):
        list(READER.read(Source(path), ReadOptions()))


def test_a_file_without_cue_text_is_refused(tmp_path):
    path = tmp_path / "empty.srt"
    path.write_text("1\n00:00:01,000 --> 00:00:02,000\n\n", encoding="utf-8")
    with pytest.raises(InputFileError, match="^SRT file has no cues with text$"):
        list(READER.read(Source(path), ReadOptions()))


def test_dot_milliseconds_are_still_srt_not_a_headerless_webvtt(tmp_path):
    path = tmp_path / "dots.srt"
    path.write_text("1\n00:00:01.000 --> 00:00:02.000\nAgent: hello\n", encoding="utf-8")
    (conversation,) = read_conversations(path, str(path), ReadOptions())
    assert conversation.source_format == "srt"
    assert conversation.turns[0].text == "hello"


def test_a_speaker_after_the_timing_is_the_cues_speaker(tmp_path):
    path = tmp_path / "asr.srt"
    path.write_text(
        "1\n00:00:01,000 --> 00:00:02,000 Speaker 1\nthank you for calling\n\n"
        "2\n00:00:02,500 --> 00:00:04,000 X1:40 X2:600 Speaker 2\nmy card is lost\n\n"
        "3\n00:00:04,500 --> 00:00:05,000\nit was stolen\n",
        encoding="utf-8",
    )
    conversation = read_one(path, agent_speaker="1")
    assert [(t.speaker, t.role, t.text) for t in conversation.turns] == [
        ("Speaker 1", "agent", "thank you for calling"),
        ("Speaker 2", "customer", "my card is lost"),
        ("Speaker 2", "customer", "it was stolen"),
    ]


def test_a_name_prefix_stays_in_the_text_to_be_scanned(tmp_path):
    path = tmp_path / "call.srt"
    path.write_text(
        "1\n00:00:01,000 --> 00:00:03,000\nSomchai Jaidee: hello, Siam Card\n\n"
        "2\n00:00:03,000 --> 00:00:05,000\nCustomer: hi\n",
        encoding="utf-8",
    )
    turns = read_one(path).turns
    assert [(t.speaker, t.text, t.said) for t in turns] == [
        ("Somchai Jaidee", "Somchai Jaidee: hello, Siam Card", "hello, Siam Card"),
        ("Customer", "hi", "hi"),
    ]
