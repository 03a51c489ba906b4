"""OTP: one-time codes and PINs of 4 to 8 digits, recognised only by context, and passwords
given after their word.

A password is letters and digits together ("Kite2468", typed) or a word and a number said
after it ("lantern forty one"). Between the word and the password only a few filler words
may stand ("the password I had was ...", "รหัสเดิมคือ ..."), so that "รหัสสินค้า AB1234", a
product code, is no password; a number alone is left to the OTP pattern.

A bare "code" says little (promo, postal, error and tracking codes are numbers too): it
counts when a one-time code's wording goes with it, a qualifier ("verification code", "six
digit code") or its delivery ("the code they sent me", "the code in the text"). A code that
another word names as something else ("tracking code", "รหัสสินค้า") is no OTP, even with
such words near.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from presidio_analyzer import RecognizerResult

from ccaudit.model import Severity
from ccaudit.pii.context import (
    CONTEXT_AFTER,
    CONTEXT_BEFORE,
    find_words,
    has_word,
    lowered,
    words_regex,
)
from ccaudit.pii.numbers import DATE_WITH_YEAR, NUM_END, NUM_START, SPACED_DIGITS, digit_runs
from ccaudit.pii.recognizers.base import PATTERN, VALIDATED, ContextPatternRecognizer, RePattern
from ccaudit.pii.recognizers.card_cvv import (
    LAST_DIGITS_WORDS,
    NOT_DATE_AFTER,
    NOT_DATE_BEFORE,
    NOT_MONEY_AFTER,
    NOT_MONEY_BEFORE,
    names_a_participant,
)
from ccaudit.pii.recognizers.date_of_birth import THAI_MONTH_NAMES
from ccaudit.pii.recognizers.passport import THAI_SPELLED_LETTER

# `pw` as notes shorten it ("added w/ verbal pw ...").
_PASSWORD_WORD = (
    r"(?:password|passcode|pass word|(?<![a-z])pwd?(?![a-z])|memorable word|security word"
    r"|secret word|รหัสผ่าน|รหัส)"
)
_FILLER = (
    r"(?:is|was|it's|its|it is|he|she|i|we|they|had|has|have|used|to|be|before|my|his|her|the"
    r"|old|new"
    r"|current|account|temp|temporary|apple id|login|wi-?fi|app|เดิม|เก่า|ใหม่|เป็น|คือ|ว่า|ที่ใช้"
    r"|ที่จำได้|ชั่วคราว|ของ(?:ผม|ฉัน|หนู|ดิฉัน)|ค่ะ|ครับ)"
)
_NUMBER_WORD = (
    r"(?:zero|oh|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
    r"|(?:thir|four|fif|six|seven|eigh|nine)teen|twenty|thirty|forty|fifty|sixty|seventy"
    r"|eighty|ninety|hundred|thousand|double|triple)"
)
_QUOTE = "\"'“”‘’"
# A symbol said at the end of a password: "bluebird two thousand nineteen exclamation mark".
_SYMBOL_WORD = r"(?:exclamation (?:mark|point)|hash|at sign|dollar sign|star|asterisk)"
_PASSWORD_VALUE = (
    # Typed: letters and digits together, not an address (`Duang@2511` is no e-mail address).
    rf"(?P<password>(?=[^\s{_QUOTE}]*[0-9])(?=[^\s{_QUOTE}]*[a-z])"
    rf"(?![^\s]*(?:@[^\s@]*\.[a-z]|://))"
    rf"[^\s{_QUOTE}]{{5,31}}[^\s{_QUOTE}.,;:)]"
    # Said: a word, then a number (perhaps put in digits by the normaliser, perhaps with a
    # symbol) that ends the sentence.
    rf"|(?![a-z]*\d)[a-z]{{3,20}}(?:[ -](?:{_NUMBER_WORD}|[0-9]+))+(?: {_SYMBOL_WORD})?"
    r"(?=\s*(?:[.,!?\n]|$)))"
)
PASSWORD = re.compile(
    rf"{_PASSWORD_WORD}\??(?:[\s:=]*{_FILLER}(?![a-z]))*[\s:=]*[{_QUOTE}]?{_PASSWORD_VALUE}",
    re.IGNORECASE,
)
# A memorable word in quotes after its name: `memorable word "piccadilly"`.
_MEMORABLE_KEYS = ("memorable word", "security word", "secret word")
MEMORABLE_WORD = re.compile(
    rf"(?:memorable|security|secret) word(?:[\s:=]*{_FILLER}(?![a-z]))*[\s:=]*[{_QUOTE}]"
    rf"(?P<password>[a-z][a-z -]{{2,30}}[a-z])[{_QUOTE}]",
    re.IGNORECASE,
)
# The same pattern for text lowered as `lowered` does it, which finds the same spans: a
# caseless search of a batch costs several times as much. Only the Turkish İ and ı and the
# long ſ differ: `re` takes them for i and s when it ignores case, and `lowered` keeps them.
_PASSWORD_LOWERED = re.compile(PASSWORD.pattern)
# Another password offered after the first: "Wanchai@2024 หรือ Fin!nance88".
_OR_ANOTHER = re.compile(rf"[ \t]+(?:or|หรือ)[ \t]+{_PASSWORD_VALUE}")
_CASELESS_ONLY = ("\u0130", "\u0131", "\u017f")
# A password given in answer, without its word: "bluebell ninety two", "is it the word one?
# it's marmalade sixty-one."; after a remark that asks back, and a few filler words.
ANSWERED_PASSWORD = re.compile(
    r"(?:[^\n0-9.?!]{1,40}\?[ \t]*)?"
    r"(?:(?:it's|it is|it was|its|that's|it should be|um|uh|er|yeah|yes|ok|okay|sure|so|oh)"
    rf"[ \t,]+)*[{_QUOTE}]?"
    r"(?!(?:yes|yeah|no|ok|okay|sure|so|oh|um|uh|the|and|hold|wait|hang|about|like|maybe|that"
    r"|this|it|one|my|your|our|just|only|over|under|around|number|page|room|gate)"
    rf"(?![a-z])){_PASSWORD_VALUE}",
    re.IGNORECASE,
)
PASSWORD_SCORE = 0.6
# Codes that are not one-time codes, named by the word before "code" or after รหัส.
# Thai speech-to-text may set the syllables apart: "รหัส อนุมัติ", "รหัส ย้าย ค่าย".
_OTHER_CODE = re.compile(
    r"(?<![a-z])(?:tracking|promo|promotion|discount|coupon|voucher|gift|postal|post|zip|area"
    r"|country|error|booking|confirmation|reference|order|product|item|branch|employee|staff"
    r"|member|customer|sort|swift|bank|tax|vat|bar|qr|course|class|room|door|gate|access"
    r"|approval|auth|authori[sz]ation|transaction|port|porting|pac|transfer)"
    r"[ -]?code"
    r"|รหัส ?(?:สินค้า|ไปรษณีย์|สาขา|พนักงาน|คูปอง|ส่วนลด|โปร|พัสดุ|อ้างอิง|สมาชิก|ลูกค้า|ห้อง|วิชา"
    r"|ประตู|ธนาคาร|ติดตาม|ข้อผิดพลาด|error|อนุมัติ|ย้าย ?ค่าย|รายการ|ธุรกรรม|โอน|puk|ซิม|sim)"
    # A branch's code named before รหัส: "สาขาที่ดูแลรหัส 0130".
    r"|สาขา\S{0,8}รหัส",
    re.IGNORECASE,
)
# A number a message comes from or goes to is a short code or a phone, not the code it
# carries: "you'll get a text from 4567", "ส่ง SMS ไปที่ 4545".
# A thread of messages is named by the number it is with: "SMS thread - 1677".
_MESSAGE_ADDRESS = re.compile(
    r"(?:sms|text|message|ข้อความ|เอสเอ็มเอส)[^\n]{0,40}?"
    r"(?:(?<![a-z])(?:from|to|จาก|ไป ?ที่|ถึง)|(?:thread|conversation|chat)(?: with)?[ \t:\-]*)"
    r"[ \t]*$",
    re.IGNORECASE,
)
# Letters spelled before the digits make a code of letters and digits (a reference such as
# "P S 6388", "พี เอส 6388"): an OTP is digits alone, a password the password words name.
# One letter alone may be a word ("I got a 4821"), a Thai one most of all (ดี, ที).
_SPELLED_LETTER = rf"(?<!\S)(?:[A-Za-z]|{THAI_SPELLED_LETTER})[ \-]"
_SPELLED_LETTERS_BEFORE = re.compile(
    rf"(?:(?:{_SPELLED_LETTER}){{2,4}}|(?<!\S)(?![aAiI] )[A-Za-z][ \-])$"
)
_PASSWORD_BEFORE = re.compile(r"(?:password|passcode|pass word|รหัส ?ผ่าน)", re.IGNORECASE)
# A code right after its word ("PIN 6 หลักเป็น 150238") starts higher than one with its word
# merely near, as a label comes before its value: it outranks a date of birth read into it.
AFTER_ITS_WORD_SCORE = 0.15
AFTER_ITS_WORD_REACH = 24
# The last "code" word before a number decides which code it is.
_CODE_WORD = re.compile(r"(?<![a-z])code(?![a-z])|รหัส", re.IGNORECASE)
CODE_REACH = 40
# A code and its delivery a few words apart, either way round: "the code you guys texted me",
# "they sent me a new code". Looked for around each "code" (str.find skips to them at C speed).
_DELIVERY_AFTER = re.compile(
    r"(?:[ \t]+[a-z']+){0,3}?[ \t]+(?:sent|texted|sms|messaged|received|came)(?![a-z])"
)
# Sent, or read out to the one who sent it: "i'm sending a code", "read that code back to me".
_DELIVERY_BEFORE = re.compile(
    r"(?<![a-z])(?:sent|send|sending|texted|text|texting|messaged|got|received|get|read)"
    r"(?:[ \t]+[a-z']+){0,3}?[ \t]+$"
)
DELIVERY_REACH = 40
DELIVERED_SCORE = 0.5


class OtpRecognizer(ContextPatternRecognizer):
    ENTITY = "OTP"
    SEVERITY = Severity.high
    NUMERIC = True
    LABEL_EN = "one-time code or PIN"
    LABEL_TH = "รหัส OTP"
    DIGITS = (4, 8)
    PATTERNS = (
        RePattern(
            "otp",
            rf"{NOT_MONEY_BEFORE}{NOT_DATE_BEFORE}{NUM_START}{SPACED_DIGITS}{NUM_END}"
            rf"{NOT_DATE_AFTER}{NOT_MONEY_AFTER}",
            0.1,
        ),
    )
    CONTEXT = (
        "otp", "one-time", "one time", "verification code", "verify code", "pin", "pin code",
        "passcode", "password", "security pin", "โอทีพี", "โอ ที พี", "o t p", "รหัส otp",
        "รหัสยืนยัน",
        "รหัสผ่าน", "รหัส pin", "รหัสพิน", "พิน", "รหัสครั้งเดียว", "รหัสที่ได้รับ", "รหัส",
        "sms code", "text code", "the code is", "got a code", "got the code", "received a code",
        "code i got", "code i received", "โค้ด", "sms", "send a code", "sent a code",
        "sent you a code", "send you a code", "text you a code", "code they sent",
        "code you sent", "code you texted", "code you just sent", "code we sent",
        "code we just sent", "code we texted", "code that was sent",
        "code was sent", "code i was sent", "code came", "code that came", "code sent",
        "code from the text", "code from the sms", "code in the text", "code in the sms",
        "code in the message", "texted code", "authentication code",
        "login code", "log-in code", "activation code", "6 digit code", "six digit code",
        "6-digit code", "six-digit code", "2fa", "two-factor", "two factor",
        "code's on its way", "code is on its way", "code on its way", "code has been sent",
        "code's been sent", "code just came", "code should come through",
        "รหัสที่ส่ง", "รหัสจาก sms", "รหัสในข้อความ", "รหัส 6 หลัก", "รหัสหกหลัก",
    )  # fmt: skip
    NEGATIVE_CONTEXT = (
        "extension", "postal", "zip", "postcode", "ไปรษณีย์", "ปี", "year", "พ.ศ.", "ค.ศ.",
        "order", "ออเดอร์", "ref", "อ้างอิง", "คำสั่งซื้อ", "เวลา", "โมง", "พนักงาน", "สาขา",
        "สินค้า", "พัสดุ", "employee", "branch", "call", "dial", "โทร", "ห้อง", "ตึก", "ชั้น",
        "room", "floor", "building", "unit", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
        "sep", "sept", "oct", "nov", "dec", "january", "february", "march", "april", "june",
        "july", "august", "september", "october", "november", "december",
    ) + LAST_DIGITS_WORDS + THAI_MONTH_NAMES  # fmt: skip
    NEEDS_CONTEXT = True

    def may_match(self, text: str) -> bool:
        return super().may_match(text) or next(_passwords(text), None) is not None

    def invalidate_result(self, pattern_text: str) -> bool:
        return is_laughter(pattern_text)

    def number_starts(self, text: str) -> list[int]:
        starts = super().number_starts(text)
        delivered = delivered_codes(text)
        if not delivered:
            return starts
        fewest, most = self.DIGITS
        more = [
            s
            for s, e, count in digit_runs(text)
            if fewest <= count <= most and _near_any(text, delivered, s, e)
        ]
        return sorted(set(starts) | set(more))

    def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None):
        results = [
            r
            for r in super().analyze(text, entities, nlp_artifacts, regex_flags)
            if not (
                DATE_WITH_YEAR.fullmatch(text, r.start, r.end)
                or _named_another_code(text, r.start)
                or message_address(text, r.start)
                or names_a_participant(text, r.start, r.end)
                or in_a_masked_number(text, r.start, r.end)
            )
        ]
        results = [r for r in results if _spelled_as_password(text, r)]
        delivered = delivered_codes(text) if results else []
        for result in results:
            if result.score < DELIVERED_SCORE and _near_any(
                text, delivered, result.start, result.end
            ):
                result.score = DELIVERED_SCORE
            elif self._right_after_its_word(text, result.start):
                result.score = max(result.score, AFTER_ITS_WORD_SCORE)
        for match in _passwords(text):
            start, end = match.span("password")
            overlapping = [r for r in results if r.start < end and start < r.end]
            if not overlapping:
                results.append(self._password(start, end))
            # The digits of a typed `Duang@2511` are the password's end, not a code of their own.
            typed = not any(c.isspace() for c in text[start:end])
            for result in overlapping if typed else ():
                if start <= result.start and result.end <= end:
                    result.start, result.end = start, end
        return results

    def _right_after_its_word(self, text: str, start: int) -> bool:
        line_start = text.rfind("\n", 0, start) + 1
        first = max(line_start, start - AFTER_ITS_WORD_REACH)
        return next(find_words(self._context_regex, text, first, start), None) is not None

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


def _passwords(text: str) -> Iterator[re.Match[str]]:
    """`PASSWORD`'s matches in `text`, their spans the same (their text lowered), each with
    the passwords offered after it as alternatives."""
    caseless = any(letter in text for letter in _CASELESS_ONLY)
    searched = text if caseless else lowered(text)
    for match in (PASSWORD if caseless else _PASSWORD_LOWERED).finditer(searched):
        yield match
        while (match := _OR_ANOTHER.match(searched, match.end())) is not None:
            yield match
    if " word" in searched and any(key in searched for key in _MEMORABLE_KEYS):
        yield from MEMORABLE_WORD.finditer(searched)


def is_laughter(number: str) -> bool:
    """Thai laughter (555, ห้าห้าห้า) is typed as a run of fives, never a code."""
    digits = number.replace(" ", "")
    return len(digits) >= 3 and set(digits) == {"5"}


def message_address(text: str, start: int) -> bool:
    """Whether the number at `start` is where a message named shortly before comes from or
    goes to."""
    line_start = text.rfind("\n", 0, start) + 1
    return _MESSAGE_ADDRESS.search(text, max(line_start, start - 60), start) is not None


def spelled_letters_before(text: str, start: int) -> int | None:
    """Where the letters spelled right before the number at `start` begin, if any."""
    line_start = text.rfind("\n", 0, start) + 1
    match = _SPELLED_LETTERS_BEFORE.search(text, max(line_start, start - 40), start)
    return match.start() if match else None


def _spelled_as_password(text: str, result: RecognizerResult) -> bool:
    """Whether a code is kept: digits alone, or letters and digits the password words name
    (then the letters are part of it)."""
    letters = spelled_letters_before(text, result.start)
    if letters is None:
        return True
    line_start = text.rfind("\n", 0, letters) + 1
    if _PASSWORD_BEFORE.search(text, max(line_start, letters - CONTEXT_BEFORE), letters) is None:
        return False
    result.start = letters
    return True


def _named_another_code(text: str, start: int) -> bool:
    """Whether the last code word before `start` in its line names another kind of code."""
    line_start = text.rfind("\n", 0, start) + 1
    first = max(line_start, start - CODE_REACH)
    words = list(_CODE_WORD.finditer(text, first, start))
    if not words:
        return False
    last_word = words[-1]
    around = (max(first, last_word.start() - 16), min(last_word.end() + 12, start))
    other = _OTHER_CODE.search(text, *around)
    return other is not None and other.start() <= last_word.start() <= other.end()


def delivered_codes(text: str) -> list[tuple[int, int]]:
    """Spans of "code" with its delivery said a few words before or after it, unless it is
    another kind's code ("they sent the tracking code")."""
    low = lowered(text)
    spans = []
    at = low.find("code")
    while at != -1:
        end = at + 4
        alone = (at == 0 or not low[at - 1].isalpha()) and not low[end : end + 1].isalpha()
        other = _OTHER_CODE.search(low, max(at - 16, 0), end)
        if alone and (other is None or other.end() < end):
            after = _DELIVERY_AFTER.match(low, end)
            if after is not None:
                spans.append((at, after.end()))
            elif _DELIVERY_BEFORE.search(low, max(at - DELIVERY_REACH, 0), at) is not None:
                spans.append((at, end))
        at = low.find("code", end)
    return spans


def _near_any(text: str, spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether a phrase ends shortly before the number (perhaps in the turn before, an
    agent's question) or starts shortly after it in its line."""
    for first, last in spans:
        if 0 <= start - last <= CONTEXT_BEFORE:
            return True
        if 0 <= first - end <= CONTEXT_AFTER and "\n" not in text[end:first]:
            return True
    return False


# The words that say a one-time code is meant; "รหัส", "โค้ด" and "sms" alone name any code.
_CODE_WORDS = words_regex(
    w for w in OtpRecognizer.CONTEXT if w not in ("รหัส", "โค้ด", "sms", "the code is")
)
_OTP_SHAPE = OtpRecognizer.PATTERNS[0].compiled
_NOT_A_CODE_BEFORE = words_regex(OtpRecognizer.NEGATIVE_CONTEXT)
# As far before a number as the context enhancer looks for negative context.
NEGATIVE_REACH = 15


# What every turn that `speaks_of_a_code` holds, in lower case: "code" (which a delivery
# needs) or a code word, perhaps inside a longer word.
CODE_HINT = re.compile(f"code|{_CODE_WORDS.pattern}")


def may_speak_of_a_code(text: str) -> bool:
    """A cheap look before `speaks_of_a_code`: a code word, or "code"."""
    return "code" in lowered(text) or has_word(_CODE_WORDS, text, 0, len(text))


def speaks_of_a_code(text: str) -> bool:
    """Whether a turn speaks of a one-time code: its words, not as another code's name, or a
    code and its delivery ("they texted me a code")."""
    for word in find_words(_CODE_WORDS, text):
        other = _OTHER_CODE.search(text, max(word.start() - 16, 0), word.end() + 12)
        if other is None or not other.start() <= word.start() <= other.end():
            return True
    return bool(delivered_codes(text))


# The hidden digits of a masked number (`+66 93 xxx 2265`, `+65 •••• 4470`, `x x x x 21`):
# the shown digits beside them are the number's, not a code.
_MASK_AFTER = re.compile(r"[ \t-]*(?:[xX*•●#]{2,}|[xX](?:[ \t][xX]){2,})")
_MASK_BEFORE = re.compile(r"(?:[xX*•●#]{2,}|(?:[xX][ \t]){2,}[xX]?)[ \t-]*\Z")
MASK_REACH = 12


def in_a_masked_number(text: str, start: int, end: int) -> bool:
    if _MASK_AFTER.match(text, end):
        return True
    return _MASK_BEFORE.search(text[max(0, start - MASK_REACH) : start]) is not None


def may_be_a_code(text: str, start: int, end: int) -> bool:
    """Whether the number at text[start:end] may be a one-time code wherever its word is: no
    amount, date, time or label's number, no other code's, no letters before it."""
    match = _OTP_SHAPE.match(text, start)
    if match is None or match.end() != end:
        return False
    return not (
        is_laughter(text[start:end])
        or DATE_WITH_YEAR.fullmatch(text, start, end)
        or _named_another_code(text, start)
        or message_address(text, start)
        or names_a_participant(text, start, end)
        or in_a_masked_number(text, start, end)
        or spelled_letters_before(text, start) is not None
        or has_word(_NOT_A_CODE_BEFORE, text, max(start - NEGATIVE_REACH, 0), start)
    )
