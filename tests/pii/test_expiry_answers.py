"""An expiry date given in answer to a question that names the expiry in the turn before."""

import pytest


def expiries(detector, conversation, *turns):
    conv = conversation(*turns)
    source = "\n".join(text for _, text in turns)
    return [
        (f.turn, source[f.start : f.end])
        for f in detector.scan(conv)
        if f.entity_type == "CARD_EXPIRY"
    ]


@pytest.mark.parametrize(
    ("question", "answer", "date"),
    [
        ("And what is the expiry date on the card?", "twelve twenty seven", "twelve twenty seven"),
        ("expiry date please", "it's oh five twenty nine", "oh five twenty nine"),
        ("What's the expiration date on your card, please?", "08/28", "08/28"),
        ("บัตรหมดอายุเดือนไหนคะ", "ธันวา ปี 29 ค่ะ", "ธันวา ปี 29"),
        ("ขอวันหมดอายุบัตรด้วยค่ะ", "สิบสอง ยี่สิบแปด ค่ะ", "สิบสอง ยี่สิบแปด"),
        ("and the expiry?", "end of oh three twenty eight", "oh three twenty eight"),
        ("ch0: and when does it expire", "ch1: oh nine thirty one", "oh nine thirty one"),
        ("and it's good until when?", "september thirty", "september thirty"),
        ("what's the expiry on that one", "it runs out in may twenty six", "may twenty six"),
        ("and the card is valid to?", "um ten of twenty nine", "ten of twenty nine"),
        ("[rep] and the expiry", "[client] oh six twenty eight", "oh six twenty eight"),
        ("A1 (3:02) expiry date?", "B2 (3:04) march thirty", "march thirty"),
        ("REP  when does the card expire", "CUS  ten twenty seven", "ten twenty seven"),
        ("rep and the expiration", "caller nine twenty nine", "nine twenty nine"),
        ("พนง [01:15] วันหมดอายุบัตรค่ะ", "ลค [01:18] มีนา ยี่สิบเก้า", "มีนา ยี่สิบเก้า"),
    ],
)  # fmt: skip
def test_date_in_the_answer(detector, conversation, question, answer, date):
    found = expiries(detector, conversation, ("agent", question), ("customer", answer))
    assert found == [(1, date)]


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("Is the expiry date fine?", "yes, I have twelve cards"),
        ("When does the coupon expire?", "twelve twenty seven"),
        ("expiry 12/27, correct?", "twelve twenty seven"),
        ("How are you today?", "twelve twenty seven"),
        ("is the voucher still good until the weekend?", "twelve twenty seven"),
        ("[rep] is the expiry date fine?", "[client] yes, I have twelve cards"),
        ("REP  when does the card expire", "CUS  twelve twenty seven baht"),
    ],
)  # fmt: skip
def test_no_date_in_the_answer(detector, conversation, question, answer):
    found = expiries(detector, conversation, ("agent", question), ("customer", answer))
    assert [turn for turn, _ in found] in ([], [0])


def test_date_said_again_in_the_answer(detector, conversation):
    found = expiries(
        detector,
        conversation,
        ("agent", "expiry date?"),
        ("customer", "09/27 oh nine slash twenty seven"),
    )
    assert found == [(1, "09/27"), (1, "oh nine slash twenty seven")]


def test_a_code_after_the_date_is_not_said_again(detector, conversation):
    found = expiries(
        detector,
        conversation,
        ("agent", "the expiry and the code on the back?"),
        ("customer", "oh four twenty seven and uh three three eight"),
    )
    assert found == [(1, "oh four twenty seven")]


@pytest.mark.parametrize(
    ("answer", "read_back", "dates"),
    [
        ("มี.ค. 71 ค่ะ", "มีนาคม สองห้าเจ็ดหนึ่ง นะคะ", [(1, "มี.ค. 71"), (2, "มีนาคม สองห้าเจ็ดหนึ่ง")]),
        (
            "it's eleven twenty nine",
            "eleven twenty nine, thank you",
            [(1, "eleven twenty nine"), (2, "eleven twenty nine")],
        ),
        ("04/29", "441", [(1, "04/29")]),
    ],
)  # fmt: skip
def test_the_date_read_back_after_the_answer(detector, conversation, answer, read_back, dates):
    turns = (("agent", "and the expiry date?"), ("customer", answer), ("agent", read_back))
    assert expiries(detector, conversation, *turns) == dates
