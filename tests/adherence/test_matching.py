"""Phrase matching that survives real speech: Thai segmentation, particles, ASR noise."""

import pytest
from concept_builders import bundled, matcher, phrases, said

from ccaudit.adherence.lexicon import Concept, ConceptError, Lexicon
from ccaudit.adherence.tokens import skeleton, turn_words, words

RECORDING = phrases("การสนทนานี้มีการบันทึกเสียง", "this call ... recorded")


def test_particles_and_fillers_are_dropped_as_words():
    assert words("เอ่อ สวัสดีค่ะ um hello นะคะ") == ["สวัสดี", "hello"]


def test_particle_letters_inside_a_word_survive():
    assert "คะแนน" in "".join(words("คะแนนสะสมของคุณ"))


def test_number_words_are_digits_in_thai_and_english():
    assert words("last four digits") == words("last 4 digits")
    assert words("สามตัวหลังบัตร") == words("3 ตัวหลังบัตร")


@pytest.mark.parametrize(
    "turn",
    [
        "การสนทนานี้มีการบันทึกเสียงค่ะ",
        "เอ่อ การสนทนานี้ มีการบันทึกเสียง นะคะ",
        "การสนทนานี้มีการบนทึกเสยง",  # ASR dropped vowel and tone marks
        "การสนทนานี้มีการบันทึกเสียง\u200bเพื่อคุณภาพ",
        "การสนทนาน้ีมีการบันทึกเสียง",  # tone mark typed before the vowel
        "THIS CALL IS BEING RECORDED",
        "um this call uh is recorded for quality",
        "this call is recordd",  # a one-letter ASR slip is corrected to the lexicon's word
    ],
)
def test_recording_disclosure_variants_match(turn):
    assert said(RECORDING, turn)


@pytest.mark.parametrize(
    "turn", ["สวัสดีค่ะ ธนาคารสยามไทย", "we record nothing on this call", "บันทึกข้อความ"]
)
def test_unrelated_turns_do_not_match(turn):
    assert not said(RECORDING, turn)


def test_thai_letters_that_sound_alike_match():
    assert skeleton("ขอบคุณ") == skeleton("ขอบคุน")
    assert said(phrases("ขอบคุณที่ติดต่อ"), "ขอบคนที่ติดต่อมาครับ")


def test_latin_phrase_must_sit_on_word_edges():
    assert not said(phrases("pin"), "spinning wheel")
    assert said(phrases("pin"), "your PIN please")


def test_latin_phrase_may_end_in_an_inflection():
    assert said(phrases("calls ... record"), "calls are recorded")
    assert not said(phrases("pin"), "pinball")


def test_short_thai_phrase_must_sit_on_word_edges():
    assert not said(phrases("ขอ ... otp"), "ขอบคุณค่ะ ธนาคารไม่ถาม OTP")
    assert said(phrases("ขอ ... otp"), "ขอรหัส OTP ด้วยค่ะ")


def test_gap_parts_must_come_in_order_and_close_together():
    assert not said(phrases("call ... recorded"), "recorded call")
    far = "call " + "la " * 12 + "recorded"
    assert not said(phrases("call ... recorded"), far)


def test_near_concepts_match_in_either_order():
    m = matcher(
        Concept("ask", phrases=("ขอ", "can you read out")),
        Concept("secret", phrases=("cvc", "password", "รหัสเข้าระบบ")),
        Concept("x", near=("ask", "secret"), span=4),
    )
    assert said(m, "ขอ CVC ของบัตรด้วยครับ")
    assert said(m, "can you read out your password for me?")
    assert said(m, "password ... can you read out")
    assert not said(m, "can you read out the address on the statement we sent you password")


def test_a_warning_cue_turns_a_request_into_a_warning():
    m = matcher(
        Concept("ask", phrases=("ขอ", "what is")),
        Concept("secret", phrases=("cvv", "otp")),
        Concept("warning", phrases=("อย่า", "never")),
        Concept("x", near=("ask", "secret"), unless=("warning",)),
    )
    assert not said(m, "ถ้ามีคนขอ CVV อย่าให้นะคะ")
    assert said(m, "ขอ CVV ด้วยค่ะ")
    assert said(m, "We never share it. What is your OTP?")  # the warning is another sentence


def test_name_slot_takes_a_word_that_is_not_common():
    m = bundled("self_introduction")
    assert m.hits("hi my name is dana", "self_introduction")
    assert m.hits("Siam Horizon Card, Ice speaking.", "self_introduction")
    assert not m.hits("my name is the same as my father's", "self_introduction")
    assert not m.hits("hi good morning who am i speaking with", "self_introduction")


def test_variables_expand_and_fall_back_when_empty():
    lexicon = Lexicon(
        {
            "org": Concept("org", phrases=("{org}",), otherwise=("any_org",)),
            "any_org": Concept("any_org", phrases=("welcome to {name}",)),
        },
        {"org": "the organisation"},
    )
    configured = matcher(lexicon=lexicon, values={"org": ("Northwind Bank",)})
    assert configured.hits("northwind bank hello", "org")
    assert not configured.hits("welcome to contoso", "org")
    generic = matcher(lexicon=lexicon, values={"org": ()})
    assert generic.hits("welcome to contoso", "org")


def test_unknown_variable_and_cycles_are_refused():
    with pytest.raises(ConceptError, match="unknown variable"):
        phrases("thank you for calling {ogr}")
    looping = Lexicon({"a": Concept("a", any=("b",)), "b": Concept("b", any=("a",))})
    with pytest.raises(ConceptError, match="refers to itself"):
        matcher(lexicon=looping)


@pytest.mark.parametrize(
    ("turn", "account_talk"),
    [
        ("Your bill is forty two dollars.", True),
        ("Your order shipped on the 3rd.", True),
        ("You can pay your bill online or in the app.", False),
        ("Can I have the phone number on your account?", False),
        ("Our plans start at ten dollars a month.", False),
        ("ยอดค้างชำระของคุณลูกค้าคือสามพันบาทค่ะ", True),
        ("ลองทำรายการใหม่อีกครั้งนะคะ", False),
        ("ดอกเบี้ยเงินฝากประจำหนึ่งจุดห้าเปอร์เซ็นต์ค่ะ", False),
    ],
)
def test_account_talk_is_about_this_customers_account(turn, account_talk):
    assert bool(bundled("account_detail").hits(turn, "account_detail")) is account_talk


def _units(text: str) -> list[tuple[str, bool]]:
    """Each unit of a turn as its written words, and whether it ends at a pause."""
    split = turn_words(text)
    return [
        (
            " ".join(w for w, u in zip(split.written, split.units, strict=True) if u == unit),
            unit in split.closed,
        )
        for unit in dict.fromkeys(split.units)
    ]


def test_units_end_at_particles_commas_and_thai_spaces():
    assert _units("สวัสดีครับ ศรีนครประกันภัย ก้องครับ")[-1] == ("ก้อง", True)
    assert _units("Morning, Harbour Credit Union, Priya.")[-1] == ("priya", True)
    # A Thai space ends a unit, but only a pause closes it.
    assert _units("ธนาคารออมทรัพย์ไทย วรรณา ยินดีให้บริการค่ะ")[1] == ("วรรณา", False)


def test_spaced_out_asr_joins_a_given_name_and_only_pauses_end_units():
    assert _units("สวัส ดี ค่ะ ธนาคาร ออม ทรัพย์ ไทย ค่ะ วรร ณา ค่ะ")[-1] == ("วรรณา", True)
    assert words("ดิฉันสมศรีค่ะ") == ["ดิฉัน", "สมศรี"]  # newmm cuts สม|ศรี
    assert words("ดิฉันปภาวรินทร์ค่ะ") == ["ดิฉัน", "ปภาวรินทร์"]  # cut in four: ป|ภาว|ริ|นทร์


def test_spaced_out_asr_joins_the_syllables_of_a_dictionary_word():
    assert words("สวัส ดี ค่ะ ขอ อนุ ญาต บัน ทึก เสียง สน ทนา นะ คะ")[:2] == ["สวัสดี", "ขออนุญาต"]
    assert "สนทนา" in words("สวัส ดี ค่ะ ขอ อนุ ญาต บัน ทึก เสียง สน ทนา นะ คะ")
    # Two words that are words on their own stay two (ผม "I", เจมส์ a name).
    assert words("สวัสดี ครับ ผม เจมส์ ครับ ยินดี ให้ บริการ")[1:3] == ["ผม", "เจมส์"]


def test_alone_is_a_name_said_between_pauses():
    alone = phrases("{alone}")
    assert said(alone, "ก้องครับ")
    assert said(alone, "thanks, Priya.")
    # วรรณา's unit ends at a space, not at a pause: more follows.
    assert all(hit.start > 0 for hit in alone.hits("วรรณา ยินดีให้บริการค่ะ", "x"))
    assert not said(alone, "four.")  # a number


def test_alone_stands_as_a_phrase_part_of_its_own():
    with pytest.raises(ConceptError):
        phrases("ดิฉัน{alone}")


@pytest.mark.parametrize(
    "turn",
    [
        "สวัสดีครับ ศรีนครประกันภัย ก้องครับ",
        "สวัส ดี ค่ะ ธนาคาร ออม ทรัพย์ ไทย ค่ะ วรร ณา ค่ะ",
        "Morning, Harbour Credit Union, Priya.",
    ],
)
def test_a_bare_name_after_the_organisation_introduces_the_agent(turn):
    assert said(bundled("agent_introduction"), turn, "agent_introduction")


@pytest.mark.parametrize(
    "turn",
    [
        "สวัสดีค่ะ ธนาคารออมทรัพย์ไทยค่ะ รอสักครู่นะคะ",
        "สวัสดีครับ ธนาคารออมทรัพย์ไทย สาขาบางรักครับ",
        "สวัสดีค่ะ ธนาคารออมทรัพย์ไทยค่ะ คุณสมชายใช่ไหมคะ",
        "Good evening, Harbour Credit Union, how can I help?",
    ],
)
def test_what_follows_the_organisation_is_not_always_a_name(turn):
    assert not said(bundled("agent_introduction"), turn, "agent_introduction")


@pytest.mark.parametrize(
    "turn",
    [
        "สวัสดีค่ะ ยินดีให้บริการค่ะ เชิญค่ะ",
        "สวัสดีครับ ยินดีให้บริการครับ แป๊บนึงครับ",
        "hello ค่ะ โอเคค่ะ",
    ],
)
def test_a_reply_word_said_alone_after_a_greeting_is_no_name(turn):
    assert not said(bundled("agent_introduction"), turn, "agent_introduction")


@pytest.mark.parametrize("turn", ["Perfect.", "Mhm.", "อ๋อ ค่ะ", "รับทราบค่ะ"])
def test_a_turn_that_opens_with_a_reply_word_names_no_organisation(turn):
    assert not said(bundled("name_organisation"), turn, "name_organisation")


@pytest.mark.parametrize("turn", ["DealDee ค่ะ", "UOC Card Center ค่ะ", "ลีสซิ่งไทยทวีค่ะ"])
def test_a_turn_that_opens_with_a_brand_names_the_organisation(turn):
    assert said(bundled("name_organisation"), turn, "name_organisation")


def test_a_greeting_then_a_brand_with_a_particle_names_the_organisation():
    assert said(bundled("name_organisation"), "hello ค่ะ Siam Fresh Online ค่ะ", "name_organisation")
    assert not said(bundled("name_organisation"), "hello ค่ะ โอเคค่ะ", "name_organisation")
