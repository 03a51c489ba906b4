"""PHONE_NUMBER: Thai mobiles and landlines (with extensions and ranges), +66 and 66, numbers
of other countries written with +CC, North-American and British national numbers, and other
countries' national numbers beside phone words."""

from __future__ import annotations

import re

from presidio_analyzer import Pattern, RecognizerResult

from ccaudit.model import Severity
from ccaudit.pii.context import (
    CONTEXT_AFTER,
    CONTEXT_BEFORE,
    context_window,
    find_words,
    has_word,
    words_regex,
)
from ccaudit.pii.numbers import NUM_END, NUM_START, SEP, SPACED_SEP, digit_runs
from ccaudit.pii.phones import BANK_LAYOUT, VALIDATORS
from ccaudit.pii.recognizers.base import (
    CONTEXT_THRESHOLD,
    PATTERN,
    ContextPatternRecognizer,
    RePattern,
)

# Read as a phone, the bank layout scores low enough that account words (which lift a dashed
# account to 0.6) outrank phone words (which would lift it to 0.55).
BANK_LAYOUT_SCORE = 0.15
S = SPACED_SEP
# "ต่อ 3728 - 3732", "ext. 15": an extension belongs to the number it follows.
_EXTENSION = r"(?:[ \t]*(?:ต่อ|ext\.?|extension|x)[ \t]*[0-9]{1,5}(?:[ \t]*[\-–][ \t]*[0-9]{1,5})?)?"
# The national trunk zero some write in brackets after the country code: +44 (0)20 7946 0321.
_TRUNK_ZERO = r"(?:\(0\) ?)?"
# A landline's last digits as a range of lines: 037-243018-20 is 037-243018 to 037-243020,
# 02 333 3728-3732 is 02 333 3728 to 02 333 3732.
_RANGE = r"(?:-[0-9]{1,4})?"
# A Thai landline's seven digits after 02-07, or six after a three-digit area code in
# brackets: (02) 391 8806, (043) 202-397.
_LINE_DIGITS = rf"(?:{S}[0-9]){{6}}"
_NANP = r"(?:\([2-9][0-9]{2}\) ?|[2-9][0-9]{2}[\-.])[2-9][0-9]{2}[\-.][0-9]{4}"
# The answers pass reads "(260) 446-3079" as one number, not two runs of digits.
NORTH_AMERICAN_WRITTEN = re.compile(_NANP)
# Where a number can open before its first digit run: a country or area code in brackets.
_BRACKETED_CODE = re.compile(r"(?:\+?1[ \-.]?|\+[1-9][0-9]{0,2} ?(?=\(0\)))?\(\+?[0-9]{1,4}\) ?")
BRACKETED_REACH = 12
# Thai numbers listed one after another (0812345678 0898765432, 081 234 5678 089 876 5432,
# 0812345678,0898765432) make one run of digits; each is found on its own.
_LISTED = r"(?:0[689](?:[ \-.]?[0-9]){8}|0[2-7](?:[ \-.]?[0-9]){7})"
_LIST = re.compile(rf"{NUM_START}{_LISTED}(?:[ ,/]{{1,2}}{_LISTED})+{NUM_END}")
_LIST_ITEM = re.compile(_LISTED)
# Three groups of digits read out, or ten digits that open with 66, are as often an account or
# an NHS number as a phone: they start under the score account words give, and only a word
# that means a phone (not "number") makes them one.
_PHONE_WORDS = words_regex(
    (
        "phone", "mobile", "mob", "cell", "call", "called", "calling", "tel", "telephone",
        "reach", "ring", "dial", "on file", "text", "landline", "callback", "call back",
        "my contact", "best number", "good number", "new number", "contact number",
        "work number", "home number", "line is", "rang", "phoned", "texted", "โทร", "เบอร์",
        "มือถือ", "เลขหมาย",
    )
)  # fmt: skip
# A LINE or social handle with a phone glued to its letters (@p0888888888).
_HANDLE_BEFORE = re.compile(r"@[A-Za-z_.]{1,30}$")
HANDLE_REACH = 31


# The words that name a bank account's number ("account no.", "เลขบัญชี"). Where one of these,
# and no phone word, is the last context word before a number, the number is the account's:
# "the account number to refund to? 0123456789", "ใช้เลขบัญชีดีกว่า ศูนย์ห้าสาม...". A number
# with its country code is written as a phone all the same.
_ACCOUNT_NUMBER_WORDS = words_regex(
    (
        "account number", "account no", "acct no", "acct", "a/c", "account #", "เลขบัญชี", "บัญชีที่",
        "เลขที่บัญชี", "บัญชีเลขที่", "บช", "บ/ช", "ออมทรัพย์", "savings account", "savings",
    )
)  # fmt: skip
_LETTER = re.compile(r"[A-Za-z\u0e01-\u0e4e]")
_NEEDS_PHONE_WORDS = frozenset({"north_american_spaced", "north_american_plain", "th_66"})
# Another country's national number needs a word before it that can mean nothing but a phone
# ("call id 8812-0044-19" and "call note 2024-06-11" are no phones).
ONLY_PHONE_WORDS = words_regex(
    (
        "phone", "mobile", "mob", "cell", "cellphone", "handphone", "hp", "tel", "telephone",
        "landline", "whatsapp", "contact", "contact no", "call me", "call us", "call back",
        "callback", "reach me",
        "text me", "ring me", "เบอร์", "มือถือ", "โทร", "เลขหมาย", "toll-free", "toll free",
        "freephone", "hotline", "helpline", "ph", "sms to", "text to", "direct line", "24h line",
    )
)  # fmt: skip
_YEAR_FIRST = re.compile(r"(?:19|20)[0-9]{2}[\-./]")
_WITH_COUNTRY_CODE = frozenset({"th_plus66", "international", "north_american_with_1"})


# A number asked about after it: "is oh one two two four ... still your home number?"
_PHONE_WORDS_AFTER = words_regex(
    (
        "home number", "best number", "good number", "work number", "contact number",
        "phone number", "your mobile", "your phone", "your cell", "your landline",
    )
)  # fmt: skip
# A bank's own numbers: a routing or transit number is nine digits too ("our routing number
# is 071923284"), a sort code six. NEGATIVE_CONTEXT has the words as well, but looks only a
# few characters back.
ROUTING_WORDS = ("routing", "aba", "transit number", "sort code", "bsb", "swift")
_ROUTING_WORDS = words_regex(ROUTING_WORDS)


def _routing_number_named(text: str, start: int) -> bool:
    return has_word(_ROUTING_WORDS, text, max(start - CONTEXT_BEFORE, 0), start)


def _account_named_last(text: str, start: int) -> bool:
    """In the number's line, or in the line before when nothing but marks opens its own (an
    answer; not the next field of a form, "Service no.: ...")."""
    line_start = text.rfind("\n", 0, start) + 1
    first = max(start - CONTEXT_BEFORE, 0)
    if _LETTER.search(text, line_start, start):
        first = max(first, line_start)
    accounts = list(find_words(_ACCOUNT_NUMBER_WORDS, text, first, start))
    return bool(accounts) and not has_word(_PHONE_WORDS, text, accounts[-1].end(), start)


# A number that needs phone words, shortly after one that needs none in the same line ("old
# one was +44 7700 900318, new one is 07700 900562"), is given in the same breath.
LISTED_REACH = 40
LISTED_SCORE = 0.5


def _lift_listed_after_a_phone(text: str, results: list[RecognizerResult]) -> None:
    sure = [r for r in results if r.score >= LISTED_SCORE]
    for result in results:
        if result.score < CONTEXT_THRESHOLD and any(
            0 <= result.start - other.end <= LISTED_REACH
            and "\n" not in text[other.end : result.start]
            for other in sure
        ):
            result.score = LISTED_SCORE


# Asked about right after it, further than context reaches: "is 01224 660315 still your home
# number?", "... 9811 4702, is that still your mobile?".
ASKED_AFTER_REACH = 30


_CONFIRMING = words_regex(("still", "is that", "is this", "that's", "that is"))


def asked_about_after(text: str, end: int) -> bool:
    """Whether the words after a number ask if it is still the customer's phone; not "and
    phone number?", which asks for the next item."""
    line_end = text.find("\n", end)  # in a batch the next line is another turn
    last = min(end + ASKED_AFTER_REACH, len(text) if line_end == -1 else line_end)
    return has_word(_CONFIRMING, text, end, last) and has_word(_PHONE_WORDS_AFTER, text, end, last)


def _lift_asked_about_after(text: str, results: list[RecognizerResult]) -> None:
    for result in results:
        if result.score < CONTEXT_THRESHOLD and asked_about_after(text, result.end):
            result.score = LISTED_SCORE


class PhoneNumberRecognizer(ContextPatternRecognizer):
    """No checksum: `validate_result` stays None so a plausible number keeps its pattern
    score; VALIDATORS drop what no carrier would issue. North-American, British and 66-prefixed
    numbers start under the threshold, which phone words lift them over: alone they are also
    order or case numbers."""

    ENTITY = "PHONE_NUMBER"
    SEVERITY = Severity.medium
    NUMERIC = True
    LABEL_EN = "phone number"
    LABEL_TH = "เบอร์โทรศัพท์"
    DIGITS = (8, 15)
    PATTERNS = (
        RePattern(
            "th_mobile",
            rf"{NUM_START}(?:0{S}[689](?:{S}[0-9]){{8}}|\(0[689][0-9]\) ?[0-9](?:{S}[0-9]){{6}})"
            rf"{NUM_END}{_EXTENSION}",
            0.5,
        ),
        RePattern(
            "th_landline",
            rf"{NUM_START}(?:0{S}[2-7]{S}[0-9]{_LINE_DIGITS}|\(0[2-7]\) ?[0-9]{_LINE_DIGITS}"
            rf"|\(0[2-7][0-9]\) ?[0-9](?:{S}[0-9]){{5}}){_RANGE}{NUM_END}{_EXTENSION}",
            0.45,
        ),
        RePattern(
            "th_plus66",
            rf"(?<![0-9A-Za-z+])(?:\+66|\(\+?66\))[ \-.]?{_TRUNK_ZERO}[1-9](?:{S}[0-9]){{7,8}}"
            rf"{NUM_END}",
            0.6,
        ),
        RePattern("th_66", rf"{NUM_START}66[ \-.]?[1-9](?:{S}[0-9]){{7,8}}{NUM_END}", 0.1),
        RePattern(
            "international",
            rf"(?<![0-9A-Za-z+])\+[1-9][0-9]{{0,2}}[ \-.]?{_TRUNK_ZERO}(?:{SEP}[0-9]{{1,4}}){{2,5}}"
            rf"{NUM_END}",
            0.5,
        ),
        # Area and exchange codes in their brackets or dashes: nothing else is written so.
        RePattern("north_american", rf"{NUM_START}{_NANP}{NUM_END}{_EXTENSION}", 0.45),
        # With the country code before it (1-800-..., +1 (702) ...) nothing else looks so.
        RePattern(
            "north_american_with_1",
            rf"{NUM_START}\+?1[ \-.]?{_NANP}{NUM_END}{_EXTENSION}",
            0.5,
        ),
        RePattern(
            "north_american_spaced",
            rf"{NUM_START}[2-9][0-9]{{2}} [2-9][0-9]{{2}} [0-9]{{4}}{NUM_END}",
            0.1,
        ),
        # Above an account's score with the phone words it needs: "the phone on the account".
        RePattern(
            "north_american_plain",
            rf"{NUM_START}[2-9][0-9]{{2}}[2-9][0-9]{{6}}{NUM_END}{_EXTENSION}",
            0.2,
        ),
        # 1 and ten digits in one run (18005550123): a toll-free or long-distance number.
        RePattern(
            "north_american_plain_with_1",
            rf"{NUM_START}1[2-9][0-9]{{2}}[2-9][0-9]{{6}}{NUM_END}{_EXTENSION}",
            0.1,
        ),
        RePattern(
            "national",
            rf"{NUM_START}(?:0[1-9][0-9]{{1,4}}|\(0[1-9][0-9]{{0,3}}\) ?[0-9]{{0,3}})"
            rf"(?:[ \-]?[0-9]{{3,7}}){{1,2}}{NUM_END}{_EXTENSION}",
            0.25,
        ),
        RePattern("after_handle", r"(?<=[A-Za-z_])0[689][0-9]{8}(?![0-9A-Za-z])", 0.5),
        # Another country's national number (Singapore 9176 4382, Malaysia 012-738 4416,
        # India 98860 33412): only beside a word that means a phone.
        RePattern("beside_phone_word", rf"{NUM_START}[0-9](?:[ \-]?[0-9]){{7,10}}{NUM_END}", 0.1),
    )
    OPENS_WITH = {
        "th_mobile": "0(",
        "th_landline": "0(",
        "th_plus66": "+(",
        "th_66": "6",
        "international": "+",
        "north_american": "(23456789",
        "north_american_with_1": "+1",
        "north_american_spaced": "23456789",
        "north_american_plain": "23456789",
        "north_american_plain_with_1": "1",
        "national": "0(",
        "after_handle": "0",
        "beside_phone_word": "0123456789",
    }
    CONTEXT = (
        "phone", "mobile", "cell", "call", "called", "calling", "callback", "tel", "telephone",
        "number", "contact", "whatsapp",
        "line", "reach", "reached", "dial", "fax", "hotline", "mob", "ring", "on file", "text",
        "landline", "sms", "ph", "caller id", "cli", "handphone", "hp", "toll free", "toll-free",
        "promptpay", "โทร", "โทรศัพท์", "เบอร์", "เบอร์โทร", "มือถือ", "ติดต่อ", "หมายเลข", "โทรสาร",
        "พร้อมเพย์", "rang", "rung", "phoned", "texted", "is on", "me on", "gcash", "truemoney",
        "ทรูมันนี่", "เลขหมาย",
    )  # fmt: skip
    NEGATIVE_CONTEXT = (
        "imei", "order", "ref", "เลขพัสดุ", "คำสั่งซื้อ", "อ้างอิง", "routing", "aba", "swift",
        "sort code", "bsb", "trace number", "tracking",
    )  # fmt: skip

    def __init__(self, supported_language: str = "th"):
        super().__init__(supported_language)
        self.score_thresholds = {"default": CONTEXT_THRESHOLD}

    def number_starts(self, text: str) -> list[int]:
        """Every run of nine digits or more (a list of numbers is one long run), a shorter
        one that a spaced hyphen joins to the next (099 - 999 9999), and the bracketed code
        right before a run, where a number can open."""
        runs = digit_runs(text)
        fewest = self.DIGITS[0]
        if ")" not in text and " - " not in text:  # most texts: long runs only
            return [start for start, _, count in runs if count >= fewest]
        starts = []
        for i, (start, end, count) in enumerate(runs):
            if text[start - 1 : start] == ")" or text[start - 2 : start] == ") ":
                code = _BRACKETED_CODE.search(text, max(start - BRACKETED_REACH, 0), start)
                if code is not None and code.end() == start:
                    starts.append(code.start())
            if count >= fewest or (
                i + 1 < len(runs) and runs[i + 1][0] == end + 3 and text[end : end + 3] == " - "
            ):
                starts.append(start)
        return starts

    def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None):
        results = [
            r
            for r in super().analyze(text, entities, nlp_artifacts, regex_flags)
            if self._keeps(text, r)
        ]
        found = {r.start for r in results}
        for start in self._windows_of(text):
            if start not in found:
                results.extend(self._listed(text, start))
        _lift_listed_after_a_phone(text, results)
        _lift_asked_about_after(text, results)
        return results

    @staticmethod
    def _keeps(text: str, result: RecognizerResult) -> bool:
        pattern = result.recognition_metadata[PATTERN]
        if pattern not in _WITH_COUNTRY_CODE and _account_named_last(text, result.start):
            return False
        if pattern == "after_handle":
            return bool(
                _HANDLE_BEFORE.search(text, max(result.start - HANDLE_REACH, 0), result.start)
            )
        if _routing_number_named(text, result.start):
            return False
        if pattern == "beside_phone_word":
            first = max(result.start - CONTEXT_BEFORE, 0)
            return not _YEAR_FIRST.match(text, result.start) and (
                has_word(ONLY_PHONE_WORDS, text, first, result.start)
                or asked_about_after(text, result.end)
            )
        if pattern in _NEEDS_PHONE_WORDS:
            first, last = context_window(
                text, result.start, result.end, CONTEXT_BEFORE, CONTEXT_AFTER
            )
            return (
                has_word(_PHONE_WORDS, text, first, result.start)
                or has_word(_PHONE_WORDS, text, result.end, last)
                or asked_about_after(text, result.end)
            )
        return True

    def _listed(self, text: str, start: int) -> list[RecognizerResult]:
        listed = _LIST.match(text, start)
        if listed is None:
            return []
        items = _LIST_ITEM.finditer(text, listed.start(), listed.end())
        mobile = self.PATTERNS[0]
        return [r for m in items if (r := self._result(mobile, *m.span(), m.group())) is not None]

    def pattern_score(self, pattern: Pattern, pattern_text: str) -> float:
        if BANK_LAYOUT.fullmatch(pattern_text):
            return BANK_LAYOUT_SCORE
        return pattern.score

    def _result(
        self, pattern: Pattern, start: int, end: int, value: str
    ) -> RecognizerResult | None:
        if not VALIDATORS[pattern.name](value):
            return None
        return super()._result(pattern, start, end, value)
