"""A read-back repeats a number with no context near it; it keeps the entity found first."""


def entities(detector, conv):
    return [(f.turn, f.entity_type) for f in detector.scan(conv)]


def test_read_back_of_an_account_number(detector, conversation):
    conv = conversation(
        ("agent", "Which account should we refund to?"),
        ("customer", "it's 103 5 41399 3"),
        ("agent", "Just to confirm, 103 5 41399 3?"),
    )
    assert entities(detector, conv) == [(1, "BANK_ACCOUNT"), (2, "BANK_ACCOUNT")]


def test_read_back_keeps_the_phone_reading_over_a_weaker_one(detector, conversation):
    conv = conversation(
        ("agent", "What's the best number to call you back on?"),
        ("customer", "You can reach me on 065-956-6091"),
        ("agent", "Just to confirm, 065-956-6091?"),
        ("agent", "Which account should we refund to?"),
    )
    assert entities(detector, conv) == [(1, "PHONE_NUMBER"), (2, "PHONE_NUMBER")]


def test_short_repeats_are_not_carried_over(detector, conversation):
    conv = conversation(
        ("customer", "the CVV is 123"),
        ("agent", "thanks, let me check the details on the system for you now"),
        ("customer", "I waited 123 minutes"),
    )
    assert entities(detector, conv) == [(0, "CARD_CVV")]


def test_context_does_not_reach_into_the_next_turn(detector, conversation):
    conv = conversation(("customer", "0966352124 ครับ"), ("agent", "ขอเลขบัญชีด้วยค่ะ"))
    assert entities(detector, conv) == [(0, "PHONE_NUMBER")]


def test_digits_inside_a_code_are_no_read_back(detector, conversation):
    conv = conversation(
        ("agent", "Your parcel tracking number is TH1035413993."),
        ("customer", "OK, and please refund to account 103 5 41399 3"),
        ("agent", "Sure, the refund to 1035413993X0 is booked."),
    )
    assert entities(detector, conv) == [(1, "BANK_ACCOUNT")]


def test_a_corrected_account_number_is_the_same_entity(detector, conversation):
    conv = conversation(
        ("agent", "Which account do you want the refund paid into?"),
        ("customer", "account number 4410 2298 1736"),
        ("customer", "oops, make that 4410 2298 1763, I swapped the last two"),
    )
    assert entities(detector, conv) == [(1, "BANK_ACCOUNT"), (2, "BANK_ACCOUNT")]


def test_a_slip_said_in_the_same_breath_keeps_the_kind(detector, conversation):
    conv = conversation(
        ("agent", "ขอเลขบัญชีที่โอนไปค่ะ"),
        (
            "customer",
            "ตั้งใจโอนเข้า หนึ่งสามเจ็ด สอง หกหกศูนย์หนึ่งแปด สี่ แต่พิมพ์เป็น หนึ่งสามเจ็ด สอง หกหกศูนย์หนึ่งแปด ห้า",
        ),
    )
    assert entities(detector, conv) == [(1, "BANK_ACCOUNT"), (1, "BANK_ACCOUNT")]


def test_a_number_far_from_a_found_one_is_not_a_correction(detector, conversation):
    conv = conversation(
        ("customer", "account number 4410 2298 1736"),
        ("customer", "my order went out as 9917 5520 1736"),
    )
    assert entities(detector, conv) == [(0, "BANK_ACCOUNT")]


def test_a_thai_id_misread_back_is_no_id(detector, conversation):
    conv = conversation(
        ("customer", "เลขบัตรประชาชน 1101700203450 ค่ะ"),
        ("agent", "ทวนนะคะ 1101700203405 ถูกไหมคะ"),
    )
    assert entities(detector, conv) == [(0, "TH_TNIN")]


def test_a_short_code_keyed_again_after_a_prompt_is_the_same_code(detector, conversation):
    conv = conversation(
        ("ivr", "please enter your four digit phone banking pin"),
        ("customer", "nine oh oh seven"),
        ("ivr", "sorry i didn't catch that please use your keypad"),
        ("customer", "9 0 0 7"),
    )
    assert entities(detector, conv) == [(1, "OTP"), (3, "OTP")]


def test_a_short_code_does_not_carry_over_the_whole_call(detector, conversation):
    conv = conversation(
        ("ivr", "please enter your four digit phone banking pin"),
        ("customer", "nine oh oh seven"),
        ("agent", "thanks"),
        ("customer", "ok"),
        ("agent", "anything else"),
        ("customer", "the parcel box is 9007 on level two"),
    )
    assert entities(detector, conv) == [(1, "OTP")]
