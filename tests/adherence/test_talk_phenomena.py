"""How agents really talk, beyond the wordings the packs were first written for: account talk
with words in between, verification by contact details on the booking, warnings phrased as
"if you get a text ...", codes approved in the app, names given after ชื่อ, calls that drop.

Each call is checked as `ccaudit check` checks it (see test_issue13_misses.verdicts).
"""

import pytest
from adherence_builders import call
from test_issue13_misses import verdicts


def _after_greeting(*turns):
    return call(("agent", "Hello, Brightwater Energy, how can I help?"), ("customer", "hi"), *turns)


@pytest.mark.parametrize(
    "account_talk",
    [
        "Okay, I've now suspended the line so nobody can use it.",
        "Right, I have just gone ahead and reversed that fee.",
        "Fine, your household energy account shows two missed payments.",
        "I've got you here, two adults flying out on the ninth.",
        "Your new premium is forty pounds a month from June.",
        "It's showing as paid but not yet cleared.",
    ],
)
def test_english_account_talk_with_words_in_between(account_talk):
    c = _after_greeting(("agent", account_talk))
    assert verdicts(c)["verify-before-account-change"] == "fail"


@pytest.mark.parametrize(
    "general",
    [
        "Bags on the basic fare cost thirty each if you add them online.",
        "May I have the reference and the surname on the booking, please?",
        "The app has a section where you can see the fees for every plan.",
    ],
)
def test_general_talk_and_requests_are_not_account_talk(general):
    c = _after_greeting(("agent", general))
    assert verdicts(c)["verify-before-account-change"] == "not_applicable"


@pytest.mark.parametrize(
    "check",
    [
        "Could I take the email address you have on the reservation?",
        "And the billing postcode, please?",
        "What's the zip code on file for you?",
        "For security, can you answer your secret question?",
    ],
)
def test_verification_by_contact_details_and_security_questions(check):
    c = _after_greeting(
        ("agent", check),
        ("customer", "sure"),
        ("agent", "Thanks. I've now blocked the card."),
    )
    assert verdicts(c)["verify-before-account-change"] == "pass"


@pytest.mark.parametrize(
    "account_talk",
    [
        "คุณลูกค้ามีนัดตรวจตาวันศุกร์บ่ายสองค่ะ",
        "ผลการตรวจไขมันออกมาแล้วค่ะ อยู่ที่สองร้อยสิบ",
        "เงินต้นคงเหลือแปดหมื่นบาท งวดถัดไปวันที่ห้าค่ะ",
        "ที่ติดตั้งซอยสุขใจ ระบบขึ้นว่าสัญญาณขาดค่ะ",
    ],
)
def test_thai_account_talk_of_hospitals_lenders_and_telcos(account_talk):
    c = call(("agent", "สวัสดีค่ะ"), ("customer", "สอบถามค่ะ"), ("agent", account_talk))
    assert verdicts(c)["verify-before-account-details"] == "fail"


def test_a_word_of_the_organisations_name_is_not_account_talk():
    c = call(("agent", "สวัสดีค่ะ ไทยคุ้มครองประกันชีวิตค่ะ"), ("customer", "สอบถามค่ะ"))
    assert verdicts(c)["verify-before-account-details"] == "not_applicable"


def test_a_bare_match_after_the_check_confirms_the_caller():
    c = call(
        ("agent", "ขอชื่อและเบอร์ที่ให้ไว้กับทางร้านค่ะ"),
        ("customer", "ค่ะ"),
        ("agent", "ตรงกันค่ะ เดือนนี้ใช้ไปสามร้อยหน่วยค่ะ"),
    )
    assert verdicts(c)["verify-before-account-details"] == "pass"


@pytest.mark.parametrize(
    "warning",
    [
        "ถ้ามีข้อความมาขอรหัส OTP ที่คุณไม่ได้ทำเอง ห้ามบอกใครนะคะ",
        "หากได้รับ SMS ขอรหัสผ่าน ให้ลบทิ้งได้เลยค่ะ",
        "If you get a text asking for your PIN, that is not us.",
    ],
)
def test_a_conditional_warning_is_not_a_request(warning):
    c = call(("agent", "สวัสดีค่ะ"), ("customer", "ค่ะ"), ("agent", warning))
    assert verdicts(c)["no-secret-request"] == "pass"


@pytest.mark.parametrize(
    "approve",
    [
        "ระบบส่งรหัสไปแล้ว รบกวนกดยืนยันรหัส OTP ในหน้าแอปด้วยตัวเองค่ะ",
        "We've pushed a code, please approve the OTP in your app.",
    ],
)
def test_approving_a_code_in_the_app_is_not_telling_the_agent(approve):
    c = call(("agent", "สวัสดีค่ะ"), ("customer", "ค่ะ"), ("agent", approve))
    assert verdicts(c)["no-secret-request"] == "pass"


def test_what_are_the_digits_on_the_back_is_a_request():
    c = call(("agent", "hi"), ("customer", "hi"), ("agent", "what are the 3 digits on the back?"))
    assert verdicts(c)["no-secret-request"] == "violation"


def test_typing_a_code_to_the_agent_is_still_a_request():
    c = call(("agent", "hello"), ("customer", "hi"), ("agent", "please type the OTP here ค่ะ"))
    assert verdicts(c)["no-secret-request"] == "violation"


def test_the_last_digits_of_a_social_security_number_are_no_secret():
    c = call(("agent", "Hi"), ("customer", "hi"), ("agent", "Can you tell me the last four of "
             "your social security number?"))  # fmt: skip
    assert verdicts(c)["no-secret-request"] == "pass"


@pytest.mark.parametrize(
    ("opening", "verdict"),
    [
        ("สวัสดีค่ะ ธนาคารรุ่งเรือง เจ้าหน้าที่ ชื่อ กานดา ค่ะ", "pass"),
        ("สวัสดีค่ะ Rungrueng Bank ค่ะ Agent ชื่อ Ning ค่ะ", "pass"),
        ("สวัสดีค่ะ รบกวนขอชื่อนามสกุลค่ะ", "fail"),
        ("สวัสดีค่ะ ขอเลขสมาชิกกับชื่อเจ้าของบัญชีค่ะ", "fail"),
    ],
)
def test_a_name_after_chue_introduces_the_agent_but_a_request_for_one_does_not(opening, verdict):
    c = call(("agent", opening), ("customer", "ค่ะ"))
    assert verdicts(c)["agent-introduction"] == verdict


def test_an_organisation_after_jak_in_a_chat_greeting():
    c = call(("agent", "สวัสดีค่ะคุณเมย์ แอดมินฝนจาก HappyMart ยินดีให้บริการค่ะ"), ("customer", "ค่ะ"))
    assert verdicts(c)["greeting"] == "pass"


@pytest.mark.parametrize(
    "ending",
    [
        ("system", "Customer has left the chat."),
        ("system", "ลูกค้าออกจากห้องแชทแล้ว"),
        ("customer", "hello? are you still there?"),
        ("customer", "ฮัลโหล ได้ยินไหมคะ"),
    ],
)
def test_a_call_or_chat_that_ends_before_the_close_excuses_it(ending):
    c = call(
        ("agent", "Hello, Brightwater Energy, how can I help?"),
        ("customer", "my meter"),
        ("agent", "let me look"),
        ending,
    )
    result = verdicts(c)
    assert result["offer-further-help"] == "not_applicable"
    assert result.get("closing", result.get("polite-close")) == "not_applicable"


@pytest.mark.parametrize(
    "opening",
    [
        "Thanks for getting in touch with Larkspur Utilities, I'm Omar from Larkspur.",
        "hiya thanks for ringing Pennant Telecom you've got Josie",
        "ขอบคุณที่ทักมาที่ร้านบ้านขนมค่ะ แอดมินจอยดูแลนะคะ",
    ],
)
def test_greetings_and_introductions_in_other_words(opening):
    result = verdicts(call(("agent", opening), ("customer", "hi")))
    assert result["greeting"] == "pass"
    assert result["agent-introduction"] == "pass"


@pytest.mark.parametrize(
    "offer",
    ["Will that be all for today?", "Any other concerns I can sort out?", "ให้ช่วยเรื่องอื่นอีกไหมคะ"],
)
def test_offers_of_further_help_in_other_words(offer):
    c = call(("agent", "hello"), ("customer", "thanks"), ("agent", offer))
    result = verdicts(c)
    assert result["offer-further-help"] == "pass"


@pytest.mark.parametrize(
    "notice",
    [
        "Hi, Pennant Telecom, we're recording this call for training.",
        "สวัสดีค่ะ ขออนุญาตบันทึกการโทรนะคะ",
    ],
)
def test_recording_notices_in_other_words(notice):
    assert verdicts(call(("agent", notice), ("customer", "ok")))["recording-disclosure"] == "pass"


@pytest.mark.parametrize(
    "account_talk",
    [
        "Our records show two payments missed since May.",
        "It looks like the transfer was charged twice.",
        "ข้อมูลในระบบแจ้งว่าถูกหักค่าธรรมเนียมสองครั้งค่ะ",
        "บัตรของลูกค้าตัดบัตรไปเมื่อวานค่ะ",
    ],
)
def test_what_the_records_show_is_account_talk(account_talk):
    c = call(("agent", "hello"), ("customer", "hi"), ("agent", account_talk))
    result = verdicts(c)
    rule = "verify-before-account-change"
    assert result.get(rule, result.get("verify-before-account-details")) == "fail"


def test_keeping_a_code_safe_is_a_warning_but_asking_who_else_has_it_is_not():
    warning = call(("agent", "hi"), ("customer", "ok"), ("agent", "Keep your PIN safe and secret."))
    assert verdicts(warning)["no-secret-request"] == "pass"
    request = call(("agent", "hi"), ("customer", "ok"), ("agent", "To be sure nobody has it, "
                   "what's the PIN?"))  # fmt: skip
    assert verdicts(request)["no-secret-request"] == "violation"


def test_a_hospital_named_after_a_person_is_not_the_agent_introducing_themselves():
    c = call(("agent", "สวัสดีค่ะ โรงพยาบาลบ้านสมศรียินดีให้บริการค่ะ"), ("customer", "ค่ะ"))
    assert verdicts(c)["agent-introduction"] == "fail"


@pytest.mark.parametrize(
    ("opening", "verdict"),
    [
        ("Good evening, Zentro customer services, how can I help?", "pass"),
        ("Good evening, customer services, how can I help?", "fail"),
        ("สวัสดีค่ะ ศูนย์บริการลูกค้าเนตรนภาค่ะ", "pass"),
        ("สวัสดีค่ะ ฝ่ายบริการลูกค้าบัตรเครดิตค่ะ", "fail"),
    ],
)
def test_a_department_names_the_organisation_only_with_a_name(opening, verdict):
    assert verdicts(call(("agent", opening), ("customer", "hi")))["greeting"] == verdict


def test_a_monitoring_notice_and_a_run_through_security():
    c = _after_greeting(
        ("agent", "This conversation is being monitored. I'll just run through security."),
        ("customer", "ok"),
        ("agent", "There are two transactions from last night."),
    )
    result = verdicts(c)
    assert result["recording-disclosure"] == "pass"
    assert result["verify-before-account-change"] == "pass"


def test_thank_you_for_calling_the_organisation():
    c = call(
        ("agent", "hello, thanks for calling the Lakeside Parking Authority"), ("customer", "hi")
    )
    assert verdicts(c)["greeting"] == "pass"


@pytest.mark.parametrize(
    "request_",
    ["and the passcode you chose when you signed up", "แล้วก็รหัส ATM ด้วยค่ะ"],
)
def test_a_secret_asked_for_by_naming_it_next(request_):
    c = call(("agent", "hello"), ("customer", "hi"), ("agent", request_))
    assert verdicts(c)["no-secret-request"] == "violation"


@pytest.mark.parametrize(
    "account_talk",
    [
        "so there's a balance of ninety dollars from March",
        "ผล ตรวจ ออก แล้ว ค่ะ ค่า cholesterol สูง นิด หน่อย",
        "คำ ร้อง ของ คุณ อนุมัติ แล้ว ครับ แต่ ยัง ไม่ ได้ ชำระ ค่า ธรรมเนียม",
    ],
)
def test_account_talk_in_asr_spacing_and_plain_english(account_talk):
    c = call(("agent", "hello สวัสดีค่ะ"), ("customer", "hi"), ("agent", account_talk))
    result = verdicts(c)
    rule = "verify-before-account-change"
    assert result.get(rule, result.get("verify-before-account-details")) == "fail"


def test_the_last_digits_asked_for_are_not_a_ticket():
    c = call(("agent", "สวัสดีค่ะ"), ("customer", "ค่ะ"), ("agent", "ขอเลขบัตรประชาชนสี่ตัวท้ายค่ะ"))
    assert verdicts(c)["verify-before-account-details"] == "not_applicable"


def test_a_match_with_the_system_confirms_the_caller():
    c = call(
        ("agent", "ขอเลขหนังสือเดินทางค่ะ"),
        ("customer", "ค่ะ"),
        ("agent", "ตรงกับระบบค่ะ ตั๋วของคุณลูกค้าเปลี่ยนเป็นวันศุกร์แล้วค่ะ"),
    )
    assert verdicts(c)["verify-before-account-details"] == "pass"


def test_a_broken_line_and_another_offer_wording():
    dropped = call(
        ("agent", "สวัสดีค่ะ"), ("customer", "ค่ะ"), ("agent", "ตอนนี้"), ("system", "[สัญญาณขาดหาย]")
    )
    assert verdicts(dropped)["offer-further-help"] == "not_applicable"
    offer = call(("agent", "สวัสดีค่ะ"), ("customer", "ค่ะ"), ("agent", "มีเรื่องไหนสงสัยเพิ่มอีกไหมคะ"))
    assert verdicts(offer)["offer-further-help"] == "pass"


def test_ivr_prompts_do_not_use_up_the_agents_opening():
    c = call(
        ("ivr", "Welcome. For billing, press 1."),
        ("ivr", "Please hold."),
        ("ivr", "Your call is important to us."),
        ("agent", "Hi, Example Water, this is Lou."),
        ("customer", "hi"),
        ("agent", "Sorry, I forgot: this call is recorded for quality."),
    )
    assert verdicts(c)["recording-disclosure"] == "pass"


@pytest.mark.parametrize(
    ("account_talk", "verdict"),
    [
        ("Okay, so the line was suspended on Friday.", "fail"),
        ("The policy lapsed in May as the premium wasn't paid.", "fail"),
        ("Refunds normally take a week to show.", "not_applicable"),
        ("คะแนนของคุณลูกค้ามีสองพันแต้มค่ะ", "fail"),
        ("แพ็กเกจปัจจุบันของคุณคือ 399 บาทค่ะ", "fail"),
    ],
)
def test_what_happened_to_their_account_and_general_talk(account_talk, verdict):
    c = call(("agent", "hello สวัสดีค่ะ"), ("customer", "hi"), ("agent", account_talk))
    result = verdicts(c)
    rule = "verify-before-account-change"
    assert result.get(rule, result.get("verify-before-account-details")) == verdict


@pytest.mark.parametrize("offer", ["ต้องการให้ช่วยเหลืออะไรเพิ่มเติมไหมครับ", "ยังมีข้อสงสัยอื่นอีกไหมคะ"])
def test_thai_offers_with_help_and_doubts(offer):
    c = call(("agent", "สวัสดีค่ะ"), ("customer", "ค่ะ"), ("agent", offer))
    assert verdicts(c)["offer-further-help"] == "pass"


def test_we_record_all_calls_is_a_notice():
    c = call(
        ("agent", "Hi, Example Gas. Just so you know, we record all calls."), ("customer", "ok")
    )
    assert verdicts(c)["recording-disclosure"] == "pass"


@pytest.mark.parametrize(
    "turns",
    [
        ("ขอเบอร์มือถือที่ register ไว้ค่ะ", "ค่ะ", "limit บัตรตอนนี้ 40,000 ค่ะ"),
        ("ขอ DOB ด้วยค่ะ", "ค่ะ", "บัตรโดน block ไว้ค่ะ เดี๋ยว unblock ให้นะคะ"),
    ],
)
def test_code_mixed_verification_then_account_talk(turns):
    check, answer, account_talk = turns
    c = call(("agent", check), ("customer", answer), ("agent", account_talk))
    assert verdicts(c)["verify-before-account-details"] == "pass"


@pytest.mark.parametrize(
    "said",
    [
        "I understand your card was declined, let me have a look.",
        "รับทราบค่ะ เรื่องบัตรหาย ดิฉันจะช่วยอายัดให้นะคะ",
    ],
)
def test_restating_the_problem_or_offering_to_act_is_not_account_talk(said):
    c = call(("agent", "hello สวัสดีค่ะ"), ("customer", "hi"), ("agent", said))
    result = verdicts(c)
    rule = "verify-before-account-change"
    assert result.get(rule, result.get("verify-before-account-details")) == "not_applicable"


def test_the_full_thai_name_of_the_id_card_and_a_check_that_checks_out():
    thai = call(
        ("agent", "ขอเลขบัตรประจำตัวประชาชนค่ะ"),
        ("customer", "ค่ะ"),
        ("agent", "ยอดค้างชำระสองพันบาทค่ะ"),
    )
    assert verdicts(thai)["verify-before-account-details"] == "pass"
    english = _after_greeting(
        ("agent", "Thanks, that all checks out. I've now cancelled the order."),
    )
    assert verdicts(english)["verify-before-account-change"] == "pass"


@pytest.mark.parametrize(
    ("agent_turn", "verdict"),
    [
        ("so that's 5500 1234 9876 4321, thanks", "violation"),
        ("reading back 4417 2230 9918 and the rest is hidden", "violation"),
        ("and the account number is 0201 2345 6789, right?", "pass"),
        ("ทวนเลขบัตรประชาชน 3 1020 00456 78 1 นะคะ", "pass"),
    ],
)
def test_card_digits_the_scan_cannot_confirm(agent_turn, verdict):
    c = call(("customer", "it's about my debit card"), ("agent", agent_turn))
    assert verdicts(c)["no-pan-read-back"] == verdict


@pytest.mark.parametrize(
    "account_talk",
    [
        "Your meter reading for June was estimated, I'm afraid.",
        "Right, the technician is booked for Thursday afternoon.",
        "So there's an outstanding amount of twelve pounds.",
        "Looks like the last direct debit bounced.",
        "We've received your claim form and photos.",
    ],
)
def test_english_account_talk_of_utilities_and_claims(account_talk):
    c = _after_greeting(("agent", account_talk))
    assert verdicts(c)["verify-before-account-change"] == "fail"


@pytest.mark.parametrize(
    "account_talk",
    [
        "มิเตอร์เดือนนี้จดได้สองร้อยหน่วยค่ะ",
        "ช่างจะเข้าไปเปลี่ยนสายวันอังคารค่ะ",
        "นัดตรวจครั้งถัดไปวันที่ยี่สิบค่ะ",
        "งวดนี้ต้องชำระสามพันห้าร้อยบาทค่ะ",
        "ตอนนี้ account ถูก lock อยู่ค่ะ",
    ],
)
def test_thai_and_code_mixed_account_talk_of_utilities_clinics_and_lenders(account_talk):
    c = call(("agent", "สวัสดีค่ะ"), ("customer", "สอบถามค่ะ"), ("agent", account_talk))
    assert verdicts(c)["verify-before-account-details"] == "fail"


@pytest.mark.parametrize(
    "general",
    [
        "Engineers usually visit within three working days.",
        "Your case will be looked at by the team that handles refunds.",
        "ใบสั่งยาต้องให้แพทย์เป็นผู้ออกค่ะ",
        "ตอนนี้ในระบบมีแจ้งไฟดับทั้งตำบลค่ะ ช่างกำลังออกไป",
    ],
)
def test_general_talk_of_visits_cases_and_area_outages(general):
    english = general[0].isascii()
    opening = "Hello, Brightwater Energy, how can I help?" if english else "สวัสดีค่ะ"
    c = call(("agent", opening), ("customer", "hi"), ("agent", general))
    rule = "verify-before-account-change" if english else "verify-before-account-details"
    assert verdicts(c)[rule] == "not_applicable"
