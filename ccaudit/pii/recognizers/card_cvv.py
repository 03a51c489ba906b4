"""CARD_CVV: the 3 or 4 digits on the back of a card, recognised only by context.

The digits stand apart by spaces at most: "11-27" or "11/27" beside a CVV word is an expiry
date or a range, never a security code."""

from __future__ import annotations

import re

from ccaudit.model import Severity
from ccaudit.pii.context import CONTEXT_BEFORE, has_word
from ccaudit.pii.numbers import NUM_END, NUM_START, digit_runs
from ccaudit.pii.recognizers.base import ContextPatternRecognizer, RePattern
from ccaudit.pii.recognizers.card_expiry import EXPIRY_WORDS

# Amounts and extensions are not codes: not after a currency sign or an extension label
# (matched here, not as negative context: ต่อ is also inside ติดต่อ, "contact"), not before
# a currency word.
NOT_MONEY_BEFORE = r"(?<!฿)(?<!฿ )(?<!\$)(?<!ต่อ)(?<!ต่อ )(?<!ext)(?<!ext )(?<!ext\.)(?<!ext\. )"
NOT_MONEY_AFTER = r"(?! ?(?:บาท|baht|thb|dollars?|usd|%))"
# Nor a piece of a date or a time ("[02/03/26 10:01]" holds the run "26 10").
NOT_DATE_BEFORE = r"(?<![0-9][/:])"
NOT_DATE_AFTER = r"(?![/:][0-9])"
# The last digits of a card or a phone, said to point at it ("the phone ending 5518").
LAST_DIGITS_WORDS = (
    "ending", "ends in", "ends with", "last four", "last 4", "ลงท้าย", "สี่ตัวท้าย", "4 ตัวท้าย",
    "ตัวท้าย",
)  # fmt: skip
_SPACED_DIGITS = r"[0-9](?: ?[0-9])*"
# Digits right after a card's expiry date are its security code, given with it unasked:
# "exp 1/28 and 604". A year is not ("expiry 12/27, 2024 statement").
_DATE_BEFORE = re.compile(
    r"(?<![0-9])(?:0?[1-9]|1[0-2]) ?/ ?(?:20)?[0-9]{2}[ \t]*(?:[,;&]|and|และ|กับ)?[ \t]*$"
)
_A_YEAR = re.compile(r"(?:19|20)[0-9]{2}(?![0-9])")
AFTER_EXPIRY_SCORE = 0.5
# A number that names who speaks or writes: "Visitor 4821 (unverified) 11:07 PM", or a short
# code opening a line of an SMS thread ("1677: your balance is ...").
_PARTICIPANT_BEFORE = re.compile(
    r"(?<![a-z])(?:visitor|guest|user|caller|customer|client|agent|speaker|spk|member"
    r"|ผู้ใช้|ลูกค้า|ผู้เยี่ยมชม)[ \t#_\-]*$",
    re.IGNORECASE,
)
_LABEL_COLON = re.compile(r"[ \t]*:(?:[ \t]|$)")
_TIMESTAMP = re.compile(r"[ \t\[\]()0-9/:.,\-]*")


def names_a_participant(text: str, start: int, end: int) -> bool:
    """Whether the number at text[start:end] is part of a speaker's or writer's label."""
    line_start = text.rfind("\n", 0, start) + 1
    if _PARTICIPANT_BEFORE.search(text, max(line_start, start - 16), start):
        return True
    opens_line = _TIMESTAMP.fullmatch(text, line_start, start) is not None
    return opens_line and _LABEL_COLON.match(text, end) is not None


class CardCvvRecognizer(ContextPatternRecognizer):
    ENTITY = "CARD_CVV"
    SEVERITY = Severity.critical
    NUMERIC = True
    LABEL_EN = "card security code"
    LABEL_TH = "รหัส CVV"
    DIGITS = (3, 4)
    PATTERNS = (
        RePattern(
            "cvv",
            rf"{NOT_MONEY_BEFORE}{NOT_DATE_BEFORE}{NUM_START}{_SPACED_DIGITS}{NUM_END}"
            rf"{NOT_DATE_AFTER}{NOT_MONEY_AFTER}",
            0.1,
        ),
    )
    CONTEXT = (
        "cvv", "cvc", "cvv2", "cvc2", "cid", "c v v", "c v c", "ซีวีวี", "ซี วี วี",
        "security code", "card verification",
        "รหัสหลังบัตร", "เลขหลังบัตร", "หลังบัตร", "สามตัวหลัง", "3 ตัวหลัง", "3ตัวหลัง",
        "เลขสามตัว", "เลข 3 ตัว", "รหัสความปลอดภัย", "three digit", "3 digit", "three-digit",
        "3-digit", "on the back", "at the back", "back of the card", "security number",
        "four-digit code", "4-digit code", "four digit code", "4 digit code", "code on the front",
        "front of the card", "on back", "back of card", "signature strip", "signature panel",
        "security digits", "security numbers", "digits on the back", "numbers on the back",
        "card code", "c v v", "c v c", "cvn", "ซีวีวี", "ซี วี วี", "หลัง บัตร", "สาม ตัว หลัง",
        "เลข สาม ตัว",
        "ด้านหลังบัตร", "รหัสสามหลัก", "รหัส 3 หลัก", "เลขสามหลัก", "เลข 3 หลัก",
        # An American Express card's four digits above its number, on the front.
        "สี่หลักด้านหน้า", "4 หลักด้านหน้า", "สี่ตัวด้านหน้า", "4 ตัวด้านหน้า", "สี่หลักหน้าบัตร",
        "4 หลักหน้าบัตร", "สี่ตัวหน้าบัตร", "4 ตัวหน้าบัตร", "รหัสหน้าบัตร", "รหัสด้านหน้าบัตร",
    )  # fmt: skip
    NEGATIVE_CONTEXT = ("extension", "ห้อง", "room", "ชั้น", "floor") + LAST_DIGITS_WORDS
    NEEDS_CONTEXT = True

    def number_starts(self, text: str) -> list[int]:
        starts = super().number_starts(text)
        if "/" not in text:
            return starts  # no written date for a code to follow
        fewest, most = self.DIGITS
        more = [
            s
            for s, _, count in digit_runs(text)
            if fewest <= count <= most and after_an_expiry_date(text, s)
        ]
        return sorted(set(starts) | set(more)) if more else starts

    def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None):
        results = super().analyze(text, entities, nlp_artifacts, regex_flags)
        for result in results:
            if result.score < AFTER_EXPIRY_SCORE and after_an_expiry_date(text, result.start):
                result.score = AFTER_EXPIRY_SCORE
        return [
            r
            for r in results
            if not (names_a_participant(text, r.start, r.end) or _social_security(text, r.start))
        ]


# "the last four of your social security number": its "security number" names no card's code.
SOCIAL_SECURITY = re.compile(r"social security|(?<![a-z])ssn(?![a-z])", re.IGNORECASE)
_CARD_CODE_WORD = re.compile(r"cvv|cvc|card", re.IGNORECASE)


def _social_security(text: str, start: int) -> bool:
    before = text[max(start - CONTEXT_BEFORE, 0) : start]
    ends = [found.end() for found in SOCIAL_SECURITY.finditer(before)]
    return bool(ends) and not _CARD_CODE_WORD.search(before, ends[-1])


def after_an_expiry_date(text: str, start: int) -> bool:
    """Whether the number at `start` follows a card's expiry date written after its word."""
    line_start = text.rfind("\n", 0, start) + 1
    date = _DATE_BEFORE.search(text, max(line_start, start - 20), start)
    if date is None or _A_YEAR.match(text, start):
        return False
    return has_word(EXPIRY_WORDS, text, max(line_start, date.start() - 20), date.start())
