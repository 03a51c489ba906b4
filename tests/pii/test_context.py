"""Context is scored by character window, which works on unsegmented Thai."""

import pytest

from ccaudit.pii.context import find_words, words_regex


def entities(detector, conversation, *turns):
    return [(f.turn, f.entity_type) for f in detector.scan(conversation(*turns))]


def test_english_context_word_must_stand_alone():
    pattern = words_regex(["exp", "บัญชี"])
    assert [m.group() for m in find_words(pattern, "please explain exp")] == ["exp"]
    assert [m.group() for m in find_words(pattern, "เลขบัญชีของผม")] == ["บัญชี"]


def test_longest_word_wins_where_words_share_a_start():
    pattern = words_regex(["exp", "expiry", "expire", "บัตร", "บัตรเครดิต", "pin", "pin code"])
    found = pattern.finditer("expiry expire exp บัตรเครดิต บัตร pin code pin")
    assert [m.group() for m in found] == [
        "expiry", "expire", "exp", "บัตรเครดิต", "บัตร", "pin code", "pin",
    ]  # fmt: skip


def test_word_inside_longer_word_gives_no_context(detector, conversation):
    assert entities(detector, conversation, ("customer", "let me explain 12/27")) == []
    assert entities(detector, conversation, ("customer", "exp 12/27")) == [(0, "CARD_EXPIRY")]


def test_question_in_the_previous_turn_is_context(detector, conversation):
    turns = (("agent", "รบกวนขอเลขบัญชีด้วยค่ะ"), ("customer", "1234567890 ครับ"))
    assert entities(detector, conversation, *turns) == [(1, "BANK_ACCOUNT")]


def test_context_after_the_value_counts(detector, conversation):
    assert entities(detector, conversation, ("customer", "5521 คือรหัส OTP")) == [(0, "OTP")]


@pytest.mark.parametrize(
    "text",
    ["เลขบัญชี ธนาคารกรุงเทพ สาขาสีลม ชั้นสาม ติดต่อฝ่ายบริการลูกค้า แผนก 1234567890"],
)
def test_context_further_than_the_window_does_not_count(detector, conversation, text):
    assert entities(detector, conversation, ("customer", text)) == []


def test_negative_context_vetoes_a_match(detector, conversation):
    assert entities(detector, conversation, ("customer", "card IMEI 4532015112830366")) == []


def test_thai_word_whose_last_consonant_opens_the_next_syllable_is_not_there():
    pattern = words_regex(["พิน", "รหัส"])
    assert [m.group() for m in find_words(pattern, "คอนโดลุมพินี ซอยสอง")] == []
    assert [m.group() for m in find_words(pattern, "พินัยกรรมของพ่อ")] == []
    assert [m.group() for m in find_words(pattern, "กดพินสี่หลัก รหัสผ่าน")] == ["พิน", "รหัส"]


def test_place_name_holding_a_code_word_gives_no_context(detector, conversation):
    turn = ("customer", "ส่งที่คอนโดศุภาลัย ลุมพินี พระราม 4 ถนนพระราม 4 10500 ค่ะ")
    assert entities(detector, conversation, turn) == []
