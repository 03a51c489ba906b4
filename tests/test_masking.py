from ccaudit.masking import (
    fingerprint,
    mask_card_number,
    mask_free_text,
    mask_spans,
    mask_value,
)


def test_card_keeps_first_six_and_last_four_with_separators():
    assert mask_card_number("4532 0151 1283 0366") == "4532 01** **** 0366"
    assert mask_card_number("4532015112830366") == "453201******0366"


def test_card_fragments_mask_by_position_in_the_whole_number():
    assert mask_card_number("4532 0151", digits_before=0, total_digits=16) == "4532 01**"
    assert mask_card_number("1128", digits_before=8, total_digits=16) == "****"
    assert mask_card_number("0151 1283", digits_before=4, total_digits=16) == "01** ****"
    assert mask_card_number("0366", digits_before=12, total_digits=16) == "0366"


def test_short_digit_runs_keep_nothing():
    assert mask_card_number("4532 0151") == "**** ****"
    assert mask_card_number("4532 0151 1283") == "**** **** ****"


def test_card_of_thirteen_digits_keeps_first_six_and_last_four():
    assert mask_card_number("4532-0151-1283-0") == "4532-01**-*283-0"


def test_card_in_thai_digits_and_letters_inside_it():
    assert mask_card_number("๔๕๓๒ ๐๑๕๑ ๑๒๘๓ ๐๓๖๖") == "๔๕๓๒ ๐๑** **** ๐๓๖๖"
    assert mask_card_number("4532x01511283y0366") == "4532*01*******0366"


def test_numbers_keep_their_separators_and_nothing_else():
    assert mask_value("TH_TNIN", "1-1037-00221-57-4") == "*-****-*****-**-*"
    assert mask_value("PHONE_NUMBER", "+66 81 234 5678") == "+** ** *** ****"


def test_values_with_letters_keep_only_their_length():
    assert mask_value("EMAIL_ADDRESS", "somchai.d@gmail.com") == "*" * 19
    assert mask_value("PERSON", "Ann Lee") == "*******"
    assert mask_value("CARD_EXPIRY", "twelve twenty-seven") == "*" * 19


def test_a_mask_prints_on_one_line():
    assert mask_value("PHONE_NUMBER", "081\n234 5678") == "*** *** ****"
    assert mask_card_number("4532 0151\r\n1283 0366") == "4532 01**  **** 0366"


def test_free_text_masks_numbers_thai_digits_and_emails():
    text = "เลข ๑๑๐๓๗๐๐๒๒๑๕๗๔ and 081-234-5678 mail a.b@example.com ok 12"
    masked = mask_free_text(text)
    assert "๑๑๐๓" not in masked and "5678" not in masked and "a.b@" not in masked
    assert masked.endswith("ok 12")


def test_mask_spans_masks_given_spans_whole():
    assert mask_spans("my name is Ann Lee", [(11, 18)]) == "my name is *******"
    assert mask_spans("เลข ศูนย์ แปด หนึ่ง ค่ะ", [(4, 19)]) == "เลข " + "*" * 15 + " ค่ะ"


def test_fingerprint_needs_a_key_and_depends_on_it():
    assert fingerprint(None, "CREDIT_CARD", "4532015112830366") is None
    a = fingerprint(b"k1", "CREDIT_CARD", "4532015112830366")
    b = fingerprint(b"k2", "CREDIT_CARD", "4532015112830366")
    assert a and b and a != b
    assert "4532015112830366" not in a
