"""Phrase matching that survives real speech: Thai segmentation, particles, ASR noise."""

import pytest

from ccaudit.adherence.matching import PhraseSet
from ccaudit.adherence.text import match_key, words

RECORDING = PhraseSet(["การสนทนานี้มีการบันทึกเสียง", "this call ... recorded"])


def test_particles_and_fillers_are_dropped_as_words():
    assert words("เอ่อ สวัสดีค่ะ um hello นะคะ") == ["สวัสดี", "hello"]


def test_particle_letters_inside_a_word_survive():
    assert "คะแนน" in match_key("คะแนนสะสมของคุณ").text


def test_zero_width_and_punctuation_and_case_are_ignored():
    assert match_key("This\u200b call, IS... recorded!").text == "this call is recorded"


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
    ],
)
def test_recording_disclosure_variants_match(turn):
    assert RECORDING.find(turn) is not None


@pytest.mark.parametrize(
    "turn", ["สวัสดีค่ะ ธนาคารสยามไทย", "we record nothing on this call", "บันทึกข้อความ"]
)
def test_unrelated_turns_do_not_match(turn):
    assert RECORDING.find(turn) is None


def test_latin_phrase_must_sit_on_word_edges():
    assert PhraseSet(["pin"]).find("spinning wheel") is None
    assert PhraseSet(["pin"]).find("your PIN please") is not None


def test_short_thai_phrase_must_sit_on_word_edges():
    assert PhraseSet(["ขอ ... otp"]).find("ขอบคุณค่ะ ธนาคารไม่ถาม OTP") is None
    assert PhraseSet(["ขอ ... otp"]).find("ขอรหัส OTP ด้วยค่ะ") is not None


def test_gap_parts_must_come_in_order():
    assert PhraseSet(["call ... recorded"]).find("recorded call") is None


def test_threshold_controls_tolerance():
    misspelt = "การสนทนานี้มีการบนทึกเสยง"
    assert PhraseSet(["การสนทนานี้มีการบันทึกเสียง"], threshold=100).find(misspelt) is None
    assert PhraseSet(["การสนทนานี้มีการบันทึกเสียง"], threshold=85).find(misspelt) is not None


def test_blocked_exception_span_hides_a_forbidden_phrase():
    forbidden = PhraseSet(["ask for your otp", "otp"])
    exceptions = PhraseSet(["never ask for your otp"])
    warning = "We will never ask for your OTP."
    assert forbidden.find(warning, exceptions.spans(warning)) is None
    both = "We will never ask for your OTP. Now what is your OTP?"
    assert forbidden.find(both, exceptions.spans(both)) is not None


def test_thai_exception_hides_thai_forbidden_phrase():
    forbidden = PhraseSet(["แจ้ง ... otp"])
    exceptions = PhraseSet(["ไม่ต้องแจ้ง ... otp"])
    warning = "ไม่ต้องแจ้งรหัส OTP นะคะ"
    assert forbidden.find(warning, exceptions.spans(warning)) is None
    assert forbidden.find("รบกวนแจ้งรหัส OTP ค่ะ") is not None
