import shutil
from pathlib import Path

import pytest
from ingest_helpers import one_conversation_reader

from ccaudit.errors import InputFileError
from ccaudit.ingest import ReadOptions, Source, read_conversations
from ccaudit.ingest.caption_text import timestamp_ms
from ccaudit.ingest.speaker_roles import label_roles
from ccaudit.ingest.webvtt import READER
from ccaudit.model import Turn

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "vendor" / "webvtt"
TEAMS = FIXTURES / "teams_th_en.vtt"
ROLLING = FIXTURES / "rolling_captions.vtt"


read_one = one_conversation_reader(READER)


def write_vtt(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "captions.vtt"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("value", "ms"), [("00:01.500", 1500), ("01:02:03.004", 3723004), ("00:00:04,100", 4100)]
)
def test_timestamps(value, ms):
    assert timestamp_ms(value) == ms


def test_voice_spans_give_speakers_roles_and_times():
    conversation = read_one(TEAMS)
    assert [t.speaker for t in conversation.turns] == [
        "Agent Ploy",
        "Customer",
        "Agent Ploy",
        "Customer",
        "Agent Ploy",
        "Carlos Farías",
        "Customer",
    ]
    assert [t.role for t in conversation.turns] == [
        "agent",
        "customer",
        "agent",
        "customer",
        "agent",
        "unknown",
        "customer",
    ]
    assert [(t.start_ms, t.end_ms) for t in conversation.turns][:3] == [
        (1200, 3900),
        (4100, 7500),
        (7600, 10000),
    ]


def test_plain_turns_are_exact_slices_of_the_decoded_file():
    source = Source(TEAMS)
    text = source.text()
    (conversation,) = READER.read(source, ReadOptions())
    exact = [t for t in conversation.turns if t.speaker != "Carlos Farías"]
    for turn in exact:
        start = turn.locator.offset
        assert text[start : start + len(turn.text)] == turn.text
        assert text.count("\n", 0, start) + 1 == turn.locator.line
    assert conversation.turns[2].text == "ขอเลขบัตรประชาชน\nเพื่อยืนยันตัวตนด้วยค่ะ"


def test_several_and_unclosed_voices_in_one_cue():
    turns = read_one(TEAMS).turns
    assert (turns[3].text, turns[4].text) == ("1101700207340 ครับ", "ขอบคุณค่ะ")
    assert turns[3].start_ms == turns[4].start_ms == 10200


def test_entities_and_tags_are_cleaned_and_located_at_the_cue():
    turn = read_one(TEAMS).turns[5]
    assert turn.text == "Support & billing: call me on 081-234-5678, please."
    assert turn.locator.line == 24


def test_header_title_bom_and_note_blocks_are_not_turns():
    texts = " ".join(t.text for t in read_one(TEAMS).turns)
    assert "WEBVTT" not in texts and "Exported" not in texts and "6a05cbc7" not in texts


def test_rolling_captions_are_deduplicated():
    conversation = read_one(ROLLING)
    assert [t.text for t in conversation.turns] == [
        "my card number is",
        "4532015112830366 thanks",
        "and my phone is 089-765-4321",
    ]
    assert conversation.turns[0].end_ms == 2010


def test_identical_consecutive_cues_keep_one_turn(tmp_path):
    path = write_vtt(
        tmp_path,
        "WEBVTT\n\n00:01.000 --> 00:02.000\nhello\n\n00:02.000 --> 00:03.000\nhello\n\n"
        "00:03.000 --> 00:04.000\nsay hello again\n",
    )
    conversation = read_one(path)
    assert [t.text for t in conversation.turns] == ["hello", "say hello again"]
    assert conversation.turns[0].end_ms == 3000


def test_a_file_that_starts_with_a_cue_is_read_without_the_header(tmp_path):
    no_header = tmp_path / "no_header.txt"
    no_header.write_text(
        "00:00:01.000 --> 00:00:03.000\n<v Agent>Hello.\n\n"
        "00:00:03.500 --> 00:00:05.000\n<v Customer>My card is 4532015112830366.\n",
        encoding="utf-8",
    )
    (conversation,) = read_conversations(no_header, str(no_header), ReadOptions())
    assert conversation.source_format == "webvtt"
    assert [(t.role, t.text) for t in conversation.turns] == [
        ("agent", "Hello."),
        ("customer", "My card is 4532015112830366."),
    ]


def test_a_speaker_after_the_timing_is_the_cues_speaker(tmp_path):
    path = write_vtt(
        tmp_path,
        "00:00:03.120 --> 00:00:06.900 ผู้พูด 1\nสวัสดีครับ ยินดีให้บริการ\nมีอะไรให้ช่วยครับ\n\n"
        "00:00:07.400 --> 00:00:09.000 ผู้พูด 2\nบัตรหายค่ะ\n\n"
        "00:00:09.500 --> 00:00:11.000 align:start ผู้พูด 1\nขอทราบชื่อครับ\n",
    )
    (conversation,) = read_conversations(path, str(path), ReadOptions(agent_speaker="1"))
    assert [(t.speaker, t.role, t.start_ms, t.locator.line) for t in conversation.turns] == [
        ("ผู้พูด 1", "agent", 3120, 2),
        ("ผู้พูด 2", "customer", 7400, 6),
        ("ผู้พูด 1", "agent", 9500, 9),
    ]
    assert conversation.turns[0].text == "สวัสดีครับ ยินดีให้บริการ\nมีอะไรให้ช่วยครับ"


def test_cue_settings_after_the_timing_are_not_a_speaker(tmp_path):
    path = write_vtt(
        tmp_path, "WEBVTT\n\n00:01.000 --> 00:02.000 align:start position:10%,line-left\nhi\n"
    )
    (conversation,) = read_conversations(path, str(path), ReadOptions())
    assert [(t.speaker, t.text) for t in conversation.turns] == [(None, "hi")]


def test_a_bare_label_opening_the_cue_is_the_speaker(tmp_path):
    path = write_vtt(
        tmp_path,
        "WEBVTT\n\n00:01.000 --> 00:02.000\nSpeaker 2\nmy card is 4532\n\n"
        "00:02.000 --> 00:03.000\nSPEAKER_01: it is the gold card\n\n"
        "00:03.000 --> 00:04.000\nSpeaker 2\n\n"
        "00:04.000 --> 00:05.000\nSomchai: thank you\n",
    )
    (conversation,) = read_conversations(path, str(path), ReadOptions())
    assert [(t.speaker, t.text) for t in conversation.turns] == [
        ("Speaker 2", "my card is 4532"),
        ("SPEAKER_01", "it is the gold card"),
        (None, "Speaker 2"),
        (None, "Somchai: thank you"),
    ]


def test_a_file_without_the_header_or_a_cue_is_refused(tmp_path):
    path = write_vtt(tmp_path, "Minutes of the call\n\n00:01.000 --> 00:02.000\nhello\n")
    with pytest.raises(InputFileError, match="^WebVTT file starts with neither WEBVTT nor a cue$"):
        list(READER.read(Source(path), ReadOptions()))


def test_invalid_timing_names_the_line(tmp_path):
    path = write_vtt(tmp_path, "WEBVTT\n\n1\n00:00:01.000 --> soon\nhello\n")
    with pytest.raises(InputFileError, match="^line 4: invalid WebVTT cue timing$"):
        list(READER.read(Source(path), ReadOptions()))


def test_detected_from_content_despite_a_misleading_extension(tmp_path):
    disguised = tmp_path / "call.json"
    shutil.copy(TEAMS, disguised)
    (conversation,) = read_conversations(disguised, str(disguised), ReadOptions())
    assert conversation.source_format == "webvtt"


def test_agent_speaker_option_and_the_single_other_label():
    def roles(labels: list[str], options: ReadOptions) -> list[str]:
        turns = [Turn(i, "unknown", "a", speaker=label) for i, label in enumerate(labels)]
        label_roles(turns, options)
        return [t.role for t in turns]

    assert roles(["spk_0", "spk_1"], ReadOptions()) == ["unknown", "unknown"]
    assert roles(["spk_0", "spk_1"], ReadOptions(agent_speaker="spk_1")) == ["customer", "agent"]
    three = ["spk_0", "spk_1", "spk_2"]
    assert roles(three, ReadOptions(agent_speaker="spk_1")) == ["unknown", "agent", "unknown"]


def test_a_title_must_be_separated_from_the_signature(tmp_path):
    path = write_vtt(tmp_path, "WEBVTTX\n\n00:01.000 --> 00:02.000\nhello\n")
    with pytest.raises(InputFileError, match="WEBVTT"):
        list(READER.read(Source(path), ReadOptions()))


def test_a_growing_caption_line_keeps_only_the_new_words(tmp_path):
    path = write_vtt(
        tmp_path,
        "WEBVTT\n\n00:01.000 --> 00:02.000\nmy card is\n\n"
        "00:02.000 --> 00:03.000\nmy card is 4532 0151\n\n"
        "00:03.000 --> 00:04.000\nmy card is 4532 0151 1283 0366\n",
    )
    source = Source(path)
    text = source.text()
    (conversation,) = READER.read(source, ReadOptions())
    assert [t.text for t in conversation.turns] == ["my card is", "4532 0151", "1283 0366"]
    for turn in conversation.turns:
        start = turn.locator.offset
        assert text[start : start + len(turn.text)] == turn.text


def test_role_words_opening_cues_are_speakers(tmp_path):
    path = write_vtt(
        tmp_path,
        "WEBVTT\n\n00:01.000 --> 00:02.000\nAgent: thank you for calling\n\n"
        "00:02.000 --> 00:03.000\nลูกค้า: ขอเช็คยอดค่ะ\n\n"
        "00:03.000 --> 00:04.000\nCustomer (Dana): my card is 4532\n",
    )
    (conversation,) = read_conversations(path, str(path), ReadOptions())
    assert [(t.speaker, t.role, t.said) for t in conversation.turns] == [
        ("Agent", "agent", "thank you for calling"),
        ("ลูกค้า", "customer", "ขอเช็คยอดค่ะ"),
        ("Customer (Dana)", "customer", "my card is 4532"),
    ]
    assert conversation.turns[2].text == "Customer (Dana): my card is 4532"  # the name is scanned


ZOOM = (
    "WEBVTT\n\n1\n00:00:01.000 --> 00:00:04.000\nSomchai Jaidee: Thank you for calling Siam "
    "Card, this is Somchai. How may I help you?\n\n2\n00:00:04.500 --> 00:00:06.000\n"
    "Mary Smith: Hi, I lost my card.\n\n3\n00:00:06.500 --> 00:00:09.000\nSomchai Jaidee: "
    "May I have your date of birth to verify your identity?\n\n4\n00:00:09.500 --> "
    "00:00:11.000\nMary Smith: Note: it is my second card.\n"
)


def test_participant_names_opening_most_cues_are_speakers_and_stay_in_the_text(tmp_path):
    """Zoom writes each cue as `Name: text`: the names label the turns, roles are inferred from
    what is said, and the names stay in the text to be scanned."""
    (conversation,) = read_conversations(write_vtt(tmp_path, ZOOM), "c.vtt", ReadOptions())
    turns = conversation.turns
    assert [(t.speaker, t.role) for t in turns] == [
        ("Somchai Jaidee", "agent"),
        ("Mary Smith", "customer"),
        ("Somchai Jaidee", "agent"),
        ("Mary Smith", "customer"),
    ]
    assert turns[1].text == "Mary Smith: Hi, I lost my card."
    assert turns[3].said == "Note: it is my second card."


def test_a_name_opening_one_cue_is_text(tmp_path):
    path = write_vtt(
        tmp_path,
        "WEBVTT\n\n00:01.000 --> 00:02.000\nNote: the fee is waived\n\n"
        "00:02.000 --> 00:03.000\nthank you\n\n00:03.000 --> 00:04.000\nok\n",
    )
    (conversation,) = read_conversations(path, str(path), ReadOptions())
    assert [t.speaker for t in conversation.turns] == [None, None, None]
