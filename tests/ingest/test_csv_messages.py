"""Chat CSV exports with one message per row: conversations, roles, locators, --map."""

from __future__ import annotations

import csv

import pytest

from ccaudit.errors import InputFileError
from ccaudit.pii import Detector

CHAT = (
    "id,ts,channel,sender,display_name,message\n"
    "88123,2026-11-02 09:14:07,webchat,bot,Ava,Hi! What's your full name?\n"
    "88124,2026-11-02 09:14:31,webchat,customer,Pim S,Pimchanok Srisuwan\n"
    "88125,2026-11-02 09:14:40,webchat,customer,Pim S,\n"
    '88126,2026-11-02 09:15:02,webchat,agent,Jomar,"Hello, this is Jomar taking over.\n'
    'May I have the phone number on the account?"\n'
    "88127,2026-11-02 09:15:20,webchat,customer,Pim S,0891457723\n"
)


def cell(path, row: int, column: str) -> str:
    with path.open(newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))[row - 1][column]


def test_a_file_of_messages_without_a_conversation_id_is_one_conversation(tmp_path, read_path):
    path = tmp_path / "chat-export.csv"
    path.write_text(CHAT, encoding="utf-8")
    (chat,) = read_path(path)
    assert (chat.id, chat.channel, chat.source_format) == ("chat-export", "chat", "csv")
    assert [(t.role, t.speaker) for t in chat.turns] == [
        ("bot", "bot"),
        ("customer", "customer"),
        ("agent", "agent"),
        ("customer", "customer"),
    ]
    assert [(t.locator.row, t.locator.line) for t in chat.turns] == [(1, 2), (2, 3), (4, 5), (5, 7)]
    for turn in chat.turns:
        assert cell(path, turn.locator.row, turn.locator.column) == turn.text


def test_rows_with_the_same_conversation_id_in_a_run_are_one_conversation(tmp_path, read_path):
    path = tmp_path / "line-oa.csv"
    path.write_text(
        "chat_id;sender_type;ข้อความ\n"
        "C-1;agent;สวัสดีค่ะ ขอทราบชื่อลูกค้าค่ะ\n"
        "C-1;user;สมหญิง ใจดี ค่ะ\n"
        "C-2;agent;สวัสดีครับ\n"
        "C-2;user;ขอเช็คยอดครับ\n"
        "C-2;agent;ได้ครับ\n",
        encoding="utf-8",
    )
    chats = read_path(path)
    assert [(c.id, len(c.turns)) for c in chats] == [("C-1", 2), ("C-2", 3)]
    assert [t.role for t in chats[1].turns] == ["agent", "customer", "agent"]


def test_speakers_without_role_words_get_their_roles_from_what_they_say(tmp_path, read_path):
    path = tmp_path / "export.csv"
    path.write_text(
        "conversation_id,author,text\n"
        "9,Nok,Thank you for calling Siam Card this is Nok how may I help you\n"
        "9,Dana,hi I want to check my balance\n"
        "9,Nok,sure may I have your date of birth to verify\n",
        encoding="utf-8",
    )
    (chat,) = read_path(path)
    assert [(t.speaker, t.role, t.role_inferred) for t in chat.turns] == [
        ("Nok", "agent", True),
        ("Dana", "customer", True),
        ("Nok", "agent", True),
    ]


def test_map_speaker_reads_a_ticket_looking_file_as_messages(tmp_path, read_path):
    path = tmp_path / "export.csv"
    path.write_text("case,who,note\nK-1,agent,hello\nK-1,client,hi\n", encoding="utf-8")
    assert [
        c.id for c in read_path(path, format_in="csv", column_map={"id": "case", "body": "note"})
    ] == ["K-1", "K-1"]
    (chat,) = read_path(path, column_map={"id": "case", "body": "note", "speaker": "who"})
    assert [(t.role, t.text) for t in chat.turns] == [("agent", "hello"), ("customer", "hi")]


def test_a_messages_file_needs_a_message_column(tmp_path, read_path):
    path = tmp_path / "export.csv"
    path.write_text("chat_id,sender,ts\n1,agent,09:00\n", encoding="utf-8")
    with pytest.raises(InputFileError, match="no text column found"):
        read_path(path, format_in="csv")


@pytest.fixture(scope="module")
def detector() -> Detector:
    return Detector()


def test_a_name_given_in_the_next_row_is_found(tmp_path, read_path, detector):
    """Read as tickets, each row was a conversation of its own and the answer had no question."""
    path = tmp_path / "chat-export.csv"
    path.write_text(CHAT, encoding="utf-8")
    (chat,) = read_path(path)
    names = [
        chat.turns[f.turn].text[f.start : f.end]
        for f in detector.scan(chat)
        if f.entity_type == "PERSON"
    ]
    assert "Pimchanok Srisuwan" in names


def test_start_and_end_columns_give_the_turns_times(tmp_path, read_path):
    path = tmp_path / "diarised.tsv"
    path.write_text(
        "start\tend\tspeaker\ttext\n"
        "00:00:01.20\t00:00:06.85\tspk_0\tสวัสดีค่ะ ยินดีให้บริการค่ะ\n"
        "7.1\t11.4\tspk_1\tครับ\n",
        encoding="utf-8",
    )
    (call,) = read_path(path)
    assert [(t.start_ms, t.end_ms) for t in call.turns] == [(1200, 6850), (7100, 11400)]
    dated = tmp_path / "chat.csv"
    dated.write_text("start_ms,sender,message\n1500,agent,hi\n2026-11-02 09:14,user,hey\n")
    assert [t.start_ms for t in read_path(dated)[0].turns] == [1500, None]


def test_rows_timed_from_a_calls_start_are_a_call_and_dated_rows_a_chat(tmp_path, read_path):
    diarised = tmp_path / "diarised.tsv"
    diarised.write_text("start\tspeaker\ttext\n0.0\tspk_0\thello\n2.5\tspk_1\thi\n")
    assert read_path(diarised)[0].channel == "voice"
    dated = tmp_path / "chat.csv"
    dated.write_text("time,sender,message\n2026-11-02 09:14,agent,hi\n2026-11-02 09:15,user,hey\n")
    assert read_path(dated)[0].channel == "chat"
    after_midnight = tmp_path / "night.csv"
    after_midnight.write_text(
        "date,time,sender,message\n2026-11-02,00:04,agent,hi\n2026-11-02,00:05,user,hey\n"
    )
    (chat,) = read_path(after_midnight)
    assert chat.channel == "chat"
    assert [t.start_ms for t in chat.turns] == [None, None]  # a time of day, no offset
    stated = tmp_path / "stated.csv"
    stated.write_text("start,channel,sender,message\n0.0,chat,agent,hi\n1.0,chat,user,hey\n")
    assert read_path(stated)[0].channel == "chat"


def test_a_transcript_pasted_as_a_markdown_table_is_a_timed_call(tmp_path, read_path):
    path = tmp_path / "call.txt"
    path.write_text(
        "| time | speaker | utterance |\n"
        "|---|---|---|\n"
        "| 00:00 | Agent | Hello, Orchid Card Centre, Beth speaking. |\n"
        "| 00:03 | Customer | Hi Beth. |\n",
        encoding="utf-8",
    )
    (call,) = read_path(path)
    assert call.channel == "voice"
    assert [(t.speaker, t.role, t.start_ms) for t in call.turns] == [
        ("Agent", "agent", 0),
        ("Customer", "customer", 3000),
    ]
