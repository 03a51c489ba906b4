"""PHONE_NUMBER: Thai mobiles and landlines, +66, and other countries written with +CC."""

from __future__ import annotations

import re

import phonenumbers
from presidio_analyzer import Pattern

from ccaudit.model import Severity
from ccaudit.pii.numbers import NUM_END, NUM_START, SEP, digits_only
from ccaudit.pii.recognizers.base import ContextPatternRecognizer

THAI_NUMBER = re.compile(r"(?:\+?66|0)(?:[689][0-9]{8}|[2-7][0-9]{7})")
# xxx-x-xxxxx-x is how Thai banks print account numbers; nobody writes a phone that way.
BANK_LAYOUT = re.compile(r"[0-9]{3}-[0-9]-[0-9]{5}-[0-9]")
# Read as a phone, that layout scores low enough that account words (which lift a dashed
# account to 0.6) outrank phone words (which would lift it to 0.55).
BANK_LAYOUT_SCORE = 0.15


def is_phone_number(text: str) -> bool:
    """Thai numbers by their national prefixes (06/08/09 mobile, 02-07 landline, also as
    +66); other countries when phonenumbers says a carrier could issue the number."""
    digits = digits_only(text)
    if THAI_NUMBER.fullmatch(digits):
        return True
    if not text.lstrip().startswith("+"):
        return False
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(text, None))
    except phonenumbers.NumberParseException:
        return False


class PhoneNumberRecognizer(ContextPatternRecognizer):
    """No checksum: `validate_result` stays None so a plausible number keeps its pattern
    score; `invalidate_result` drops what phonenumbers says no carrier would issue."""

    ENTITY = "PHONE_NUMBER"
    SEVERITY = Severity.medium
    NUMERIC = True
    LABEL_EN = "phone number"
    LABEL_TH = "เบอร์โทรศัพท์"
    DIGITS = (9, 15)
    PATTERNS = (
        Pattern("th_mobile", rf"{NUM_START}0[689](?:{SEP}[0-9]){{8}}{NUM_END}", 0.5),
        Pattern("th_landline", rf"{NUM_START}0[2-7](?:{SEP}[0-9]){{7}}{NUM_END}", 0.45),
        Pattern(
            "th_plus66",
            rf"(?<![0-9A-Za-z+])\+66{SEP}[1-9](?:{SEP}[0-9]){{7,8}}{NUM_END}",
            0.6,
        ),
        Pattern(
            "international",
            rf"(?<![0-9A-Za-z+])\+[1-9][0-9]{{0,2}}(?:{SEP}[0-9]{{1,4}}){{2,5}}{NUM_END}",
            0.5,
        ),
    )
    CONTEXT = (
        "phone", "mobile", "cell", "call", "tel", "telephone", "number", "contact", "whatsapp",
        "line", "โทร", "โทรศัพท์", "เบอร์", "เบอร์โทร", "มือถือ", "ติดต่อ", "หมายเลข",
    )  # fmt: skip
    NEGATIVE_CONTEXT = ("imei", "order", "ref", "เลขพัสดุ", "คำสั่งซื้อ", "อ้างอิง")

    def pattern_score(self, pattern: Pattern, pattern_text: str) -> float:
        if BANK_LAYOUT.fullmatch(pattern_text):
            return BANK_LAYOUT_SCORE
        return pattern.score

    def invalidate_result(self, pattern_text: str) -> bool:
        return not is_phone_number(pattern_text)
