"""Numbers read out across turns are one group; each piece is masked as part of the whole."""

import pytest

from ccaudit.masking import fingerprint
from ccaudit.model import Conversation, Turn
from ccaudit.pii import Detector, DetectorOptions


def test_card_split_around_a_backchannel(detector, conversation):
    conv = conversation(
        ("customer", "my card is 4532 0151"), ("agent", "uh-huh"), ("customer", "1283 0366")
    )
    findings = detector.scan(conv)
    assert [(f.turn, f.entity_type) for f in findings] == [(0, "CREDIT_CARD"), (2, "CREDIT_CARD")]
    assert findings[0].group == findings[1].group == "conv-1#1"
    assert all(f.validated for f in findings)
    assert [f.masked for f in findings] == ["4532 01**", "**** 0366"]


def test_middle_fragment_shows_no_digit(detector, conversation):
    conv = conversation(
        ("customer", "บัตรเลข 4532 01"),
        ("agent", "ค่ะ"),
        ("customer", "51 1283 ค่ะ"),
        ("agent", "อืม"),
        ("customer", "0366"),
    )
    findings = detector.scan(conv)
    assert [f.turn for f in findings] == [0, 2, 4]
    assert [f.masked for f in findings] == ["4532 01", "** ****", "0366"]
    assert len({f.group for f in findings}) == 1


def test_offsets_of_fragments_point_into_the_source(detector, conversation):
    texts = ["เลขบัตรประชาชน 1-1661", "ครับ", "31860-91-0 ครับ"]
    conv = conversation(
        ("customer", texts[0]), ("agent", texts[1]), ("customer", texts[2]), offset=9
    )
    source = "x" * 9 + "\n".join(texts)
    findings = detector.scan(conv)
    assert [source[f.start : f.end] for f in findings] == ["1-1661", "31860-91-0"]
    assert {f.entity_type for f in findings} == {"TH_TNIN"}


def test_every_fragment_carries_the_whole_numbers_fingerprint(conversation):
    keyed = Detector(DetectorOptions(hash_key=b"k"))
    conv = conversation(("customer", "card 4532 0151"), ("customer", "1283 0366"))
    expected = fingerprint(b"k", "CREDIT_CARD", "4532015112830366")
    assert [f.fingerprint for f in keyed.scan(conv)] == [expected, expected]


@pytest.mark.parametrize(
    "turns",
    [
        pytest.param(
            [
                ("customer", "card 4532 0151"),
                ("agent", "sorry, can you repeat that?"),
                ("customer", "1283 0366"),
            ],
            id="real_reply_between",
        ),  # fmt: skip
        pytest.param([("customer", "card 4532 0151"), ("customer", "1283 0367")], id="fails_luhn"),
        pytest.param([("customer", "card 4532 0151"), ("agent", "1283 0366")], id="other_speaker"),
        pytest.param(
            [("customer", "card 4532 0151"), ("agent", "uh-huh"), ("agent", "1283 0366")],
            id="backchannel_then_other_speaker",
        ),
        pytest.param(
            [
                ("customer", "card 4532 0151"),
                ("agent", "uh-huh"),
                ("agent", "okay"),
                ("customer", "1283 0366"),
            ],
            id="two_turns_between",
        ),  # fmt: skip
        pytest.param(
            [("customer", "order 4532 0151 ok"), ("customer", "then 1283 0366 is the rest")],
            id="loose_pieces_without_card_words",
        ),
    ],
)
def test_no_group_without_one_speakers_consecutive_pieces(detector, conversation, turns):
    findings = detector.scan(conversation(*turns))
    assert not any(f.group for f in findings)
    assert not any(f.entity_type == "CREDIT_CARD" for f in findings)


def test_phone_split_in_two(detector, conversation):
    conv = conversation(("customer", "เบอร์ 081"), ("agent", "ค่ะ"), ("customer", "234 5678 ค่ะ"))
    findings = detector.scan(conv)
    assert [(f.turn, f.entity_type) for f in findings] == [(0, "PHONE_NUMBER"), (2, "PHONE_NUMBER")]
    assert findings[0].group == findings[1].group


@pytest.mark.parametrize(
    ("turns", "entity"),
    [
        pytest.param(
            ("ต้องการให้โอนเข้าบัญชีไหนครับ", "เลขคือ 024 2 50383", "ครับ", "2 ค่ะ"),
            "BANK_ACCOUNT",
            id="an_account_after_the_agents_question",
        ),
        pytest.param(
            (
                "i've sent a six digit code to your phone can you read it to me",
                "okay it's seven two nine",
                "mhm",
                "double four one",
            ),
            "OTP",
            id="a_one_time_code_read_in_halves_after_it_was_sent",
        ),
    ],
)
def test_a_number_asked_for_and_read_in_two_pieces(detector, conversation, turns, entity):
    asked, first, backchannel, second = turns
    conv = conversation(
        ("agent", asked), ("customer", first), ("agent", backchannel), ("customer", second)
    )
    findings = detector.scan(conv)
    assert [(f.turn, f.entity_type) for f in findings] == [(1, entity), (3, entity)]
    assert findings[0].group == findings[1].group


def test_many_backchannels_are_known(detector, conversation):
    for backchannel in ["yep", "mm-hmm", "ค่ะ ๆ", "okay", "อืม"]:
        conv = conversation(
            ("customer", "card 4532 0151"), ("agent", backchannel), ("customer", "1283 0366")
        )
        assert [f.group is not None for f in detector.scan(conv)] == [True, True], backchannel


@pytest.mark.parametrize(
    "interjection",
    ["Okay, go on.", "ค่ะ แล้วต่อไปคะ", "got it, and the rest?", "Right, next four?", "โอเคค่ะ ต่อเลย"],
)
def test_any_short_interjection_is_stepped_over(detector, conversation, interjection):
    conv = conversation(
        ("customer", "my card is 4532 0151"), ("agent", interjection), ("customer", "1283 0366")
    )
    assert [f.group is not None for f in detector.scan(conv)] == [True, True], interjection


@pytest.mark.parametrize(
    "question", ["and what's your phone number?", "ขอชื่อด้วยค่ะ", "Sorry, can you say that again?"]
)
def test_a_question_for_something_else_ends_the_number(detector, conversation, question):
    conv = conversation(
        ("customer", "my card is 4532 0151"), ("agent", question), ("customer", "1283 0366")
    )
    assert not any(f.group for f in detector.scan(conv))


def test_whole_number_read_back_after_its_pieces(detector, conversation):
    conv = conversation(
        ("agent", "which account should the refund go to?"),
        ("customer", "it's 7 2 1 0"),
        ("agent", "mm-hm"),
        ("customer", "5 5 3 9 0 4"),
        ("agent", "so 7 2 1 0 5 5 3 9 0 4, is that right?"),
    )
    found = [(f.turn, f.entity_type) for f in detector.scan(conv)]
    assert found == [(1, "BANK_ACCOUNT"), (3, "BANK_ACCOUNT"), (4, "BANK_ACCOUNT")]


def test_a_piece_alone_is_no_read_back(detector, conversation):
    conv = conversation(
        ("agent", "which account should the refund go to?"),
        ("customer", "7210"),
        ("agent", "mm-hm"),
        ("customer", "553904"),
        ("agent", "you said 553904 at the end?"),
    )
    assert [f.turn for f in detector.scan(conv)] == [1, 3]


def test_id_closed_by_two_digit_words_said_alone(detector, conversation):
    conv = conversation(
        ("agent", "ขอเลขบัตรประชาชนด้วยค่ะ"),
        ("customer", "หนึ่งหนึ่งหกหก หนึ่งสาม"),
        ("agent", "ค่ะ"),
        ("customer", "หนึ่งแปดหก ศูนย์เก้า"),
        ("agent", "ค่ะ ต่อเลยค่ะ"),
        ("customer", "หนึ่ง ศูนย์ ครับ"),
    )
    findings = detector.scan(conv)
    assert [(f.turn, f.entity_type) for f in findings] == [
        (1, "TH_TNIN"),
        (3, "TH_TNIN"),
        (5, "TH_TNIN"),
    ]
    assert len({f.group for f in findings}) == 1


def test_digit_words_said_alone_do_not_close_an_unchecked_number(detector, conversation):
    conv = conversation(
        ("agent", "what's the best phone number?"),
        ("customer", "three one two five five"),
        ("agent", "okay"),
        ("customer", "five oh one"),
        ("agent", "go on"),
        ("customer", "four seven"),
    )
    assert not any(f.group for f in detector.scan(conv))


def test_north_american_phone_split_after_phone_words(detector, conversation):
    conv = conversation(
        ("agent", "and what's the new number?"),
        ("customer", "four one five"),
        ("agent", "okay"),
        ("customer", "five five five"),
        ("agent", "mm-hm"),
        ("customer", "oh one seven two"),
    )
    findings = detector.scan(conv)
    assert [(f.turn, f.entity_type) for f in findings] == [
        (1, "PHONE_NUMBER"), (3, "PHONE_NUMBER"), (5, "PHONE_NUMBER")
    ]  # fmt: skip


def test_ten_digits_asked_for_as_an_account_stay_an_account_beside_the_word_number(
    detector, conversation
):
    conv = conversation(
        ("agent", "ขอเลข account ที่จะรับเงินค่ะ"),
        ("customer", "number คือ 641 3 12233"),
        ("agent", "ค่ะ"),
        ("customer", "8 ครับ"),
    )
    entities = {f.entity_type for f in detector.scan(conv) if f.turn in (1, 3)}
    assert entities == {"BANK_ACCOUNT"}


def test_pieces_in_unlabelled_turns_with_words_around_them(detector, conversation):
    conv = conversation(
        ("unknown", "rep can i take the long number on the card"),
        ("unknown", "caller sure it's 4532 0151"),
        ("unknown", "rep mhm"),
        ("unknown", "caller next is 1283"),
        ("unknown", "rep yep"),
        ("unknown", "caller and 0366 that's all"),
    )
    findings = detector.scan(conv)
    assert [(f.turn, f.entity_type) for f in findings] == [
        (1, "CREDIT_CARD"), (3, "CREDIT_CARD"), (5, "CREDIT_CARD")
    ]  # fmt: skip
    assert len({f.group for f in findings}) == 1


def test_id_pieces_with_hesitations_and_a_kept_speaker_label(detector, conversation):
    conv = conversation(
        ("agent", "ขอเลขบัตรประชาชนด้วยค่ะ"),
        ("customer", "1 1661 เอ่อ"),
        ("agent", "ค่ะ"),
        ("customer", "31860 อืม"),
        ("agent", "ต่อเลยค่ะ"),
        ("customer", "91 0 ครับ"),
    )
    findings = detector.scan(conv)
    assert [(f.turn, f.entity_type) for f in findings] == [
        (1, "TH_TNIN"), (3, "TH_TNIN"), (5, "TH_TNIN")
    ]  # fmt: skip
    label = "คุณลูกค้า: "
    said = ["ขอเลขบัตรประชาชนด้วยค่ะ", label + "1 1661", "ค่ะ", label + "31860 91 0"]
    turns = [
        Turn(i, ("agent", "customer")[i % 2], text, said_from=len(label) * (i % 2))
        for i, text in enumerate(said)
    ]
    labelled = Conversation("conv-2", "calls/conv-2.txt", "text", turns)
    assert [f.turn for f in detector.scan(labelled) if f.group] == [1, 3]


@pytest.mark.parametrize(
    "said",
    ["card is 4532 0151, then 1283 0366", "card is 4532 0151 um and 1283 0366"],
)
def test_pieces_in_one_turn_joined_by_filler(detector, conversation, said):
    findings = detector.scan(conversation(("customer", said)))
    assert [f.entity_type for f in findings] == ["CREDIT_CARD", "CREDIT_CARD"]
    assert findings[0].group == findings[1].group


def test_digit_words_said_before_a_number_in_one_piece(detector, conversation):
    conv = conversation(
        ("agent", "ขอเลขบัตรเครดิตค่ะ"),
        ("customer", "4532 0151"),
        ("agent", "ค่ะ"),
        ("customer", "หนึ่ง สอง อืม แล้วก็ 830366"),
    )
    assert [f.turn for f in detector.scan(conv) if f.group] == [1, 3, 3]


def test_loose_pieces_beside_card_words(detector, conversation):
    conv = conversation(
        ("customer", "จ่ายด้วยบัตร 4532 0151 เดี๋ยวนะ หาแว่นก่อน"),
        ("agent", "ค่ะ"),
        ("customer", "1283 0366 ค่ะ หมดอายุปี 2029"),
    )
    findings = detector.scan(conv)
    assert [(f.turn, f.group is not None) for f in findings if f.entity_type == "CREDIT_CARD"] == [
        (0, True), (2, True)
    ]  # fmt: skip


@pytest.mark.parametrize(
    "turns",
    [
        pytest.param(
            [("customer", "Date: 25 Nov 2026 09:12:44 re my bank account")], id="time_colons"
        ),
        pytest.param(
            [("customer", "bank account, sent 2026/12/07 10:52"), ("customer", "2026.12.07 Mon")],
            id="date_and_time_across_lines",
        ),
        pytest.param(
            [("customer", "เลขบัญชี 123 4"), ("agent", "ค่ะ"), ("customer", "56789 0 โอนแล้วนะ")],
            id="account_piece_with_words_after_it",
        ),
        pytest.param(
            [
                ("customer", "card is 4532 0151"),
                ("agent", "and the expiry?"),
                ("customer", "1283 0366"),
            ],
            id="asks_for_the_expiry",
        ),
        pytest.param(
            [("customer", "บัตร 4532 0151"), ("agent", "ขอวันหมดอายุค่ะ"), ("customer", "1283 0366")],
            id="asks_for_the_expiry_th",
        ),
        pytest.param(
            [("customer", "card 4532 0151 ok"), ("customer", "and the amount due is 1283 0366")],
            id="too_many_words_before",
        ),
        pytest.param(
            [("customer", "ยอด 4532 0151 บาท"), ("customer", "อ้างอิง 1283 0366 ค่ะ")],
            id="loose_pieces_without_card_words_th",
        ),
    ],
)
def test_no_group_of_pieces_that_do_not_belong_together(detector, conversation, turns):
    findings = detector.scan(conversation(*turns))
    assert not any(f.group for f in findings)


def test_time_stamped_unparsed_labels_around_the_pieces(detector, conversation):
    conv = conversation(
        ("unknown", "A1 (2:10) which card will you use today"),
        ("unknown", "B2 (2:13) 4532 0151"),
        ("unknown", "A1 (2:15) mhm"),
        ("unknown", "B2 (2:16) 1283 0366 ครับ that is it"),
    )
    assert [f.turn for f in detector.scan(conv) if f.group] == [1, 3]


def test_card_words_a_few_turns_before_a_number_read_again(detector, conversation):
    conv = conversation(
        ("customer", "i'll pay with my union pay"),
        ("agent", "go ahead"),
        ("customer", "4532015112830366"),
        ("agent", "sorry the line broke, slowly please"),
        ("customer", "uh it's 4532 0151"),
        ("agent", "yes"),
        ("customer", "then 1283 0366 thanks"),
    )
    assert [f.turn for f in detector.scan(conv) if f.group] == [4, 6]


def test_pieces_in_one_thai_line_with_particles_between(detector, conversation):
    said = "ขอเลขบัตรด้วยครับ 4532 0151 ครับ ต่อ เลย ครับ 1283 0366 ค่ะ"
    findings = detector.scan(conversation(("customer", said)))
    assert [f.group is not None for f in findings if f.entity_type == "CREDIT_CARD"] == [True, True]


def test_account_read_with_dashes_said_between_turns(detector, conversation):
    conv = conversation(
        ("agent", "รบกวนขอเลขบัญชีปลายทางค่ะ"),
        ("customer", "หนึ่ง สาม ห้า"),
        ("agent", "ค่ะ"),
        ("customer", "ขีด สอง เจ็ด เจ็ด หนึ่ง"),
        ("agent", "ค่ะ"),
        ("customer", "ขีด ศูนย์ แปด หก ครับ"),
    )
    findings = detector.scan(conv)
    assert [(f.turn, f.entity_type) for f in findings] == [
        (1, "BANK_ACCOUNT"), (3, "BANK_ACCOUNT"), (5, "BANK_ACCOUNT")
    ]  # fmt: skip


def test_card_pieces_with_filler_between_in_the_middle_of_a_turn(detector, conversation):
    conv = conversation(
        (
            "customer",
            "เลขบัตร สี่ ห้า สาม สอง ศูนย์ หนึ่ง ห้า หนึ่ง ครับ ต่อ เลย ครับ หนึ่ง สอง แปด สาม "
            "ศูนย์ สาม หก หก ค่ะ ครับ แล้ว ค่า ธรรมเนียม รายปี เท่าไหร่ ครับ",
        ),
    )
    findings = detector.scan(conv)
    assert [(f.entity_type, f.validated) for f in findings] == [("CREDIT_CARD", True)] * 2
    assert findings[0].group == findings[1].group


def test_pieces_inside_a_turn_named_as_an_order_are_no_card(detector, conversation):
    conv = conversation(("customer", "order 4532 0151 then 1283 0366 went out and arrived late"))
    assert detector.scan(conv) == []


def test_account_read_with_said_dashes_across_turns(detector, conversation):
    conv = conversation(
        ("agent", "รบกวนขอเลขบัญชีที่จะให้โอนคืนค่ะ"),
        ("customer", "หนึ่ง หก สาม"),
        ("agent", "ค่ะ"),
        ("customer", "ขีด สอง ขีด เจ็ด ศูนย์ สี่"),
        ("agent", "ค่ะ ต่อเลยค่ะ"),
        ("customer", "หนึ่ง แปด ขีด ห้า ค่ะ"),
    )
    findings = detector.scan(conv)
    assert [(f.turn, f.entity_type) for f in findings] == [
        (1, "BANK_ACCOUNT"),
        (3, "BANK_ACCOUNT"),
        (5, "BANK_ACCOUNT"),
    ]


def test_an_account_in_pieces_whose_last_says_how_many_digits_it_had(detector):
    said = [
        ("agent", "ได้ ครับ เลข บัญชี ลุง ครับ"),
        ("customer", "ศูนย์ สอง ศูนย์ ศูนย์"),
        ("agent", "ครับ"),
        ("customer", "สาม หนึ่ง สี่ ห้า"),
        ("agent", "อื้ม"),
        ("customer", "หก เจ็ด แปด สอง ครับ สิบ สอง ตัว"),
    ]
    # Labelled as a Thai transcript labels them: the agent's label labels many turns.
    labels = {"agent": "เจ้าหน้าที่", "customer": "ลูกค้า"}
    turns = [Turn(i, role, text, labels[role]) for i, (role, text) in enumerate(said)]
    findings = detector.scan(Conversation("c-1", "call.txt", "text", turns))
    assert [(f.turn, f.entity_type) for f in findings] == [
        (1, "BANK_ACCOUNT"),
        (3, "BANK_ACCOUNT"),
        (5, "BANK_ACCOUNT"),
    ]


def test_the_last_digits_said_after_a_piece_close_an_id(detector, conversation):
    # 1103700452184 read in English: "one one oh", "three seven oh oh", "four five two one
    # and then eight four".
    conv = conversation(
        ("customer", "one one oh"),
        ("agent", "mm-hm"),
        ("customer", "three seven oh oh"),
        ("agent", "ครับ"),
        ("customer", "four five two one and then eight four"),
    )
    findings = detector.scan(conv)
    assert [(f.turn, f.entity_type) for f in findings] == [
        (0, "TH_TNIN"),
        (2, "TH_TNIN"),
        (4, "TH_TNIN"),
        (4, "TH_TNIN"),
    ]
    assert findings[-1].end - findings[-1].start == len("eight four")


def test_a_count_said_after_the_last_piece_is_no_digit_of_the_card(detector, conversation):
    conv = conversation(
        ("agent", "please the card number"),
        ("customer", "six two one four eight three oh oh"),
        ("agent", "ค่ะ"),
        ("customer", "one two three four five six seven"),
        ("agent", "yes"),
        ("customer", "eight nine oh oh nineteen number"),
    )
    findings = detector.scan(conv)
    assert [(f.turn, f.entity_type) for f in findings] == [
        (1, "CREDIT_CARD"),
        (3, "CREDIT_CARD"),
        (5, "CREDIT_CARD"),
    ]
    assert findings[-1].end - findings[-1].start == len("eight nine oh oh")


def test_a_number_read_again_slowly_in_pieces_is_what_it_was_found_as(detector, conversation):
    conv = conversation(
        ("agent", "your checking account number is four eight two oh oh one seven seven three"),
        ("customer", "can you repeat that slower"),
        ("agent", "four eight two"),
        ("customer", "yep"),
        ("agent", "oh oh one seven"),
        ("customer", "yep"),
        ("agent", "seven three"),
    )
    findings = detector.scan(conv)
    assert [(f.turn, f.entity_type) for f in findings] == [
        (0, "BANK_ACCOUNT"),
        (2, "BANK_ACCOUNT"),
        (4, "BANK_ACCOUNT"),
        (6, "BANK_ACCOUNT"),
    ]
    assert findings[1].group == findings[3].group


def test_the_first_digit_of_an_id_said_alone_opens_the_chain(detector):
    # 1103700452184 read as Thai IDs are printed: 1 1037 00452 18 4.
    said = [
        ("agent", "ขอเลขประจำตัวประชาชนครับ"),
        ("customer", "หนึ่ง"),
        ("agent", "ครับผม"),
        ("customer", "หนึ่งศูนย์สามเจ็ด"),
        ("agent", "ครับผม"),
        ("customer", "ศูนย์ศูนย์สี่ห้าสอง"),
        ("agent", "ครับ"),
        ("customer", "หนึ่งแปด สี่ ครับ"),
    ]
    labels = {"agent": "เจ้าหน้าที่", "customer": "ผู้ประกันตน"}
    turns = [Turn(i, role, text, labels[role]) for i, (role, text) in enumerate(said)]
    findings = detector.scan(Conversation("c-1", "call.txt", "text", turns))
    assert {(f.turn, f.entity_type) for f in findings} == {
        (1, "TH_TNIN"),
        (3, "TH_TNIN"),
        (5, "TH_TNIN"),
        (7, "TH_TNIN"),
    }
    assert len({f.group for f in findings}) == 1


def test_a_digit_word_said_alone_before_a_number_that_is_no_id_is_no_piece(detector):
    said = [
        ("agent", "how many cards do you have"),
        ("customer", "two"),
        ("agent", "okay"),
        ("customer", "4532015112830366"),
    ]
    turns = [Turn(i, role, text, role) for i, (role, text) in enumerate(said)]
    findings = detector.scan(Conversation("c-1", "call.txt", "text", turns))
    assert [(f.turn, f.entity_type) for f in findings] == [(3, "CREDIT_CARD")]


def test_a_thai_mobile_read_in_threes_with_the_agent_saying_a_piece_back(detector):
    said = [
        ("agent", "และเบอร์ผู้รับครับ"),
        ("customer", "ศูนย์ แปด หนึ่ง"),
        ("agent", "ครับ"),
        ("customer", "สอง สาม สี่ เอ่อ"),
        ("agent", "สอง สาม สี่"),
        ("customer", "ห้าหก... เอ่อ เจ็ดแปดค่ะ"),
    ]
    labels = {"agent": "พนง.", "customer": "ลค."}
    turns = [Turn(i, role, text, labels[role]) for i, (role, text) in enumerate(said)]
    findings = detector.scan(Conversation("c-1", "call.txt", "text", turns))
    assert [(f.turn, f.entity_type) for f in findings] == [
        (1, "PHONE_NUMBER"),
        (3, "PHONE_NUMBER"),
        (5, "PHONE_NUMBER"),
        (5, "PHONE_NUMBER"),
    ]
    assert len({f.group for f in findings}) == 1


def test_digit_words_in_threes_that_make_no_thai_mobile_are_no_phone(detector):
    said = [
        ("agent", "และเบอร์ผู้รับครับ"),
        ("customer", "หนึ่ง แปด หนึ่ง"),
        ("agent", "ครับ"),
        ("customer", "สอง สาม สี่"),
        ("agent", "ครับ"),
        ("customer", "ห้าหกเจ็ดแปดค่ะ"),
    ]
    turns = [Turn(i, role, text, role) for i, (role, text) in enumerate(said)]
    findings = detector.scan(Conversation("c-1", "call.txt", "text", turns))
    assert [f for f in findings if f.group] == []


def test_okay_in_thai_is_no_spoken_zero_before_a_piece(detector, conversation):
    conv = conversation(
        ("agent", "ค่า upgrade 4,900 บาท นะคะ รับเป็นบัตรเครดิตได้เลยค่ะ"),
        ("customer", "ครับ 5598 5705"),
        ("agent", "ค่ะ ต่อเลยค่ะ"),
        ("customer", "เดี๋ยวนะครับ แว่นอยู่ไหน... โอเค 7665"),
        ("agent", "ค่ะ"),
        ("customer", "4197 ครับ"),
    )
    findings = detector.scan(conv)
    assert [(f.turn, f.entity_type) for f in findings] == [
        (1, "CREDIT_CARD"),
        (3, "CREDIT_CARD"),
        (5, "CREDIT_CARD"),
    ]


def test_a_thai_word_that_opens_with_a_digit_word_is_no_piece(detector, conversation):
    # สามารถ ("can") opens with สาม ("three"): it must not be read as a piece before 4197.
    conv = conversation(
        ("agent", "รับเป็นบัตรเครดิตได้เลยค่ะ ขอเลขบัตรค่ะ"),
        ("customer", "ครับ 5598 5705"),
        ("agent", "ค่ะ ต่อเลยค่ะ"),
        ("customer", "7665"),
        ("agent", "ค่ะ"),
        ("customer", "สามารถ 4197 ครับ"),
    )
    findings = detector.scan(conv)
    assert [(f.turn, f.entity_type) for f in findings] == [
        (1, "CREDIT_CARD"),
        (3, "CREDIT_CARD"),
        (5, "CREDIT_CARD"),
    ]


def test_a_bangkok_landline_read_in_threes_after_its_words_is_one_phone(detector):
    # Three digit words standing alone are made digits, so these pieces need no checksum.
    said = [
        ("agent", "และเบอร์ผู้รับครับ"),
        ("customer", "ศูนย์ สอง หนึ่ง"),
        ("agent", "ครับ"),
        ("customer", "สอง สาม สี่"),
        ("agent", "ครับ"),
        ("customer", "ห้า หก เจ็ด ค่ะ"),
    ]
    turns = [Turn(i, role, text, role) for i, (role, text) in enumerate(said)]
    findings = detector.scan(Conversation("c-1", "call.txt", "text", turns))
    assert [(f.turn, f.entity_type) for f in findings] == [
        (1, "PHONE_NUMBER"),
        (3, "PHONE_NUMBER"),
        (5, "PHONE_NUMBER"),
    ]
    assert len({f.group for f in findings}) == 1


def test_account_whose_last_digits_are_said_alone(detector, conversation):
    conv = conversation(
        ("agent", "sure thing can i get the account number please"),
        ("customer", "yeah hold on it's four oh oh two"),
        ("agent", "uh huh"),
        ("customer", "double seven one eight"),
        ("agent", "okay go ahead"),
        ("customer", "three oh"),
        ("agent", "so that's four zero zero two seven seven one eight three zero"),
    )
    found = [(f.turn, f.entity_type) for f in detector.scan(conv)]
    assert found == [
        (1, "BANK_ACCOUNT"),
        (3, "BANK_ACCOUNT"),
        (5, "BANK_ACCOUNT"),
        (6, "BANK_ACCOUNT"),
    ]


def test_an_eleven_digit_account_read_in_pieces(detector, conversation):
    conv = conversation(
        ("agent", "and the account number for the title company"),
        ("customer", "9174 402"),
        ("agent", "mm-hmm"),
        ("customer", "8336"),
    )
    assert {f.entity_type for f in detector.scan(conv)} == {"BANK_ACCOUNT"}


def test_an_account_asked_for_after_its_routing_number_is_read_in_pieces(detector, conversation):
    conv = conversation(
        ("customer", "the bank account for my pension. BSB is oh five five eight nine nine."),
        ("agent", "yep."),
        ("customer", "and the account number, nine three five one seven"),
        ("agent", "mm-hm, keep going."),
        ("customer", "two six two seven"),
    )
    assert [(f.turn, f.entity_type) for f in detector.scan(conv)] == [
        (2, "BANK_ACCOUNT"),
        (4, "BANK_ACCOUNT"),
    ]


def test_a_phone_and_its_extension_beside_an_account_word_are_no_account(detector, conversation):
    conv = conversation(
        ("agent", "เลขที่บัญชีของบริษัทแจ้งในอีเมลแล้วค่ะ"),
        ("agent", "สอบถามเพิ่มเติม โทร 02-832-1000 ต่อ 4127"),
    )
    assert "BANK_ACCOUNT" not in {f.entity_type for f in detector.scan(conv)}


def test_a_card_read_on_past_a_piece_with_an_excuse_after_it(detector, conversation):
    conv = conversation(
        ("customer", "right it's a mastercard five three five six"),
        ("agent", "yep"),
        ("customer", "oh three two six sorry me glasses"),
        ("agent", "no rush"),
        ("customer", "four nine nine eight"),
        ("agent", "okay"),
        ("customer", "three five oh one"),
    )
    found = [(f.turn, f.entity_type) for f in detector.scan(conv)]
    assert found == [(0, "CREDIT_CARD"), (2, "CREDIT_CARD"), (4, "CREDIT_CARD"), (6, "CREDIT_CARD")]


def test_a_card_piece_with_an_aside_inside_its_turn_is_read_on(detector, conversation):
    conv = conversation(
        ("agent", "thank you and the card number"),
        ("customer", "three five three oh six nine one five"),
        ("agent", "go on"),
        ("customer", "four three oh nine hold on my glasses six seven oh four"),
        ("agent", "thank you and the expiry"),
    )
    found = [(f.turn, f.entity_type) for f in detector.scan(conv)]
    assert found == [(1, "CREDIT_CARD"), (3, "CREDIT_CARD"), (3, "CREDIT_CARD")]


def test_a_correction_inside_a_turn_is_no_rest_of_the_piece(detector, conversation):
    conv = conversation(
        ("agent", "thank you and the card number"),
        ("customer", "three five three oh six nine one five"),
        ("agent", "go on"),
        ("customer", "four three oh nine sorry no six seven oh four"),
    )
    assert [f for f in detector.scan(conv) if f.entity_type == "CREDIT_CARD"] == []


def test_a_year_after_a_month_is_no_piece_of_a_number_in_the_next_line(detector, conversation):
    conv = conversation(
        ("customer", "บัตร 3887281693149"),
        ("customer", "เกิด 4 กุมภาพันธ์ 2503"),
        ("customer", "บัญชี ธ.ก.ส. 023448035741 ชื่อแม่เองค่ะ"),
    )
    found = {(f.turn, f.entity_type) for f in detector.scan(conv)}
    assert (1, "CREDIT_CARD") not in found
    assert (2, "BANK_ACCOUNT") in found


@pytest.mark.parametrize("said", ["march 2028 is the expiry", "march 2028"])
def test_a_year_after_a_month_after_a_piece_is_no_piece(detector, conversation, said):
    # 4111 1111 1111 and 2028 together pass the card checksum.
    conv = conversation(
        ("customer", "my card is 4111 1111 1111"),
        ("agent", "ok"),
        ("customer", said),
    )
    assert "CREDIT_CARD" not in [f.entity_type for f in detector.scan(conv)]


@pytest.mark.parametrize("first", ["Omar 4532", "it's Jan 4532", "ok may 4532", "ชื่อมีนา 4532"])
def test_a_month_or_a_name_like_one_before_a_piece_that_is_no_year(detector, conversation, first):
    conv = conversation(
        ("agent", "what card would you like to use?"),
        ("customer", first),
        ("customer", "0151 1283 0366"),
    )
    assert "CREDIT_CARD" in [f.entity_type for f in detector.scan(conv)]


def test_a_pause_is_no_correction_and_a_correction_must_say_so(detector, conversation):
    conv = conversation(
        ("agent", "card number please"),
        ("customer", "4532"),
        ("customer", "0151"),
        ("customer", "1283"),
        ("customer", "wait, 0366"),
    )
    assert [f.turn for f in detector.scan(conv) if f.entity_type == "CREDIT_CARD"] == [1, 2, 3, 4]


@pytest.mark.parametrize(
    "corrected",
    [
        "three eight six nine sorry no it's three eight six four",
        "three eight uh sorry three eight six four",
        "ขอโทษค่ะ ไม่ใช่ค่ะ three eight six four",
        "three eight six nine เอ๊ย ไม่ใช่ค่ะ three eight six four",
    ],
)
def test_a_piece_taken_back_and_said_again_is_read_as_said_again(detector, conversation, corrected):
    conv = conversation(
        ("agent", "the card number please"),
        ("customer", "four eight oh two six eight six four"),
        ("agent", "yep"),
        ("customer", corrected),
        ("agent", "ok"),
        ("customer", "double nine one three"),
    )
    found = [(f.turn, f.entity_type) for f in detector.scan(conv)]
    assert found == [(1, "CREDIT_CARD"), (3, "CREDIT_CARD"), (5, "CREDIT_CARD")]


def test_a_correction_then_an_aside_inside_one_turn(detector, conversation):
    conv = conversation(
        ("agent", "card number when you're ready"),
        ("customer", "Right. Four five eight four..."),
        ("agent", "Mm-hm."),
        ("customer", "eight four four two..."),
        ("agent", "Yep."),
        (
            "customer",
            "six seven nine seven, no sorry, six seven seven nine, my glasses, and then"
            " five six one two.",
        ),
    )
    pieces = [f for f in detector.scan(conv) if f.entity_type == "CREDIT_CARD"]
    assert [f.turn for f in pieces] == [1, 3, 5, 5]


def test_a_chain_goes_on_past_a_longer_aside_after_a_piece(detector, conversation):
    conv = conversation(
        ("agent", "could you read me the long number on the front of the card"),
        ("customer", "yep so it's four nine one six"),
        ("agent", "mhm"),
        ("customer", "five nine three three"),
        ("agent", "yep"),
        ("customer", "six oh oh oh sorry hang on the light's bad in here"),
        ("agent", "no rush"),
        ("customer", "five four six five"),
    )
    assert [f.turn for f in detector.scan(conv) if f.entity_type == "CREDIT_CARD"] == [1, 3, 5, 7]


def test_a_turn_that_opens_by_taking_the_last_piece_back_replaces_it(detector, conversation):
    conv = conversation(
        ("agent", "what card would you like to use?"),
        ("customer", "5556 5580"),
        ("customer", "0357"),
        ("customer", "sorry 0537*"),
        ("customer", "5781"),
        ("agent", "No worries"),
    )
    found = [(f.turn, f.entity_type) for f in detector.scan(conv)]
    assert found == [(1, "CREDIT_CARD"), (3, "CREDIT_CARD"), (4, "CREDIT_CARD")]


def test_a_piece_said_back_before_asking_for_the_rest_is_stepped_over(detector, conversation):
    conv = conversation(
        ("agent", "your account is locked can you give me the card number"),
        ("customer", "three seven one seven"),
        ("agent", "three seven one seven got it"),
        ("customer", "one five five seven zero four"),
        ("agent", "one five five seven zero four and the last five"),
        ("customer", "one eight nine four one"),
    )
    found = [(f.turn, f.entity_type) for f in detector.scan(conv)]
    assert found == [(1, "CREDIT_CARD"), (3, "CREDIT_CARD"), (5, "CREDIT_CARD")]


def test_the_first_turns_last_group_taken_back_in_the_next_turn(detector, conversation):
    conv = conversation(
        ("agent", "card number please"),
        ("customer", "4532 0152"),
        ("customer", "sorry 0151"),
        ("customer", "1283 0366"),
    )
    pieces = [f for f in detector.scan(conv) if f.entity_type == "CREDIT_CARD"]
    assert [(f.turn, f.end - f.start) for f in pieces] == [(1, 4), (2, 4), (3, 9)]


def test_a_phone_found_whole_with_its_extension_is_no_account_in_pieces(detector, conversation):
    conv = conversation(
        ("agent", "ชำระได้ที่บัญชีนิติบุคคล ธ.ไทยพาณิชย์ 168-2-70431-8 ค่ะ"),
        ("agent", "ติดต่อฝ่ายนิติบุคคล 02-017-5500 ต่อ 101"),
    )
    found = [(f.turn, f.entity_type) for f in detector.scan(conv)]
    assert found == [(0, "BANK_ACCOUNT"), (1, "PHONE_NUMBER")]


def test_halves_after_another_kind_of_code_are_no_one_time_code(detector, conversation):
    conv = conversation(
        ("agent", "and what's the postcode there"),
        ("customer", "seven two nine"),
        ("agent", "mhm"),
        ("customer", "four four one"),
    )
    assert [f.entity_type for f in detector.scan(conv) if f.entity_type == "OTP"] == []
