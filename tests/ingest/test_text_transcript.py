"""Plain-text transcripts: labels, roles, times, headers, notes, and exact offsets."""

from __future__ import annotations

from pathlib import Path

import pytest
from ingest_helpers import FIXTURES, assert_turns_are_slices, decoded_text

from ccaudit.errors import InputFileError

TEXT_FIXTURES = sorted((FIXTURES / "text").iterdir()) + sorted(
    p for p in (FIXTURES / "tickets").iterdir() if p.suffix in (".txt", ".md")
)


def write(tmp_path: Path, text: str, name: str = "call.txt", newline: str = "\n") -> Path:
    path = tmp_path / name
    path.write_bytes(text.replace("\n", newline).encode("utf-8"))
    return path


@pytest.mark.parametrize("path", TEXT_FIXTURES, ids=lambda p: p.name)
def test_every_turn_is_an_exact_slice_of_the_file(path, read_path):
    (conversation,) = read_path(path)
    assert conversation.turns
    assert conversation.source_format == "text"
    assert_turns_are_slices(decoded_text(path), conversation)


def test_thai_call_headers_roles_and_times(read_path):
    (call,) = read_path(FIXTURES / "text" / "th_card_call.txt")
    assert (call.id, call.agent_id, call.language, call.channel) == (
        "TH-CALL-0001",
        "AG-1042",
        "th",
        "voice",
    )
    assert call.metadata["date"] == "2024-05-01"
    assert [t.role for t in call.turns[:4]] == ["agent", "customer", "agent", "customer"]
    assert {t.speaker for t in call.turns} == {"เจ้าหน้าที่", "ลูกค้า"}
    assert [t.start_ms for t in call.turns[:3]] == [1000, 6000, 10000]
    assert call.turns[5].text == "บัตรเครดิตเลข4532015112830366ครับ"
    continued = call.turns[6]
    assert continued.text.endswith("ดิฉันจะส่งเรื่องปลดล็อกให้ภายในวันนี้นะคะ")
    assert "\n" in continued.text and continued.locator.line == 12


def test_crlf_file_keeps_carriage_returns_inside_multi_line_turns(read_path):
    path = FIXTURES / "text" / "crlf_ivr_call.txt"
    (call,) = read_path(path)
    assert b"\r\n" in path.read_bytes()
    assert [t.role for t in call.turns[:3]] == ["ivr", "ivr", "agent"]
    assert call.turns[1].speaker == "ระบบ"
    dispute = call.turns[6]
    assert dispute.speaker == "AGENT" and dispute.start_ms == 39000
    assert "\r\n" in dispute.text
    assert_turns_are_slices(decoded_text(path), call)


def test_generic_speakers_stay_unknown_without_an_option_or_inference(read_path):
    (call,) = read_path(FIXTURES / "text" / "diarized_asr.txt", infer_roles=False)
    assert {t.role for t in call.turns} == {"unknown"}
    assert call.turns[0].start_ms == 500 and call.turns[3].start_ms == 10850


def test_generic_speakers_roles_are_inferred_from_what_they_say(read_path):
    (call,) = read_path(FIXTURES / "text" / "diarized_asr.txt")
    roles = {(t.speaker, t.role, t.role_inferred) for t in call.turns}
    assert roles == {("SPEAKER_00", "agent", True), ("SPEAKER_01", "customer", True)}


def test_agent_speaker_option_names_the_agent_and_the_other_is_the_customer(read_path):
    (call,) = read_path(FIXTURES / "text" / "diarized_asr.txt", agent_speaker="speaker_00")
    roles = {t.speaker: t.role for t in call.turns}
    assert roles == {"SPEAKER_00": "agent", "SPEAKER_01": "customer"}


def test_agent_speaker_with_three_speakers_leaves_the_others_unknown(tmp_path, read_path):
    path = write(tmp_path, "spk_0: hello\nspk_1: hi\nspk_2: hey\n")
    (call,) = read_path(path, agent_speaker="spk_0")
    assert [t.role for t in call.turns] == ["agent", "unknown", "unknown"]


def test_agent_speaker_option_is_accepted_as_a_label(tmp_path, read_path):
    path = write(tmp_path, "Ploy: สวัสดีค่ะ\nลูกค้า: สวัสดีครับ\n")
    (call,) = read_path(path, agent_speaker="Ploy")
    assert [(t.speaker, t.role) for t in call.turns] == [("Ploy", "agent"), ("ลูกค้า", "customer")]


def test_agent_label_with_name_and_agent_map_by_file_stem(read_path):
    path = FIXTURES / "text" / "mixed_th_en_chat.txt"
    (chat,) = read_path(path, agent_map={"mixed_th_en_chat": "AG-1042"})
    assert chat.channel == "chat" and chat.agent_id == "AG-1042"
    assert chat.turns[0].speaker == "Agent (Ploy)" and chat.turns[0].role == "agent"
    assert chat.turns[3].text == "5425 2334" and chat.turns[5].text == "3010 9903 ครับ"


def test_agent_id_header_wins_over_the_agent_map(read_path):
    path = FIXTURES / "text" / "en_support_call.txt"
    (call,) = read_path(path, agent_map={"EN-CALL-0002": "OTHER", "en_support_call": "OTHER"})
    assert call.agent_id == "AG-2001"


def test_agent_map_by_call_id_from_header(tmp_path, read_path):
    path = write(tmp_path, "Call ID: C-77\n\nAgent: hi\n")
    (call,) = read_path(path, agent_map={"C-77": "AG-9"})
    assert (call.id, call.agent_id) == ("C-77", "AG-9")


def test_agent_line_at_the_top_is_dialogue_not_an_agent_id(tmp_path, read_path):
    path = write(tmp_path, "Agent: A-1023\nCustomer: hello\n")
    (call,) = read_path(path)
    assert call.agent_id is None
    assert [(t.role, t.text) for t in call.turns] == [("agent", "A-1023"), ("customer", "hello")]


@pytest.mark.parametrize(
    ("line", "speaker", "role", "start_ms"),
    [
        ("พนักงาน: สวัสดีค่ะ", "พนักงาน", "agent", None),
        ("ลูกค้า：สวัสดีครับ", "ลูกค้า", "customer", None),
        ("[00:01:23] AGENT: hello", "AGENT", "agent", 83000),
        ("00:01:23 Customer: hello", "Customer", "customer", 83000),
        ("(01:23) Caller: hello", "Caller", "customer", 83000),
        ("[00:00:01,250] spk_1: hello", "spk_1", "unknown", 1250),
        ("IVR: press one", "IVR", "ivr", None),
        ("Bot: how can I help", "Bot", "bot", None),
        ("Speaker 2: hello", "Speaker 2", "unknown", None),
        ("**Agent:** hello", "Agent", "agent", None),
        ("**ลูกค้า**: hello", "ลูกค้า", "customer", None),
        ("[01] AGENT: hello", "AGENT", "agent", None),
        ("(12) Customer: hello", "Customer", "customer", None),
        ("[7] [00:01:23] Caller: hello", "Caller", "customer", 83000),
        (">> เจ้าหน้าที่: สวัสดีครับ", "เจ้าหน้าที่", "agent", None),
        ("> > [00:00:05] Customer: hello", "Customer", "customer", 5000),
        ("ผู้ใช้บริการ: สอบถามค่ะ", "ผู้ใช้บริการ", "customer", None),
        ("09:41 | Customer: hi", "Customer", "customer", 581000),
        ("[DTMF] 5083#", "DTMF", "customer", None),
        ("Op: you're through to northern gas", "Op", "agent", None),
    ],
)
def test_label_styles(tmp_path, read_path, line, speaker, role, start_ms):
    (call,) = read_path(write(tmp_path, line + "\n"))
    (turn,) = call.turns
    assert (turn.speaker, turn.role, turn.start_ms) == (speaker, role, start_ms)


def test_numbered_turns_are_text_though_they_start_like_a_json_array(tmp_path, read_path):
    text = "[01] AGENT: hello\n[02] CALLER: my card\n\n[03] AGENT: thanks\n"
    (cr,) = read_path(write(tmp_path, text, name="cr.txt", newline="\r"))
    assert [t.text for t in cr.turns] == ["hello", "my card", "thanks"]
    (call,) = read_path(write(tmp_path, text, name="call.json"))
    assert [(t.role, t.text, t.locator.line) for t in call.turns] == [
        ("agent", "hello", 1),
        ("customer", "my card", 2),
        ("agent", "thanks", 4),
    ]


def test_words_that_merely_start_like_labels_are_not_labels(tmp_path, read_path):
    path = write(tmp_path, "Agent: please hold\nReport: card 4111 1111 1111 1111\n")
    (call,) = read_path(path)
    (turn,) = call.turns
    assert turn.text == "please hold\nReport: card 4111 1111 1111 1111"


def test_label_alone_on_its_line_takes_the_next_lines_as_its_text(tmp_path, read_path):
    path = write(tmp_path, "Agent:\n   hello there\n\n")
    (call,) = read_path(path)
    (turn,) = call.turns
    assert (turn.text, turn.locator.line, turn.locator.offset) == ("hello there", 2, 10)


def test_header_keys_after_dialogue_are_content(tmp_path, read_path):
    path = write(tmp_path, "Agent: hi\nDate: of birth 12/04/2530\n")
    (call,) = read_path(path)
    assert "date" not in call.metadata
    assert call.turns[0].text == "hi\nDate: of birth 12/04/2530"


def test_unknown_key_value_lines_are_scanned_as_content(tmp_path, read_path):
    path = write(tmp_path, "Customer Name: Somchai Jaidee\nAgent: hello\n")
    (call,) = read_path(path)
    assert call.turns[0].text == "Customer Name: Somchai Jaidee"
    assert call.turns[0].role == "unknown"


def test_unlabelled_timestamped_lines_are_one_turn_each(read_path):
    (call,) = read_path(FIXTURES / "text" / "unlabelled_note_dictation.txt")
    assert len(call.turns) == 4
    assert {t.role for t in call.turns} == {"unknown"}
    assert [t.start_ms for t in call.turns] == [2000, 7000, 13000, 18000]


def test_note_with_header_is_an_internal_agent_note(read_path):
    (note,) = read_path(FIXTURES / "tickets" / "agent_note_T2001.txt")
    assert (note.channel, note.id, note.agent_id) == ("note", "T-2001", "AG-1042")
    (turn,) = note.turns
    assert turn.is_internal_note and turn.role == "agent" and turn.speaker == "บันทึก"
    assert turn.text.count("\n") == 2


def test_markdown_note_is_split_into_internal_paragraphs(read_path):
    (note,) = read_path(FIXTURES / "tickets" / "agent_note_callback.md")
    assert note.channel == "note" and note.agent_id == "AG-2001"
    assert len(note.turns) == 3
    assert all(t.is_internal_note and t.role == "unknown" for t in note.turns)
    assert note.turns[1].text.startswith("Customer John Carter") and "\n" in note.turns[1].text


def test_plain_ticket_has_a_subject_turn_and_body_paragraphs(tmp_path, read_path):
    text = "Ticket ID: T-5\nSubject: card 4111 1111 1111 1111\n\nline one\nline two\n\npara two\n"
    (ticket,) = read_path(write(tmp_path, text))
    assert (ticket.channel, ticket.id) == ("ticket", "T-5")
    assert [t.text for t in ticket.turns] == [
        "card 4111 1111 1111 1111",
        "line one\nline two",
        "para two",
    ]
    assert not any(t.is_internal_note for t in ticket.turns)
    assert_turns_are_slices(text, ticket)


def test_display_names_after_times_are_a_chat(tmp_path, read_path):
    text = (
        "[14:02] Ploy | Example Shop: hi, how can I help?\n[14:03] k.somsak: where is my parcel\n"
        "[14:04] Ploy | Example Shop: let me check\n[14:05] k.somsak: thanks\n"
    )
    (chat,) = read_path(write(tmp_path, text))
    assert chat.channel == "chat"
    assert [t.speaker for t in chat.turns] == ["Ploy | Example Shop", "k.somsak"] * 2


def test_a_title_line_that_names_a_chat_makes_it_one_whatever_its_words(tmp_path, read_path):
    text = (
        "Baan Talay Resort — website chat\n"
        "[Guest] Hi, I'd like to add an extra bed to my booking\n"
        "[Staff] สวัสดีค่ะ ขอบคุณที่ติดต่อมานะคะ รบกวนแจ้งเบอร์โทรที่ใช้จองค่ะ\n"
        "[Guest] 086 551 2047 ค่ะ\n"
    )
    (chat,) = read_path(write(tmp_path, text))
    assert chat.channel == "chat"


@pytest.mark.parametrize(
    "first_line",
    ["hi, the live chat told me to ring you", "Call recording - escalated from chat"],
)
def test_a_first_line_that_only_mentions_a_chat_is_no_chat_title(tmp_path, read_path, first_line):
    text = f"{first_line}\nAgent: hello, how can I help?\nCustomer: my card was declined\n"
    (call,) = read_path(write(tmp_path, text))
    assert call.channel != "chat"


def test_display_names_after_offsets_into_a_call_are_a_call(tmp_path, read_path):
    text = "[00:00:03] Dao Ruang: hello\n[00:00:07] Kit: hi\n[00:00:11] Dao Ruang: ok\n"
    (call,) = read_path(write(tmp_path, text))
    assert call.channel == "voice"
    assert call.turns[0].speaker == "Dao Ruang"


def test_usernames_without_times_are_speakers(tmp_path, read_path):
    text = (
        "nina_w: my parcel is late\nshop_helpdesk: hi! order number please\n"
        "nina_w: EX-4410\nshop_helpdesk: it ships today\nnina_w: ok thanks\n"
    )
    (chat,) = read_path(write(tmp_path, text))
    assert [(t.speaker, t.role) for t in chat.turns[:2]] == [
        ("nina_w", "customer"),
        ("shop_helpdesk", "agent"),
    ]


def test_thai_shop_name_beside_a_customer_label_is_a_speaker(tmp_path, read_path):
    text = "ลูกค้า: มีไซซ์ M ไหมคะ\nร้านผ้าคุณนิด: มีค่ะ\nลูกค้า: กี่บาทคะ\nร้านผ้าคุณนิด: 350 ค่ะ\n"
    (chat,) = read_path(write(tmp_path, text))
    assert [(t.speaker, t.role) for t in chat.turns] == [
        ("ลูกค้า", "customer"),
        ("ร้านผ้าคุณนิด", "agent"),
    ] * 2


def test_tab_separated_display_names_label_a_chat(tmp_path, read_path):
    text = (
        "Baan Dee Official\tสวัสดีค่ะ\nPim.S\tของยังไม่มาค่ะ\n"
        "Baan Dee Official\tขอเลขออเดอร์ค่ะ\nPim.S\tBD123\n"
    )
    (chat,) = read_path(write(tmp_path, text))
    assert [(t.speaker, t.role, t.said) for t in chat.turns[:2]] == [
        ("Baan Dee Official", "agent", "สวัสดีค่ะ"),
        ("Pim.S", "customer", "ของยังไม่มาค่ะ"),
    ]


def test_segments_timed_in_seconds_label_a_transcript(tmp_path, read_path):
    text = (
        "[0.00-4.12] agent: ธนาคารสวัสดีค่ะ\n"
        "[4.12-11.80] customer: สวัสดีครับ\n"
        "[16.02-19.50] agent: ขอเลขบัญชีค่ะ\n"
        "[00:01:02 - 00:01:05] customer: ok\n"
    )
    (call,) = read_path(write(tmp_path, text))
    assert [(t.role, t.start_ms, t.said) for t in call.turns] == [
        ("agent", 0, "ธนาคารสวัสดีค่ะ"),
        ("customer", 4120, "สวัสดีครับ"),
        ("agent", 16020, "ขอเลขบัญชีค่ะ"),
        ("customer", 62000, "ok"),
    ]


def test_a_line_export_display_name_may_end_with_emoji(tmp_path, read_path):
    text = (
        "15:02\tMaprang🌷\tสอบถามค่ะ ของยังไม่มาส่งเลย\n"
        "15:05\tShopDD\tสวัสดีค่ะ แอดมินแพรวจาก ShopDD ค่ะ\n"
        "15:06\tMaprang🌷\tSD240508-77215 ค่ะ\n"
        "15:08\tShopDD\tขอบคุณค่ะ\n"
    )
    (chat,) = read_path(write(tmp_path, text))
    assert [(t.speaker, t.said) for t in chat.turns[:2]] == [
        ("Maprang🌷", "สอบถามค่ะ ของยังไม่มาส่งเลย"),
        ("ShopDD", "สวัสดีค่ะ แอดมินแพรวจาก ShopDD ค่ะ"),
    ]


def test_a_time_then_a_word_that_is_no_label_and_two_spaces_is_text(tmp_path, read_path):
    (document,) = read_path(write(tmp_path, "10:15 OK  see you then\n"))
    (turn,) = document.turns
    assert (turn.speaker, turn.said, turn.start_ms) == (None, "OK  see you then", 615000)


def test_role_words_that_open_every_line_label_an_export(tmp_path, read_path):
    text = (
        "caller hello is that the water company\nagent yes speaking how can i help\n"
        "caller my bill doubled this month\nagent let me check the account\n"
        "caller ok\n"
    )
    (call,) = read_path(write(tmp_path, text))
    assert [(t.speaker, t.role, t.said) for t in call.turns[:2]] == [
        ("caller", "customer", "hello is that the water company"),
        ("agent", "agent", "yes speaking how can i help"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Customer said the card was lost.\nAgent blocked it at once.\n"
        "Customer asked for a new one.\nAgent sent the form.\n",
        "customer wants a refund\ncustomer called twice today\nagent to call back\n"
        "agent emailed the form\n",
        "customer said she would call back\nthe parcel never came\nagent checked the depot\n"
        "no answer from the courier\nwaiting on the depot\n",
    ],
    ids=["capitalised_sentences", "grouped_ticket_lines", "mostly_prose"],
)
def test_role_words_opening_sentences_are_not_labels(tmp_path, read_path, text):
    (document,) = read_path(write(tmp_path, text))
    assert not any(t.speaker for t in document.turns)
    assert document.turns[0].text.startswith(text.split(" ")[0])


@pytest.mark.parametrize(
    "text",
    [
        "Name: Dana Wong\nPhone: 0812345678\nCity: Chiang Mai\n",
        "Item: lamp\nPrice: 300\nShipping to the old address, see the ticket.\n"
        "It was sent twice.\nPlease check.\nItem: desk\nPrice: 900\n",
    ],
    ids=["keys_once", "keys_among_prose"],
)
def test_keys_and_values_are_not_chat_names(tmp_path, read_path, text):
    (document,) = read_path(write(tmp_path, text))
    assert document.channel != "chat"
    assert not any(t.speaker for t in document.turns)


def test_bare_labels_are_not_chat_names(tmp_path, read_path):
    text = "spk_0: hello\nspk_1: hi\nspk_0: ok\nspk_1: bye\n"
    (call,) = read_path(write(tmp_path, text))
    assert call.channel != "chat"


def test_channel_header_overrides_the_guess(tmp_path, read_path):
    (call,) = read_path(write(tmp_path, "Channel: Email\n\nCustomer: hi\n", name="x.md"))
    assert call.channel == "email"


def test_utf8_bom_is_not_part_of_the_offsets(tmp_path, read_path):
    path = tmp_path / "bom.txt"
    path.write_bytes(b"\xef\xbb\xbf" + "ลูกค้า: เบอร์ 0812345678\n".encode())
    (call,) = read_path(path)
    assert call.turns[0].locator.offset == len("ลูกค้า: ")
    assert_turns_are_slices(decoded_text(path), call)


def test_blank_file_is_refused(tmp_path, read_path):
    with pytest.raises(InputFileError, match="no text"):
        read_path(write(tmp_path, "\n\n   \nCall ID: X\n"))


def test_agent_line_with_an_id_among_headers_is_the_agent_id(tmp_path, read_path):
    path = write(tmp_path, "Call ID: C-1\nAgent: A-1023\n\nAgent: hello\nCustomer: hi\n")
    (call,) = read_path(path)
    assert call.agent_id == "A-1023"
    assert [(t.role, t.text) for t in call.turns] == [("agent", "hello"), ("customer", "hi")]


def test_agent_line_among_headers_with_words_is_still_dialogue(tmp_path, read_path):
    path = write(tmp_path, "Call ID: C-1\nพนักงาน: สวัสดีค่ะ 1 นาทีค่ะ\nลูกค้า: ครับ\n")
    (call,) = read_path(path)
    assert call.agent_id is None
    assert call.turns[0].text == "สวัสดีค่ะ 1 นาทีค่ะ"


def test_a_labelled_turn_after_a_timed_line_keeps_its_continuation_lines(tmp_path, read_path):
    text = "Agent: hi\n[00:00:05] note one\nnote two\nCustomer: card\n4111 1111 1111 1111\n"
    (call,) = read_path(write(tmp_path, text))
    assert [t.text for t in call.turns] == [
        "hi",
        "note one",
        "note two",
        "card\n4111 1111 1111 1111",
    ]


def test_a_subject_line_after_dialogue_starts_paragraphs(tmp_path, read_path):
    text = "Agent: hi\nSubject: card\nline one\nline two\n\npara two\n"
    (call,) = read_path(write(tmp_path, text))
    assert [t.text for t in call.turns] == ["hi", "card", "line one\nline two", "para two"]


def test_a_blank_line_that_ends_a_read_block_still_ends_the_paragraph(tmp_path, monkeypatch):
    from ccaudit.ingest import ReadOptions, read_conversations, text_blocks

    monkeypatch.setattr(text_blocks, "HEAD_BYTES", 0)
    monkeypatch.setattr(text_blocks, "READ_BYTES", 5)
    path = write(tmp_path, "one\n\ntwo\nthree\n", name="note.md")
    (note,) = read_conversations(path, str(path), ReadOptions())
    assert [t.text for t in note.turns] == ["one", "two\nthree"]


@pytest.mark.parametrize(
    ("text", "channel"),
    [
        ("Customer: hi, is the blue one in stock?\nAgent: yes 😊 it is\n", "chat"),
        ("ลูกค้า: ส่งรูปให้แล้วค่ะ [รูปภาพ]\nเจ้าหน้าที่: ได้รับแล้วค่ะ\n", "chat"),
        ("ลูกค้า: มีสีดำไหมคะ\nแอดมินฝน: มีค่ะ\nลูกค้า: เอาค่ะ\nแอดมินฝน: ได้เลยค่ะ\n", "chat"),
        ("Customer: hi, is the blue one in stock?\nAgent: yes it is\n", "unknown"),
        ("[00:00:02] Agent: thank you for calling\n[00:00:05] Customer: hi\n", "voice"),
        (
            "Rep (08:57): รบกวนพิมพ์เลขบัตรประชาชนค่ะ\nCustomer (08:58): 3 1012 00877 45 2\n",
            "chat",
        ),
        ("Agent (14:02): thank you for calling\nCustomer (14:02): hi\n", "voice"),
        (
            "2024-03-02T10:21:48+05:30 system: Chat started from the app.\n"
            "2024-03-02T10:22:30+05:30 agent: Hi, how may I help you?\n"
            "2024-03-02T10:23:02+05:30 customer: my card got blocked, they said call you\n",
            "chat",
        ),
        (
            "Brightwell's Live Chat - transcript sent at your request\n"
            "Support: Hi there! What can I help you with?\nVisitor: is the sideboard back?\n",
            "chat",
        ),
    ],
)
def test_what_only_typing_leaves_makes_a_chat(read_path, tmp_path, text, channel):
    path = tmp_path / "talk.txt"
    path.write_text(text, encoding="utf-8")
    (conversation,) = read_path(path)
    assert conversation.channel == channel


def test_names_and_times_on_lines_of_their_own_label_a_copied_chat(tmp_path, read_path):
    """Messenger, Teams and Slack copy a chat as `name · time` lines, each message below."""
    text = (
        "Messenger · SpeedD Express\n"
        "Kittipong Saelim · 18:02\n"
        "สวัสดีครับ พัสดุสถานะ delivered แต่ไม่ได้รับของครับ\n"
        "\n"
        "SpeedD Express · 18:03\n"
        "ขอบคุณที่ติดต่อ SpeedD ค่ะ รบกวนขอชื่อผู้รับค่ะ\n"
        "\n"
        "Kittipong Saelim · 18:05\n"
        "ผู้รับ กิตติพงษ์ แซ่ลิ้ม ครับ\n"
        "097-330-8814\n"
        "\n"
        "SpeedD Express · 6:10 PM\n"
        "ขอบคุณค่ะ\n"
    )
    path = tmp_path / "messenger.txt"
    path.write_text(text, encoding="utf-8")
    (chat,) = read_path(path)
    labelled = [t for t in chat.turns if t.speaker]
    assert chat.channel == "chat"
    assert [(t.speaker, t.said.strip()) for t in labelled][2] == (
        "Kittipong Saelim",
        "ผู้รับ กิตติพงษ์ แซ่ลิ้ม ครับ\n097-330-8814",
    )
    assert [t.start_ms for t in labelled][:3] == [1_082_000, 1_083_000, 1_085_000]
    assert {t.speaker for t in labelled} == {"Kittipong Saelim", "SpeedD Express"}
