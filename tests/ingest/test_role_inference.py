"""Roles of unnamed speakers: inferred from what they say (cases/role_inference.yaml), marked
as inferred, abstaining without clear evidence, and never over a label or option."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from ccaudit.ingest import ReadOptions, read_conversations
from ccaudit.ingest.role_inference import agent_score
from ccaudit.model import Conversation

CASES = yaml.safe_load((Path(__file__).parent / "cases" / "role_inference.yaml").read_text("utf-8"))


def read_text(tmp_path: Path, text: str, name: str = "call.txt", **options) -> Conversation:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    (conversation,) = read_conversations(path, str(path), ReadOptions(**options))
    return conversation


def roles(conversation: Conversation) -> dict[str, tuple[str, bool]]:
    return {t.speaker: (t.role, t.role_inferred) for t in conversation.turns if t.speaker}


@pytest.mark.parametrize("case", CASES["cases"], ids=lambda case: case["id"])
def test_inferred_agent(tmp_path, case):
    found = roles(read_text(tmp_path, case["text"]))
    if case["agent"] is None:
        assert set(found.values()) == {("unknown", False)}
    else:
        expected = {label: ("customer", True) for label in found}
        expected[case["agent"]] = ("agent", True)
        assert found == expected


def test_no_infer_roles_leaves_the_speakers_unknown(tmp_path):
    text = CASES["cases"][0]["text"]
    assert set(roles(read_text(tmp_path, text, infer_roles=False)).values()) == {("unknown", False)}


def test_the_option_wins_over_what_is_said(tmp_path):
    text = CASES["cases"][0]["text"]
    found = roles(read_text(tmp_path, text, agent_speaker="Speaker 2"))
    assert found == {"Speaker 2": ("agent", False), "Speaker 1": ("customer", False)}


def test_a_role_word_wins_and_the_other_person_is_not_inferred(tmp_path):
    text = (
        "Speaker 1: hi, I'm calling about my bill\nAgent: Thank you for calling, how can I help?\n"
    )
    found = roles(read_text(tmp_path, text))
    assert found == {"Speaker 1": ("customer", False), "Agent": ("agent", False)}


def test_a_customer_label_makes_the_one_other_person_the_agent(tmp_path):
    text = "spk_0: hello\nลูกค้า: สวัสดีค่ะ\nspk_0: ok\n"
    assert roles(read_text(tmp_path, text)) == {
        "spk_0": ("agent", False),
        "ลูกค้า": ("customer", False),
    }


def test_caption_voices_are_inferred_too(tmp_path):
    vtt = (
        "WEBVTT\n\n00:00:00.000 --> 00:00:03.000\n"
        "<v Speaker 1>Thank you for calling Example Bank, how can I help?</v>\n\n"
        "00:00:03.500 --> 00:00:06.000\n<v Speaker 2>Hi, I'd like to block my card.</v>\n"
    )
    found = roles(read_text(tmp_path, vtt, name="call.vtt"))
    assert found == {"Speaker 1": ("agent", True), "Speaker 2": ("customer", True)}


def test_inferred_roles_reach_the_findings(tmp_path):
    from ccaudit.pii import Detector

    text = CASES["cases"][0]["text"] + "Speaker 2: my card is 4532 0151 1283 0366\n"
    conversation = read_text(tmp_path, text)
    (card,) = [f for f in Detector().scan(conversation) if f.entity_type == "CREDIT_CARD"]
    assert (card.speaker, card.speaker_inferred) == ("customer", True)
    assert card.as_dict()["speaker_inferred"] is True


def test_check_results_say_when_the_roles_were_inferred(tmp_path):
    from ccaudit.adherence import Checker, load_packs
    from ccaudit.adherence.resolve import resolve_pack_paths

    checker = Checker(load_packs(resolve_pack_paths(("en-support",))))
    text = CASES["cases"][0]["text"]
    inferred = checker.check(read_text(tmp_path, text), [])
    applicable = [r for r in inferred if r.status != "not_applicable"]
    assert applicable
    assert all(
        r.reason.endswith(" (speaker roles inferred from what was said)") for r in applicable
    )
    labelled = text.replace("Speaker 1:", "Agent:").replace("Speaker 2:", "Customer:")
    stated = checker.check(read_text(tmp_path, labelled, name="labelled.txt"), [])
    assert [r.status for r in stated] == [r.status for r in inferred]
    assert not any("inferred" in r.reason for r in stated)


def test_a_recorded_message_before_two_unnamed_people_is_the_ivr(tmp_path):
    text = (
        "spk_0: thanks for calling harbour energy. please hold while we connect you\n"
        "spk_1: hello, harbour energy, you're speaking with mo, how can I help?\n"
        "spk_2: hi, my meter reading looks wrong\n"
        "spk_1: could I have your account number please?\n"
        "spk_2: it's 7781 2290\n"
    )
    assert roles(read_text(tmp_path, text)) == {
        "spk_0": ("ivr", True),
        "spk_1": ("agent", True),
        "spk_2": ("customer", True),
    }


def test_a_thai_recorded_message_that_asks_for_a_key_is_the_ivr(tmp_path):
    text = (
        "ผู้พูด 1: ขอบคุณที่โทรหาบริษัทพลังดี สำหรับภาษาไทยกดหนึ่ง\n"
        "ผู้พูด 2: ฮัลโหลค่ะ\n"
        "ผู้พูด 3: สวัสดีครับ บริษัทพลังดีครับ ผมต้นรับสายครับ\n"
        "ผู้พูด 2: โทรมาสอบถามค่าไฟค่ะ\n"
    )
    assert roles(read_text(tmp_path, text)) == {
        "ผู้พูด 1": ("ivr", True),
        "ผู้พูด 2": ("customer", True),
        "ผู้พูด 3": ("agent", True),
    }


@pytest.mark.parametrize("why", ["เพื่อพัฒนาคุณภาพการให้บริการ", "เพื่อคุณภาพการบริการ"])
def test_a_thai_recorded_message_that_says_why_it_records_is_the_ivr(tmp_path, why):
    text = (
        f"Speaker 1: ขอบคุณที่โทรหาสายฟ้าโมบาย {why} การสนทนาอาจถูกบันทึกไว้ค่ะ\n"
        "Speaker 2: สวัสดีค่ะ ชื่อฝนนะคะ ยินดีให้บริการค่ะ\n"
        "Speaker 3: ค่ะ บิลเดือนนี้ขึ้นมาเกือบเก้าร้อย\n"
        "Speaker 2: ค่ะ ขอเบอร์ที่ลงทะเบียนไว้ด้วยค่ะ\n"
    )
    assert roles(read_text(tmp_path, text)) == {
        "Speaker 1": ("ivr", True),
        "Speaker 2": ("agent", True),
        "Speaker 3": ("customer", True),
    }


def test_a_thai_recorded_message_that_asks_the_caller_to_wait_is_the_ivr(tmp_path):
    text = (
        "Speaker 1: การไฟฟ้าเมืองหลวง เพื่อรักษาคุณภาพการบริการ การสนทนานี้อาจมีการบันทึกเสียง"
        " กรุณารอสักครู่\n"
        "Speaker 2: การไฟฟ้าเมืองหลวง สวัสดีครับ\n"
        "Speaker 3: สวัสดีค่ะ ที่บ้านไฟดับตั้งแต่บ่ายโมงแล้วค่ะ\n"
        "Speaker 2: ครับ ขออนุญาตตรวจสอบพื้นที่นะครับ\n"
        "Speaker 2: มีเรื่องอื่นให้ช่วยอีกไหมครับ\n"
    )
    assert roles(read_text(tmp_path, text)) == {
        "Speaker 1": ("ivr", True),
        "Speaker 2": ("agent", True),
        "Speaker 3": ("customer", True),
    }


def test_a_first_speaker_who_talks_again_later_is_not_a_recording(tmp_path):
    text = (
        "Speaker 1: please hold, connecting you now\n"
        "Speaker 2: hello?\n"
        "Speaker 3: hi, thanks for calling, how can I help?\n"
        "Speaker 1: sorry, one more thing\n"
    )
    assert set(roles(read_text(tmp_path, text)).values()) == {("unknown", False)}


def test_a_call_handed_to_a_second_agent_keeps_one_customer(tmp_path):
    text = (
        "Speaker 1: good morning, you've reached Tidewater Bank, Ava speaking\n"
        "Speaker 2: hi, I need to dispute a charge\n"
        "Speaker 1: I'll put you through to our disputes team\n"
        "Speaker 2: ok\n"
        "Speaker 3: hello, thanks for waiting, I can see the charge on your card\n"
        "Speaker 2: great, it was never authorised\n"
    )
    assert roles(read_text(tmp_path, text)) == {
        "Speaker 1": ("agent", True),
        "Speaker 2": ("customer", True),
        "Speaker 3": ("agent", True),
    }


def test_a_speaker_named_only_by_name_beside_a_stated_customer_and_agent_is_an_agent(tmp_path):
    text = (
        "Priya: hello, Harbour Gas, Priya speaking, how can I help?\n"
        "Caller: hi, my meter reading looks wrong\n"
        "Priya: sorry to hear that, can I take your postcode for security?\n"
        "Caller: SW1 2AB\n"
        "Agent 2: thanks for waiting, I can see your last reading here\n"
        "Caller: great\n"
    )
    assert roles(read_text(tmp_path, text)) == {
        "Priya": ("agent", True),
        "Caller": ("customer", False),
        "Agent 2": ("agent", False),
    }


def test_a_speaker_named_only_by_name_who_sounds_like_a_caller_stays_unknown(tmp_path):
    text = (
        "Agent: thank you for calling Harbour Gas, how can I help?\n"
        "Customer: hi, my mum is here with me\n"
        "Mum: hello, I'm calling about my bill, I was charged twice\n"
        "Agent: I can see your bill here\n"
        "Mum: my bill should be forty pounds\n"
    )
    assert roles(read_text(tmp_path, text))["Mum"] == ("unknown", False)


def test_three_people_talking_over_each_other_stay_unknown(tmp_path):
    text = (
        "Speaker 1: thank you for calling, how can I help?\n"
        "Speaker 2: hi, I'm calling about my bill\n"
        "Speaker 3: thanks for holding, I can see your bill here\n"
        "Speaker 1: anything else today?\n"
        "Speaker 2: no thanks\n"
    )
    assert set(roles(read_text(tmp_path, text)).values()) == {("unknown", False)}


def test_no_infer_roles_leaves_a_recorded_message_unknown(tmp_path):
    text = (
        "spk_0: your call is important to us, please hold\n"
        "spk_1: thank you for calling, how can I help?\n"
        "spk_2: I'm calling about my order\n"
    )
    found = roles(read_text(tmp_path, text, infer_roles=False))
    assert set(found.values()) == {("unknown", False)}


def test_letters_other_than_a_and_c_are_bare_labels_with_inferred_roles(tmp_path):
    text = (
        "A: hi, I'm calling because my parcel never arrived\n"
        "B: hello, thanks for calling Quickship, Leo speaking. can I have your order number?\n"
        "A: QS-5521\n"
        "B: thanks. is there anything else I can help with?\n"
    )
    assert roles(read_text(tmp_path, text)) == {"A": ("customer", True), "B": ("agent", True)}
    unknown = roles(read_text(tmp_path, text, name="off.txt", infer_roles=False))
    assert set(unknown.values()) == {("unknown", False)}


def test_display_names_before_a_tab_have_roles_inferred_from_what_they_say(tmp_path):
    text = (
        "Sunny Mart\tสวัสดีค่ะ ยินดีให้บริการค่ะ\n"
        "pim.s\tสั่งของไปแล้วยังไม่ได้รับค่ะ\n"
        "Sunny Mart\tรบกวนขอเลขคำสั่งซื้อค่ะ\n"
        "pim.s\tSM-88231\n"
    )
    assert roles(read_text(tmp_path, text)) == {
        "Sunny Mart": ("agent", True),
        "pim.s": ("customer", True),
    }


UNLABELLED_CALL = (
    "good afternoon, Brightpath Energy, you're speaking with Nia\n"
    "hi, my gas bill looks far too high\n"
    "sorry to hear that. could I have your account number?\n"
    "it's 40021877\n"
    "thanks. I can see an estimated reading in March\n"
    "oh, I never sent one in\n"
    "I'll book a meter reading for you. anything else today?\n"
    "no, that's all\n"
    "(line goes quiet)\n"
)


def line_roles(conversation: Conversation) -> list[tuple[str, bool]]:
    return [(t.role, t.role_inferred) for t in conversation.turns]


def test_unlabelled_lines_that_clearly_alternate_get_inferred_roles(tmp_path):
    found = line_roles(read_text(tmp_path, UNLABELLED_CALL))
    assert found == [("agent", True), ("customer", True)] * 4 + [("unknown", False)]


def test_unlabelled_thai_asr_lines_alternate_with_the_customer_first(tmp_path):
    text = (
        "ฮัล โหล ครับ\n"
        "สวัสดี ค่ะ ประปา เมือง ใหม่ ค่ะ ดิฉัน รัตนา รับ สาย ค่ะ\n"
        "น้ำ ไม่ ไหล มา สอง วัน แล้ว ครับ\n"
        "ขอ หมายเลข ผู้ ใช้ น้ำ ด้วย ค่ะ\n"
        "หนึ่ง สอง สาม สี่ ห้า ครับ\n"
        "ค่ะ ทาง เรา จะ ส่ง ช่าง ไป ภายใน วัน นี้ ค่ะ มี อะไร ให้ ช่วย เพิ่มเติม ไหม คะ\n"
    )
    found = line_roles(read_text(tmp_path, text))
    assert found == [("customer", True), ("agent", True)] * 3


def test_unlabelled_thai_lines_whose_agent_asks_for_a_registered_number_and_anything_else(
    tmp_path,
):
    text = (
        "การประปาเมืองใหม่ค่ะ\n"
        "ค่ะ น้ำบ้านไม่ไหลตั้งแต่เช้าค่ะ\n"
        "ขอเลขผู้ใช้น้ำค่ะ\n"
        "55012 ค่ะ\n"
        "แล้วก็อีเมลที่ลงทะเบียนไว้ค่ะ\n"
        "nid at mail dot com ค่ะ\n"
        "ท่อแตกในซอยค่ะ ช่างกำลังซ่อม\n"
        "โอเคค่ะ\n"
        "มีเรื่องอื่นอีกไหมคะ\n"
        "ไม่มีค่ะ\n"
    )
    found = line_roles(read_text(tmp_path, text))
    assert found == [("agent", True), ("customer", True)] * 5


def test_unlabelled_lines_keep_unknown_roles_without_inference(tmp_path):
    found = line_roles(read_text(tmp_path, UNLABELLED_CALL, infer_roles=False))
    assert set(found) == {("unknown", False)}


def test_a_turn_over_two_lines_shifts_the_sides_once(tmp_path):
    lines = UNLABELLED_CALL.splitlines()
    wrapped = [*lines[:3], "and your postcode as well, please", *lines[3:]]
    wrapped[5] = "thank you for holding. I can see an estimated reading"
    found = line_roles(read_text(tmp_path, "\n".join(wrapped) + "\n"))
    agent, customer = ("agent", True), ("customer", True)
    assert found == [agent, customer, agent, agent] + [customer, agent] * 2 + [customer] + [
        ("unknown", False)
    ]


def test_a_second_caller_taking_the_phone_shifts_the_sides_and_unplaced_lines_are_nobodys(
    tmp_path,
):
    text = (
        "สวัสดี ค่ะ การ ไฟฟ้า ส่วน ภูมิภาค ยินดี ให้ บริการ ค่ะ\n"
        "ไฟ ดับ ทั้ง ซอย ครับ\n"
        "ขอ ทราบ ชื่อ ผู้ ใช้ ไฟ ค่ะ\n"
        "เป็น ชื่อ ยาย ครับ เดี๋ยว ให้ ยาย คุย\n"
        "ฮัลโหล\n"
        "ขอ เลข ผู้ ใช้ ไฟ ด้วย ค่ะ คุณ ยาย\n"
        "สาม สอง หนึ่ง จ้ะ\n"
        "ช่าง จะ ไป ตรวจสอบ ให้ ภายใน สอง ชั่วโมง ค่ะ\n"
        "จ้ะ\n"
    )
    found = [role for role, _ in line_roles(read_text(tmp_path, text))]
    assert (
        found
        == ["agent", "customer", "agent", "unknown", "unknown"]
        + [
            "agent",
            "customer",
        ]
        * 2
    )


def test_agent_cues_on_both_sides_twice_over_leave_everyone_unknown(tmp_path):
    lines = UNLABELLED_CALL.splitlines()
    shifted = [lines[0], lines[2], *lines[1:2], *lines[3:6], lines[6], "anything else today?"]
    shifted += [lines[7], "sorry to hear that, can I take your postcode?"]
    found = line_roles(read_text(tmp_path, "\n".join(shifted) + "\n"))
    assert set(found) == {("unknown", False)}


def test_a_few_unlabelled_lines_are_too_little_to_go_on(tmp_path):
    short = "".join(UNLABELLED_CALL.splitlines(keepends=True)[:4])
    assert set(line_roles(read_text(tmp_path, short))) == {("unknown", False)}


def test_an_unlabelled_note_is_prose_not_a_dialogue(tmp_path):
    found = line_roles(read_text(tmp_path, UNLABELLED_CALL, name="call-notes.md"))
    assert set(found) == {("unknown", False)}


def test_unlabelled_text_far_longer_than_a_call_is_not_read_as_one(tmp_path):
    from ccaudit.ingest.role_inference import MAX_ALTERNATING_LINES

    lines = UNLABELLED_CALL.splitlines()[:8]
    long_text = "\n".join(lines * (MAX_ALTERNATING_LINES // len(lines) + 1)) + "\n"
    assert set(line_roles(read_text(tmp_path, long_text))) == {("unknown", False)}
    fitting = "\n".join(lines * (MAX_ALTERNATING_LINES // len(lines))) + "\n"
    assert ("agent", True) in set(line_roles(read_text(tmp_path, fitting, name="fits.txt")))


def test_a_welcome_and_a_recording_notice_alone_at_the_start_is_the_ivr(tmp_path):
    text = (
        "Speaker 0: welcome to Lakeside Water. calls are recorded\n"
        "Speaker 1: Lakeside Water, Priya speaking, how can I help?\n"
        "Speaker 2: hi, I'm calling about a leak outside my house\n"
    )
    assert roles(read_text(tmp_path, text)) == {
        "Speaker 0": ("ivr", True),
        "Speaker 1": ("agent", True),
        "Speaker 2": ("customer", True),
    }
    welcome_only = text.replace("welcome to Lakeside Water. calls are recorded", "welcome")
    found = roles(read_text(tmp_path, welcome_only, name="welcome.txt"))
    assert set(found.values()) == {("unknown", False)}


def test_an_unnamed_recording_before_labelled_people_is_the_ivr(tmp_path):
    text = (
        "spk_0: for billing press one, for faults press two\n"
        "Agent: faults desk, Omar speaking\n"
        "Customer: my line is dead\n"
    )
    assert roles(read_text(tmp_path, text)) == {
        "spk_0": ("ivr", True),
        "Agent": ("agent", False),
        "Customer": ("customer", False),
    }


def test_a_hotline_staff_label_with_its_number_and_a_citizen_caller_in_a_chat(tmp_path):
    text = (
        "ประชาชน: ท่อระบายน้ำหน้าบ้านอุดตันค่ะ\n"
        "เจ้าหน้าที่ 1111: สวัสดีครับ รับเรื่องครับ ขอที่อยู่ด้วยครับ\n"
        "ประชาชน: ซอยร่มเย็น 4\n"
        "เจ้าหน้าที่ 1111: ส่งเรื่องให้เขตแล้วครับ\n"
        "[ผู้ใช้ออกจากการสนทนา]\n"
    )
    conversation = read_text(tmp_path, text)
    assert roles(conversation) == {
        "ประชาชน": ("customer", False),
        "เจ้าหน้าที่ 1111": ("agent", False),
    }
    assert conversation.channel == "chat"


def test_unlabelled_lines_with_one_line_that_sounds_like_the_other_side_still_alternate(
    tmp_path,
):
    lines = UNLABELLED_CALL.splitlines()
    lines[1] = "hi, sorry to hear you're busy, my bill is wrong"
    found = line_roles(read_text(tmp_path, "\n".join(lines) + "\n"))
    assert found == [("agent", True), ("customer", True)] * 4 + [("unknown", False)]


def test_unlabelled_lines_whose_stray_lines_on_both_sides_are_outweighed_still_alternate(
    tmp_path,
):
    text = (
        "การไฟฟ้าสวัสดีค่ะ จิราพรรับสายค่ะ ยินดีให้บริการค่ะ\n"
        "ฮัลโหลครับ ไฟดับตั้งแต่ตีสองแล้วครับ\n"
        "ค่ะ รบกวนแจ้งตำบลอำเภอด้วยค่ะ\n"
        "ตำบลบางคูวัดครับ\n"
        "ค่ะ ทีมช่างกำลังเดินทางไปค่ะ\n"
        "อ่อครับ ขอเลขรับแจ้งไว้ได้ไหม\n"
        "ได้ค่ะ ถ้าไฟยังไม่มาโทรแจ้ง 1129 ได้ค่ะ\n"
        "ครับ ขอบคุณครับ\n"
        "ขอบคุณที่แจ้งเข้ามานะคะ สวัสดีค่ะ\n"
    )
    found = line_roles(read_text(tmp_path, text))
    assert found == [("agent", True), ("customer", True)] * 4 + [("agent", True)]


def test_unlabelled_lines_opened_by_a_full_agent_greeting_alternate(tmp_path):
    text = (
        "สวัสดีค่ะ บางกอกแคร์ฮอสพิทอลค่ะ ดิฉันแนนค่ะ สายนี้มีการบันทึกเสียงนะคะ\n"
        "ครับ อยากถามราคาแพ็กเกจตรวจสุขภาพประจำปีครับ\n"
        "มีสามแพ็กเกจค่ะ เบสิก สแตนดาร์ด และพรีเมียมค่ะ\n"
        "พรีเมียมมีอะไรบ้างครับ\n"
        "ตรวจหัวใจและมะเร็งเพิ่มค่ะ\n"
        "โอเคครับ\n"
    )
    found = line_roles(read_text(tmp_path, text))
    assert found == [("agent", True), ("customer", True)] * 3


@pytest.mark.parametrize(
    "said",
    ["i called the bank", "its for my mobile", "ประปาไม่ไหลค่ะ", "ธนาคารโทรมาค่ะ", "ห้า ศูนย์ ค่ะ"],
)
def test_a_customer_naming_an_organisation_or_reading_digits_does_not_sound_like_an_agent(said):
    assert agent_score(said) <= 0


@pytest.mark.parametrize(
    "said",
    [
        "is this your mobile number ending 22",
        "is that the credit card ending 4411",
        "โอนมาจากธนาคารกสิกรใช่ไหมคะ",
    ],
)
def test_an_agent_checking_a_detail_does_not_sound_like_a_caller_asking_who_answered(said):
    assert agent_score(said) >= 0


@pytest.mark.parametrize(
    "said",
    [
        "มีเรื่องอื่นให้ช่วยอีกไหมครับ",
        "การไฟฟ้าเมืองหลวง สวัสดีครับ",
        "สวัสดีครับ PrimeCard Thailand ครับ ผม Tee ครับ",
        "ได้ครับ รบกวนเลขบัตรเครดิตครับ",
        "Hi! Thanks for messaging Zipline Telecom This is Ben.",
        "Anything else you'd like to know?",
        "Thanks for chatting with us, have a nice day!",
    ],
)
def test_an_agents_offer_answer_introduction_or_request_sounds_like_the_agent(said):
    assert agent_score(said) >= 2
