"""BANK_ACCOUNT: Thai 10-digit (xxx-x-xxxxx-x) and 12-digit accounts given account context,
other countries' 8- to 14-digit accounts (a British account beside its sort code) right after
a word that names an account, and IBANs."""

from __future__ import annotations

import re

from stdnum import iban

from ccaudit.model import Severity
from ccaudit.pii.context import CONTEXT_BEFORE, has_word, words_regex
from ccaudit.pii.numbers import (
    DATE_WITH_YEAR,
    NUM_END,
    NUM_START,
    digit_run,
    digit_runs,
    digits_only,
)
from ccaudit.pii.phones import THAI_NUMBER
from ccaudit.pii.recognizers.base import PATTERN, ContextPatternRecognizer, RePattern
from ccaudit.pii.spoken_iban import may_hold_spoken_iban, spoken_ibans

# Bangkok Bank is named by ธนาคาร or บัวหลวง: กรุงเทพ alone is the city.
THAI_BANKS = (
    "กสิกร", "กสิกรไทย", "ไทยพาณิชย์", "กรุงไทย", "กรุงศรี", "ทหารไทย", "ทีทีบี",
    "ออมสิน", "ธ.ก.ส.", "บัวหลวง", "ธกส", "ยูโอบี", "ซีไอเอ็มบี", "เกียรตินาคิน", "แลนด์", "kbank",
    "kasikorn", "scb", "siam commercial", "bangkok bank", "bbl", "krungthai", "ktb",
    "krungsri", "bay", "ttb", "gsb", "baac", "uob", "cimb", "kkp",
)  # fmt: skip


# An IBAN: country, check digits, then up to 30 letters and digits, in groups of four or not.
# The lookahead lets `re` skip to capitals.
IBAN = RePattern(
    "iban",
    r"(?=[A-Z])(?<![A-Za-z0-9])[A-Z]{2}[0-9]{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?"
    r"(?![A-Za-z0-9])",
    0.15,
)
_IBAN = re.compile(IBAN.regex)
_IBAN_OPENING = re.compile("[A-Z]{2}[0-9]{2}")
# Typed in lower case in a chat (`nl40ingb3441355503`): all of it, and only valid ones count.
_LOWER_IBAN = re.compile(
    r"(?<![A-Za-z0-9])[a-z]{2}[0-9]{2}(?: ?[a-z0-9]{4}){2,7}(?: ?[a-z0-9]{1,3})?(?![A-Za-z0-9])"
)


# Words that name an account itself, not a bank or a transfer: only these let a number of a
# length Thai banks do not use (8, 9 or 11 digits) be one.
ACCOUNT_WORDS = (
    "account", "account number", "account no", "acct", "acc", "a/c", "เลขบัญชี", "บัญชี",
    "เลขที่บัญชี", "บช.", "บช", "บ/ช", "savings", "checking account", "chequing account",
    "ออมทรัพย์", "กระแสรายวัน", "ฝากประจำ",
    # A checking account called by its kind alone ("the checking it's ...", "I have checking
    # 660241391"), not the verb ("I'm checking your details").
    "the checking", "my checking", "your checking", "have checking", "checking acct", "chequing",
)  # fmt: skip
_ACCOUNT_WORDS = words_regex(ACCOUNT_WORDS)
# Written as a North-American phone is (`972.338.4417`, `(972) 338-4410`, `972-338-4417`): no
# bank writes its accounts so, and "other lines on the acct" lists phones.
_NORTH_AMERICAN_PHONE = re.compile(r"\(?[2-9][0-9]{2}(?:\.|-|\) ?)[0-9]{3}[.-][0-9]{4}")
# "the phone number associated with your account": the account holds the number asked for
# (only the window's last words reach back into the question, so the phone may be cut off).
_HELD_BY_THE_ACCOUNT = re.compile(
    r"(?:on|(?:associated|linked|registered) (?:with|to)) (?:your|the|this) "
    r"(?:\w+ ){0,2}account[^0-9]*$",
    re.IGNORECASE,
)
# Lengths Thai banks do not use: an account only right after a word that names one.
_NAMED_ONLY = frozenset({"account_other", "account_long"})
# What may open an answer line before the account number: a sort code, marks, filler words.
_BEFORE_ANSWER = re.compile(
    r"(?:[^A-Za-z\u0e01-\u0e4e]|(?<![a-z])(?:and|then|it's|its|is|uh|um|ok|okay|sure|yes|yeah)"
    r"(?![a-z])|ค่ะ|ครับ|คือ)*",
    re.IGNORECASE,
)


def _is_capital(character: str) -> bool:
    return "A" <= character <= "Z"


def _iban_starts(text: str) -> list[int]:
    """Where an IBAN can start: two capitals right before a number's first two digits."""
    if _IBAN_OPENING.search(text) is None:  # one look in C first: most texts hold none
        return []
    return [
        start - 2
        for start, _, count in digit_runs(text)
        if count >= 2
        and start >= 2
        and "A" <= text[start - 2] <= "Z"
        and "A" <= text[start - 1] <= "Z"
    ]


class BankAccountRecognizer(ContextPatternRecognizer):
    """Ten digits are also phones and order numbers, so account words are required.
    The dashed bank layout starts a little higher than a bare run. An IBAN needs no words:
    its check digits (python-stdnum) make it one."""

    ENTITY = "BANK_ACCOUNT"
    SEVERITY = Severity.high
    NUMERIC = True
    LABEL_EN = "bank account number"
    LABEL_TH = "เลขบัญชีธนาคาร"
    DIGITS = (8, 14)
    PATTERNS = (
        RePattern(
            "th_account_dashed",
            rf"{NUM_START}[0-9]{{3}}-[0-9]-[0-9]{{5}}-[0-9](?:[0-9]{{2}})?{NUM_END}",
            0.2,
        ),
        RePattern("account_10", digit_run(10), 0.15),
        RePattern("account_12", digit_run(12), 0.15),
        RePattern("account_other", digit_run(8, 11), 0.1),
        # Indian and other banks' 13- and 14-digit accounts (HDFC: 50200017784410).
        RePattern("account_long", digit_run(13, 14), 0.1),
    )
    CONTEXT = (
        "bank", "transfer", "deposit", "โอนเข้า", "โอนเงิน", "โอน", "ธนาคาร", "ฝากเข้า",
        "pay into", "paid into", "refund to", "sort code", "direct debit",
        # ธ. shortens ธนาคาร before a bank's name (ธ.ค. is December).
        "ธ.กรุงเทพ", "ธ.กสิกร", "ธ.ไทยพาณิชย์", "ธ.กรุงไทย", "ธ.กรุงศรี", "ธ.ออมสิน", "ธ.ทหารไทย",
    ) + ACCOUNT_WORDS + THAI_BANKS  # fmt: skip
    NEGATIVE_CONTEXT = (
        "เบอร์", "โทร", "เลขหมาย", "phone", "mobile", "call me", "order", "ออเดอร์", "คำสั่งซื้อ",
        "reference", "ref", "อ้างอิง", "tracking", "พัสดุ",
        # Accounts that are no bank's: an electricity contract account (CA, บัญชีแสดงสัญญา),
        # a utility's supply account, a bank's customer file number, an employer's number at
        # the social security office.
        "ca", "บัญชีแสดงสัญญา", "สัญญาเลขที่", "contract account", "supply acct", "supply account", "cif",
        "นายจ้าง", "employer", "rewards", "loyalty", "membership", "member no", "abn",
    )  # fmt: skip
    NEEDS_CONTEXT = True

    def may_match(self, text: str) -> bool:
        return (
            super().may_match(text)
            or bool(_iban_starts(text))
            or may_hold_spoken_iban(text)
            or _LOWER_IBAN.search(text) is not None
        )

    def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None):
        results = [
            r
            for r in super().analyze(text, entities, nlp_artifacts, regex_flags)
            if (
                r.recognition_metadata[PATTERN] not in _NAMED_ONLY
                or _other_account(text, r.start, r.end)
            )
            and not _NORTH_AMERICAN_PHONE.fullmatch(text, r.start, r.end)
            and not _HELD_BY_THE_ACCOUNT.search(text, max(r.start - CONTEXT_BEFORE, 0), r.start)
            and not DATE_WITH_YEAR.fullmatch(text, r.start, r.end)  # a date of birth on file
        ]
        matches = [_IBAN.match(text, start) for start in _iban_starts(text)]
        for match in [m for m in matches if m] + list(_LOWER_IBAN.finditer(text)):
            result = self._result(IBAN, *match.span(), match.group())
            if result is not None:
                results.append(result)
        for start, end, value in spoken_ibans(text):
            result = self._result(IBAN, start, end, value)
            if result is not None and not any(r.start < end and start < r.end for r in results):
                results.append(result)
        return results

    def validate_result(self, pattern_text: str) -> bool | None:
        """An IBAN passes or fails its check digits; a domestic account has none."""
        return iban.is_valid(pattern_text) if pattern_text[0].isalpha() else None

    @classmethod
    def canonical_value(cls, value: str) -> str:
        if value[:1].isalpha():
            return iban.compact(value)
        return super().canonical_value(value)


def _other_account(text: str, start: int, end: int) -> bool:
    """Named an account earlier in its own line, or at the end of the line before when the
    number opens its own, and not shaped like a Thai phone number (a service line listed under
    the account number on a bill)."""
    if THAI_NUMBER.fullmatch(digits_only(text[start:end])):
        return False
    line_start = text.rfind("\n", 0, start) + 1
    if has_word(_ACCOUNT_WORDS, text, max(start - CONTEXT_BEFORE, line_start), start):
        return True
    # An answer ("20-45-77, 41226389") to a question that named the account.
    return (
        line_start > 0
        and _BEFORE_ANSWER.fullmatch(text, line_start, start) is not None
        and has_word(_ACCOUNT_WORDS, text, max(line_start - CONTEXT_BEFORE, 0), line_start)
    )
