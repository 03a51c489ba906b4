"""OTP: one-time codes and PINs of 4 to 8 digits, recognised only by context, and passwords
given after their word.

A password is letters and digits together ("Kite2468", typed) or a word and a number said
after it ("lantern forty one"). Between the word and the password only a few filler words
may stand ("the password I had was ...", "รหัสเดิมคือ ..."), so that "รหัสสินค้า AB1234", a
product code, is no password; a number alone is left to the OTP pattern.
"""

from __future__ import annotations

import re

from presidio_analyzer import Pattern, RecognizerResult

from ccaudit.model import Severity
from ccaudit.pii.numbers import NUM_END, NUM_START, SPACED_DIGITS
from ccaudit.pii.recognizers.base import PATTERN, VALIDATED, ContextPatternRecognizer
from ccaudit.pii.recognizers.card_cvv import LAST_DIGITS_WORDS, NOT_MONEY_AFTER, NOT_MONEY_BEFORE
from ccaudit.pii.recognizers.date_of_birth import THAI_MONTH_NAMES

_PASSWORD_WORD = r"(?:password|passcode|pass word|รหัสผ่าน|รหัส)"
_FILLER = (
    r"(?:is|was|it's|it is|he|she|i|we|they|had|has|have|used|before|my|his|her|the|old|new"
    r"|current|account|เดิม|เก่า|ใหม่|เป็น|คือ|ว่า|ที่ใช้|ของ(?:ผม|ฉัน|หนู|ดิฉัน)|ค่ะ|ครับ)"
)
_NUMBER_WORD = (
    r"(?:zero|oh|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
    r"|(?:thir|four|fif|six|seven|eigh|nine)teen|twenty|thirty|forty|fifty|sixty|seventy"
    r"|eighty|ninety|hundred|double|triple)"
)
_QUOTE = "\"'“”‘’"
PASSWORD = re.compile(
    rf"{_PASSWORD_WORD}(?:[\s:=]*{_FILLER}(?![a-z]))*[\s:=]*[{_QUOTE}]?"
    # Typed: letters and digits together, not an address.
    rf"(?P<password>(?=[^\s{_QUOTE}]*[0-9])(?=[^\s{_QUOTE}]*[a-z])(?![^\s]*(?:@|://))"
    rf"[^\s{_QUOTE}]{{5,31}}[^\s{_QUOTE}.,;:)]"
    # Said: a word, then a number that ends the sentence.
    rf"|(?![a-z]*\d)[a-z]{{3,20}}(?:[ -]{_NUMBER_WORD})+(?=\s*(?:[.,!?\n]|$)))",
    re.IGNORECASE,
)
PASSWORD_SCORE = 0.6


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

    def may_match(self, text: str) -> bool:
        return super().may_match(text) or PASSWORD.search(text) is not None

    def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None):
        results = super().analyze(text, entities, nlp_artifacts, regex_flags)
        for match in PASSWORD.finditer(text):
            start, end = match.span("password")
            if not any(r.start < end and start < r.end for r in results):
                results.append(self._password(start, end))
        return results

    def _password(self, start: int, end: int) -> RecognizerResult:
        return RecognizerResult(
            self.ENTITY,
            start,
            end,
            PASSWORD_SCORE,
            recognition_metadata={
                RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
                VALIDATED: False,
                PATTERN: "password",
            },
        )
