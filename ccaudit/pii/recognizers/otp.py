"""OTP: one-time codes and PINs of 4 to 8 digits, recognised only by context."""

from __future__ import annotations

from presidio_analyzer import Pattern

from ccaudit.model import Severity
from ccaudit.pii.numbers import NUM_END, NUM_START, SPACED_DIGITS
from ccaudit.pii.recognizers.base import ContextPatternRecognizer
from ccaudit.pii.recognizers.card_cvv import LAST_DIGITS_WORDS, NOT_MONEY_AFTER, NOT_MONEY_BEFORE
from ccaudit.pii.recognizers.date_of_birth import THAI_MONTH_NAMES


class OtpRecognizer(ContextPatternRecognizer):
    ENTITY = "OTP"
    SEVERITY = Severity.high
    NUMERIC = True
    LABEL_EN = "one-time code or PIN"
    LABEL_TH = "รหัส OTP"
    DIGITS = (4, 8)
    PATTERNS = (
        Pattern(
            "otp", rf"{NOT_MONEY_BEFORE}{NUM_START}{SPACED_DIGITS}{NUM_END}{NOT_MONEY_AFTER}", 0.1
        ),
    )
    CONTEXT = (
        "otp", "one-time", "one time", "verification code", "verify code", "pin", "pin code",
        "passcode", "password", "security pin", "โอทีพี", "รหัส otp", "รหัสยืนยัน",
        "รหัสผ่าน", "รหัส pin", "รหัสพิน", "พิน", "รหัสครั้งเดียว", "รหัสที่ได้รับ", "รหัส",
        "sms code", "text code", "the code is", "got a code", "got the code", "received a code",
        "code i got", "code i received", "โค้ด", "sms", "send a code", "sent a code",
        "sent you a code", "send you a code", "text you a code",
    )  # fmt: skip
    NEGATIVE_CONTEXT = (
        "extension", "postal", "zip", "postcode", "ไปรษณีย์", "ปี", "year", "พ.ศ.", "ค.ศ.",
        "order", "ออเดอร์", "ref", "อ้างอิง", "คำสั่งซื้อ", "เวลา", "โมง", "พนักงาน", "สาขา",
        "สินค้า", "พัสดุ", "employee", "branch", "call", "dial", "โทร",
    ) + LAST_DIGITS_WORDS + THAI_MONTH_NAMES  # fmt: skip
    NEEDS_CONTEXT = True
