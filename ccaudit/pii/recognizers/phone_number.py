"""PHONE_NUMBER: Thai mobiles and landlines, +66, and other countries written with +CC."""

from __future__ import annotations

import phonenumbers
from presidio_analyzer import Pattern

from ccaudit.pii.numbers import NUM_END, NUM_START, SEP
from ccaudit.pii.recognizers.base import ContextPatternRecognizer


def is_phone_number(text: str) -> bool:
    """True for a number valid in Thailand, or anywhere when written with +country code."""
    try:
        parsed = phonenumbers.parse(text, "TH")
    except phonenumbers.NumberParseException:
        return False
    return phonenumbers.is_valid_number(parsed)


class PhoneNumberRecognizer(ContextPatternRecognizer):
    """No checksum: `validate_result` stays None so a plausible number keeps its pattern
    score; `invalidate_result` drops what phonenumbers says no carrier would issue."""

    ENTITY = "PHONE_NUMBER"
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

    def invalidate_result(self, pattern_text: str) -> bool:
        return not is_phone_number(pattern_text)
