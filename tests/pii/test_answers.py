"""A number given in answer to a question for it in the turn before, with no word of its own."""

import pytest


def found(detector, conversation, question, answer):
    conv = conversation(("agent", question), ("customer", answer))
    source = f"{question}\n{answer}"
    return [(f.entity_type, source[f.start : f.end]) for f in detector.scan(conv) if f.turn == 1]


@pytest.mark.parametrize(
    ("question", "answer", "entity", "value"),
    [
        (
            "and the three digit code on the back of the card?",
            "seven one nine",
            "CARD_CVV",
            "seven one nine",
        ),
        ("and the security number", "two oh two", "CARD_CVV", "two oh two"),
        ("Could I have the 3 digits on the back of the card please.", "260", "CARD_CVV", "260"),
        (
            "we'll send a code to that number, read it to me",
            "okay i got seven three seven three",
            "OTP",
            "seven three seven three",
        ),
        ("ได้รับ SMS แล้วรบกวนแจ้งรหัสด้วยค่ะ", "ได้แล้วค่ะ ห้าเก้าสองศูนย์หนึ่งเจ็ด", "OTP", "ห้าเก้าสองศูนย์หนึ่งเจ็ด"),
        ("ขอเลขบัญชีต้นทางของคุณก่อนครับ", "1021587390 ค่ะ", "BANK_ACCOUNT", "1021587390"),
        ("what's the best number to reach you on?", "6175550142", "PHONE_NUMBER", "6175550142"),
        ("ขอเลขบัตรประชาชนด้วยค่ะ", "1101700230708", "TH_TNIN", "1101700230708"),
        (
            "the OTP is on its way to your phone, type it here please",
            "got it 5827 👍",
            "OTP",
            "5827",
        ),
        (
            "could you send the security code as well",
            "hmm is this okay? sure it's 904",
            "CARD_CVV",
            "904",
        ),
        ("A2: ส่งรหัสยืนยันไปทาง SMS แล้ว พิมพ์มาได้เลยครับ", "B7: 731 065", "OTP", "731 065"),
        ("line one\nand the cvc?", "318\nagent 09:12: thanks", "CARD_CVV", "318"),
        (
            "which account number should the refund go to?",
            "0345512896",
            "BANK_ACCOUNT",
            "0345512896",
        ),
        (
            "sort code and account number, please",
            "30-92-14, 55102938",
            "BANK_ACCOUNT",
            "55102938",
        ),
        (
            "and the account number of the person you're paying, when you have it in front of you",
            "70314455",
            "BANK_ACCOUNT",
            "70314455",
        ),
        ("I've sent a code by text, can you read me it", "it's 61 82 07", "OTP", "61 82 07"),
        ("[rep] the account number to refund to?", "[client] 84120937", "BANK_ACCOUNT", "84120937"),
        (
            "agent what's the account number please",
            "caller 5 5 1 2 0 0 3 9 8 7 1",
            "BANK_ACCOUNT",
            "5 5 1 2 0 0 3 9 8 7 1",
        ),
        ("S1 (0:40) and the cvv?", "S2 (0:42) four one two", "CARD_CVV", "four one two"),
        (
            "เลขบัญชีในระบบไม่ครบ รบกวนแจ้งอีกครั้งครับ",
            "กรุงเทพค่ะ หนึ่งเก้าเก้า ขีด สี่ ขีด หกสามสองสี่เก้า ขีด ห้าค่ะ",
            "BANK_ACCOUNT",
            "หนึ่งเก้าเก้า ขีด สี่ ขีด หกสามสองสี่เก้า ขีด ห้า",
        ),
        (
            "which account should we pay into?",
            "kasikorn bank 0345512896",
            "BANK_ACCOUNT",
            "0345512896",
        ),
        (
            "Is there a phone number for Harper in case the courier needs it?",
            "ya 717 514 3011",
            "PHONE_NUMBER",
            "717 514 3011",
        ),
        (
            "spk_0  right and which account number",
            "spk_1  two oh six one five five three nine",
            "BANK_ACCOUNT",
            "two oh six one five five three nine",
        ),
    ],
)
def test_answer_takes_the_kind_asked_for(detector, conversation, question, answer, entity, value):
    assert (entity, value) in found(detector, conversation, question, answer)


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("how many cards do you have?", "two hundred and twelve"),
        ("and the security number", "I paid 450 baht for it yesterday at the store"),
        ("ขอเลขบัตรประชาชนด้วยค่ะ", "1101700230709"),
        ("what's the best number to reach you on?", "12345"),
        ("How are you today?", "4532"),
        ("and the security code", "wait. I paid 450 baht"),
        ("what was the code on the back of the card?", "it's $499 🙂"),
        ("could you send the security code as well", "Tom: I called you 3 times about it"),
        ("[rep] and the cvv?", "[client] it was 450 baht"),
        ("agent the account number please", "caller it says 12 items on the 3rd page"),
        (
            "what's the sim number on the back of the new card",
            "eight nine six one oh two four four five one seven seven two oh nine three three",
        ),
    ],
)
def test_not_an_answer(detector, conversation, question, answer):
    assert found(detector, conversation, question, answer) == []


@pytest.mark.parametrize(
    ("question", "answer", "entity", "value"),
    [
        (
            "Amex, right? Then the expiry and the 4-digit code on the front please",
            "oh seven thirty. The code is six two two eight.",
            "CARD_CVV",
            "six two two eight",
        ),
        (
            "we have texted you a one-time code, read it to me",
            "the code is six two two eight",
            "OTP",
            "six two two eight",
        ),
    ],
)
def test_a_code_takes_the_kind_the_question_asked_for(
    detector, conversation, question, answer, entity, value
):
    kinds = {
        kind for kind, found in found(detector, conversation, question, answer) if found == value
    }
    assert kinds == {entity}


@pytest.mark.parametrize(
    ("question", "answer", "value"),
    [
        (
            "and your passport number, with the nationality printed on it, please?",
            "KJ4471203, Irish",
            "KJ4471203",
        ),
        (
            "I need the passport number of the second traveller",
            "sure, 604 118 273, valid till 2031",
            "604 118 273",
        ),
        (
            "เลขพาสปอร์ตของคุณแม่ด้วยค่ะ แล้วก็วันหมดอายุที่พิมพ์อยู่ในหน้าแรกของเล่มนะคะ",
            "ได้ค่ะ AB5520917 ค่ะ",
            "AB5520917",
        ),
        (
            "ขอเลขพาสปอร์ตของน้องด้วยนะคะ พร้อมวันหมดอายุที่อยู่ในเล่มค่ะ",
            "ได้ครับ บี เอ หนึ่ง เก้า สาม ศูนย์ สอง ห้า แปด",
            "บี เอ หนึ่ง เก้า สาม ศูนย์ สอง ห้า แปด",
        ),
        (
            "let me update the passport on the booking, the old one has run out",
            "the new one is p nine one two oh four four seven three",
            "p nine one two oh four four seven three",
        ),
    ],
)
def test_passport_given_in_answer(detector, conversation, question, answer, value):
    assert ("PASSPORT", value) in found(detector, conversation, question, answer)


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("did you bring your passport?", "yes, booking ref K7HX29"),
        ("passport photo taken? which flight are you on", "TG602 at nine"),
        ("please post your passport to us", "sent it, tracking EE123456789TH"),
        ("is the passport in the same name?", "yes it is"),
        ("and your passport number?", "I'll find it, my order is 40029183"),
        ("your passport number please", "give me a minute, I'm at 2200 Park Road"),
    ],
)
def test_no_passport_in_answer(detector, conversation, question, answer):
    kinds = [kind for kind, _ in found(detector, conversation, question, answer)]
    assert "PASSPORT" not in kinds


def test_two_things_asked_at_once_answered_in_two_messages(detector, conversation):
    said = [
        ("agent", "ขอชื่อ-นามสกุล และเลขบัญชีค่ะ"),
        ("customer", "มาลัย จันทร์เพ็ญ"),
        ("customer", "1934471025"),
    ]
    findings = detector.scan(conversation(*said))
    assert ("BANK_ACCOUNT", 2) in [(f.entity_type, f.turn) for f in findings]


def test_an_other_speakers_turn_between_is_a_question_of_its_own(detector, conversation):
    said = [
        ("agent", "ขอชื่อ-นามสกุล และเลขบัญชีค่ะ"),
        ("customer", "มาลัย จันทร์เพ็ญ"),
        ("agent", "ขอเลขผู้ใช้ไฟฟ้าครับ"),
        ("customer", "0200 3318 7745"),
    ]
    findings = detector.scan(conversation(*said))
    assert [f.entity_type for f in findings if f.turn == 3] == []


def test_a_routing_number_asked_for_is_no_account(detector, conversation):
    conv = conversation(
        ("customer", "great and while i have you what's the routing number for direct deposit"),
        ("agent", "it's three two one one seven oh eight one five"),
    )
    assert "BANK_ACCOUNT" not in {f.entity_type for f in detector.scan(conv)}


def test_a_code_read_out_as_asr_hears_it(detector, conversation):
    conv = conversation(
        (
            "agent",
            "i'm sending a verification code to confirm it's really you can you read it to me",
        ),
        ("customer", "for won won oh to seven"),
    )
    assert [(f.turn, f.entity_type) for f in detector.scan(conv)] == [(1, "OTP")]


def test_an_answer_after_a_go_ahead_answers_the_question_before_it(detector, conversation):
    conv = conversation(
        ("customer", "can you also update my mobile while i have you it changed"),
        ("agent", "of course go ahead"),
        ("customer", "five oh three double two one seven seven eight four"),
    )
    assert [(f.turn, f.entity_type) for f in detector.scan(conv)] == [(2, "PHONE_NUMBER")]


def test_a_turn_that_names_something_else_is_no_go_ahead(detector, conversation):
    conv = conversation(
        ("agent", "what account would you like the autopay from"),
        ("customer", "sure routing number first"),
        ("agent", "two six seven oh eight four one three one"),
    )
    assert "BANK_ACCOUNT" not in {f.entity_type for f in detector.scan(conv)}


@pytest.mark.parametrize(
    "question",
    [
        "Could I have the phone number on your account so I can pull up the order?",
        "Could I have the phone number you would like us to use for the delivery updates, please?",
    ],
)
def test_a_north_american_phone_answers_a_question_for_it_far_from_its_word(
    detector, conversation, question
):
    assert found(detector, conversation, question, "(260) 446-3079") == [
        ("PHONE_NUMBER", "(260) 446-3079")
    ]


def test_the_phone_number_associated_with_an_account_is_a_phone(detector, conversation):
    conv = conversation(
        ("ivr", "please say or enter the phone number associated with your account"),
        ("customer", "three one two eight eight four oh six one seven"),
    )
    assert [(f.turn, f.entity_type) for f in detector.scan(conv)] == [(1, "PHONE_NUMBER")]


def test_an_answer_given_again_when_asked_to_repeat_answers_the_first_question(
    detector, conversation
):
    conv = conversation(
        ("agent", "and the best number to reach you"),
        ("customer", "it's uh"),
        ("agent", "sorry could you say that again"),
        ("customer", "four oh eight five five oh one two nine three"),
    )
    assert [(f.turn, f.entity_type) for f in detector.scan(conv)] == [(3, "PHONE_NUMBER")]
