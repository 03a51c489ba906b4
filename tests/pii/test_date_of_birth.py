"""Dates of birth said in words, read by the recognizer itself, and dates of birth given in
answer to a question that names them."""

import pytest

from ccaudit.pii.recognizers.date_of_birth import DateOfBirthRecognizer, is_compact_date


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("born october ninth two thousand and four", "october ninth two thousand and four"),
        ("born the seventh of march sixty two", "the seventh of march sixty two"),
        ("birthday is the fourth of the eleventh eighty", "fourth of the eleventh eighty"),
        ("date of birth twenty-first june 1979", "twenty-first june 1979"),
        ("วันเกิด สิบเอ็ด กุมภา สี่หนึ่ง", "สิบเอ็ด กุมภา สี่หนึ่ง"),
        ("เกิด 9 ตุลาคม ปี สามสิบสาม", "9 ตุลาคม ปี สามสิบสาม"),
    ],
)
def test_said_dates_match(text, expected):
    results = DateOfBirthRecognizer().analyze(text, ["DATE_OF_BIRTH"])
    assert expected in [text[r.start : r.end] for r in results]


@pytest.mark.parametrize(
    ("digits", "is_date"),
    [
        ("31121990", True),  # DDMMYYYY
        ("12311990", True),  # MMDDYYYY
        ("19901231", True),  # YYYYMMDD
        ("01012530", True),  # Buddhist era
        ("311290", True),  # DDMMYY
        ("45991372", False),
        ("99123456", False),
        ("331390", False),
    ],
)
def test_compact_dates(digits, is_date):
    assert is_compact_date(digits) is is_date


def births(detector, conversation, *turns):
    conv = conversation(*turns)
    source = "\n".join(text for _, text in turns)
    return [
        (f.turn, source[f.start : f.end])
        for f in detector.scan(conv)
        if f.entity_type == "DATE_OF_BIRTH"
    ]


@pytest.mark.parametrize(
    ("question", "answer", "date"),
    [
        (
            "can I take your date of birth please, and then I'll read back what's on the file",
            "yeah it's the 30th of January 1975",
            "the 30th of January 1975",
        ),
        ("and your birthday, just to make sure I have the right person", "4/11/82", "4/11/82"),
        (
            "ขอวันเกิดด้วยค่ะ เพื่อยืนยันตัวตนก่อนทำรายการเปลี่ยนที่อยู่",
            "สามสิบ มิถุนา สองห้าสองเก้า ค่ะ",
            "สามสิบ มิถุนา 2529",
        ),
        ("for security, your date of birth", "seventh of may fifty three", "seventh of may 53"),
        (
            "please send us your e-mail address and your date of birth here in the chat",
            "nok.s@mailbox.co.th, 22 Aug 1979",
            "22 Aug 1979",
        ),
        (  # a name label kept in the text puts the birth word out of the recognizer's reach
            "Somchai Jaidee: I'm sorry to hear that. May I have your date of birth to verify?",
            "Mary Smith: Sure, it is 12 March 1985. My card number is 4111 1111 1111 1111.",
            "12 March 1985",
        ),
    ],
)  # fmt: skip
def test_date_of_birth_in_the_answer(detector, conversation, question, answer, date):
    found = births(detector, conversation, ("agent", question), ("customer", answer))
    assert [turn for turn, _ in found] == [1]


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        (
            "can I take your date of birth, and after that what day suits you for the visit",
            "3 June 2026 would be best for me, or any other weekday after that one",
        ),
        (
            "can I take your date of birth please, and then we can book a slot",
            "book me for 3 June 2026 at ten, and a second slot after",
        ),
        (
            "my son's date of birth is 2 May 1990, and when would you like us to call him back",
            "3 June",
        ),
        ("how are you doing today, anything I can help with", "14 march 1988"),
    ],
)  # fmt: skip
def test_no_date_of_birth_in_the_answer(detector, conversation, question, answer):
    found = births(detector, conversation, ("agent", question), ("customer", answer))
    assert [turn for turn, _ in found if turn == 1] == []


def test_date_of_birth_in_the_next_line_of_a_merged_turn(detector, conversation):
    merged = (
        "Operator: Thanks. Could I have your full name and date of birth?\n"
        "Guest 0417: Tomasz Brzezinski 06/30/1984\n"
        "Operator: Thank you Tomasz."
    )
    assert births(detector, conversation, ("agent", merged)) == [(0, "06/30/1984")]


def test_date_of_birth_after_a_label_with_a_clock_time(detector, conversation):
    found = births(
        detector,
        conversation,
        ("agent", "Helpdesk 9:02pm: Lovely. Name and DOB please?"),
        ("customer", "Me 9:03pm: Aoife Byrne 03/09/1991"),
    )
    assert found == [(1, "03/09/1991")]


def test_date_of_birth_read_back_in_the_next_turn(detector, conversation):
    found = births(
        detector,
        conversation,
        ("agent", "for security could I take your date of birth"),
        ("customer", "the ninth of october nineteen seventy"),
        ("agent", "ninth october nineteen seventy lovely and the postcode"),
    )
    assert [turn for turn, _ in found] == [1, 2]


def test_another_date_after_a_date_of_birth_is_no_read_back(detector, conversation):
    found = births(
        detector,
        conversation,
        (
            "customer",
            "my date of birth is 9 October 1970, and I have lived at this address for years",
        ),
        ("agent", "12 March 2027 is the earliest visit we have"),
    )
    assert [turn for turn, _ in found] == [0]


def test_date_of_birth_corrected_later_in_the_turn(detector, conversation):
    found = births(
        detector,
        conversation,
        ("agent", "may I have your date of birth"),
        (
            "customer",
            "second june twenty five twenty one no wait that was the thai year so it is "
            "second june nineteen seventy eight",
        ),
    )
    assert [text for _, text in found] == [
        "second june twenty five twenty one",
        "second june nineteen seventy eight",
    ]


def test_a_later_date_sharing_only_the_day_is_no_birth_date(detector, conversation):
    found = births(
        detector,
        conversation,
        ("customer", "my date of birth is 12 May 1970, and I have lived here since 12 June 1999"),
    )
    assert [text for _, text in found] == ["12 May 1970"]


@pytest.mark.parametrize(
    "answer", ["eight twelve fifty four", "four eleven twenty fifteen", "11 29 68"]
)
def test_a_month_first_date_said_in_answer(detector, conversation, answer):
    conv = conversation(("agent", "and date of birth"), ("customer", answer))
    assert [f.entity_type for f in detector.scan(conv) if f.turn == 1] == ["DATE_OF_BIRTH"]


def test_five_digits_after_a_birth_word_that_read_as_no_date(detector, conversation):
    conv = conversation(("customer", "born in 90210 and moved later"))
    assert "DATE_OF_BIRTH" not in {f.entity_type for f in detector.scan(conv)}


def test_a_message_time_stamp_near_a_birth_date_is_none(detector, conversation):
    text = "Patient: Jaylen Simmons   DOB: 08/14/2016\nSent: 09/03/2024 8:12 PM"
    found = [
        f
        for f in detector.scan(conversation(("customer", text)))
        if f.entity_type == "DATE_OF_BIRTH"
    ]
    assert [text[f.start : f.end] for f in found] == ["08/14/2016"]


def test_a_birth_date_said_again_when_asked_to_repeat(detector, conversation):
    conv = conversation(
        ("agent", "thanks and your date of birth"),
        ("customer", "six four eighty eight"),
        ("agent", "sorry you cut out a little could you say that again"),
        ("customer", "june fourth eighty eight"),
    )
    assert (3, "DATE_OF_BIRTH") in [(f.turn, f.entity_type) for f in detector.scan(conv)]
