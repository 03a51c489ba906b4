"""One-time codes given in the turn after one that speaks of them, further from the word than
the recognizer looks."""

import pytest


def codes(detector, conversation, *turns):
    conv = conversation(*turns)
    source = "\n".join(text for _, text in turns)
    return [
        (f.turn, source[f.start : f.end]) for f in detector.scan(conv) if f.entity_type == "OTP"
    ]


@pytest.mark.parametrize(
    ("question", "answer", "code"),
    [
        (
            "okay I have pushed a one-time password to the mobile we hold, tell me when you see it",
            "yes here it is, hmm, nine nine one two oh seven",
            "nine nine one two oh seven",
        ),
        (
            "ระบบส่ง OTP ไปที่มือถือของคุณแล้วนะคะ รบกวนอ่านให้ฟังทีละตัวค่ะ",
            "ได้รับแล้ว ค่ะ หก ศูนย์ สอง สี่ เก้า หนึ่ง นะ คะ",
            "หก ศูนย์ สอง สี่ เก้า หนึ่ง",
        ),
        (
            "Please enter the verification code we texted to the number ending 44 once it arrives.",
            "Cust: Arrived after a minute or so, the message says 730418",
            "730418",
        ),
        (
            "i just need to verify it's you i'm sending a code to the phone on file can you read"
            " it to me",
            "okay it says six to eight oh oh four",
            "six to eight oh oh four",
        ),
        (
            "could you read that code back to me once you get it",
            "uh yeah it just came it's three nine one seven oh two",
            "three nine one seven oh two",
        ),
    ],
)
def test_code_after_a_remark_in_the_answer(detector, conversation, question, answer, code):
    assert codes(detector, conversation, ("agent", question), ("customer", answer)) == [(1, code)]


def test_a_corrected_code_is_a_code_too(detector, conversation):
    turns = (
        ("agent", "we just sent you a 2FA code by text, could you read it out for me"),
        ("customer", "sure it's 5512 no hang on that's the old message, the new one is 884106"),
    )
    assert codes(detector, conversation, *turns) == [(1, "5512"), (1, "884106")]


def test_code_two_turns_after_its_word(detector, conversation):
    turns = (
        ("customer", "the bank messaged me a code this morning, should I give it to you"),
        ("agent", "please don't, nobody here will ever ask you for it"),
        ("customer", "ah too late, it was 661820, sorry"),
    )
    assert codes(detector, conversation, *turns) == [(2, "661820")]


def test_the_one_answering_may_stall_about_a_phone_before_the_code(detector, conversation):
    turns = (
        ("agent", "okay great i've sent a code to your phone"),
        ("customer", "oh my granddaughter set up the phone let me see"),
        ("customer", "is it the one that says nine one four four seven two"),
    )
    assert codes(detector, conversation, *turns) == [(2, "nine one four four seven two")]


@pytest.mark.parametrize(
    "turns",
    [
        (
            ("agent", "I have sent the OTP to your phone, what else can I help with"),
            ("customer", "the bill says I owe 1450 baht, is that right"),
        ),
        (
            ("agent", "I've sent a one-time code to your phone"),
            ("customer", "okay and my account number is 40112378 by the way"),
        ),
        (
            ("agent", "the verification code will come by SMS in a moment"),
            ("customer", "fine, my flat is room 1207 if you need it"),
        ),
        (
            ("customer", "they texted me a code this morning"),
            ("agent", "and your postcode please"),
            ("customer", "it's 10330"),
        ),
        (
            ("agent", "can you read me the zip code on the account"),
            ("customer", "it's 90210"),
        ),
        (
            ("agent", "จะส่งรหัสสินค้าให้ทาง SMS ภายในวันนี้ หลังจากตรวจสอบคำสั่งซื้อเรียบร้อยแล้วค่ะ"),
            ("customer", "ได้ค่ะ ของที่สั่งคือ 4471"),
        ),
    ],
)
def test_no_code_in_an_answer_about_something_else(detector, conversation, turns):
    assert codes(detector, conversation, *turns) == []


@pytest.mark.parametrize(
    ("question", "answer", "password"),
    [
        (
            "and what's the passcode on the account",
            "harbour seventy three",
            "harbour seventy three",
        ),
        (
            "Could you confirm the memorable word for me?",
            "The one with the number? It's kingfisher forty-four.",
            "kingfisher forty-four",
        ),
        (
            "what was the password you tried",
            "um it was tangerine nineteen ninety hash",
            "tangerine nineteen ninety hash",
        ),
        ("รบกวนแจ้งรหัสผ่านที่ตั้งไว้ค่ะ", "Moon4417 ค่ะ", "Moon4417"),
    ],
)
def test_password_given_in_answer(detector, conversation, question, answer, password):
    turns = (("agent", question), ("customer", answer))
    assert codes(detector, conversation, *turns) == [(1, password)]


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("and the password on the account", "hang on one sec"),
        ("and the password on the account", "yeah one moment"),
        ("did you reset the password yourself", "no my son did, he is nineteen"),
        ("what's your password? it's Lark2291 I think", "yes that one"),
        ("how old is the account", "about twenty two"),
    ],
)
def test_no_password_in_answer(detector, conversation, question, answer):
    turns = (("agent", question), ("customer", answer))
    assert [turn for turn, _ in codes(detector, conversation, *turns)] in ([], [0])


@pytest.mark.parametrize(
    "text",
    [
        "What is the PASSWORD?\nIt's the Memorable Word",
        "your paſsword please",  # a long s: `re` takes it caselessly for an s
        "SECURİTY WORD and the PassCode",
        "รหัส ผ่าน ค่ะ, Pass Word",
        "no request here",
    ],
)
def test_password_requests_are_found_as_a_caseless_search_finds_them(text):
    from ccaudit.pii.context import lowered
    from ccaudit.pii.passes.code_answers import _ASKS_FOR_PASSWORD, _password_requests

    found = [m.span() for m in _password_requests(text, lowered(text))]
    assert found == [m.span() for m in _ASKS_FOR_PASSWORD.finditer(text)]
