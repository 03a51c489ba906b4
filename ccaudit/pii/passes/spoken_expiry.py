"""Card expiry dates said rather than written, found right after an expiry word.

"expiry is twelve twenty-seven", "it expires March twenty twenty-seven", "valid thru oh
three slash 28", "หมดอายุ สิบสอง ยี่สิบเจ็ด", "วันหมดอายุบัตร เดือนห้า ปี สองพันยี่สิบเจ็ด",
and digits said one by one, which the normaliser has already joined ("expiry 0528").
Number words are everywhere in a call ("twelve cards", "twenty-seven baht", a CVV read as
"four twenty-one"), so unlike the written MM/YY, which context anywhere near lets through,
a said date counts only when it follows the expiry word, with at most a few filler words
between ("date is", "of the card", "บัตร คือ"), and when no unit such as "days" or "บาท"
follows it. Years run 2020-2039 (BE 2560-2589 in digits or Thai words).
"""

from __future__ import annotations

import re
from functools import lru_cache

from ccaudit.pii.recognizers.date_of_birth import EN_MONTHS, TH_MONTHS

_EN_UNIT = "one|two|three|four|five|six|seven|eight|nine"
_EN_MONTH = rf"(?:oh|zero|o)[ -]?(?:{_EN_UNIT})|ten|eleven|twelve|{_EN_UNIT}|(?:{EN_MONTHS})\.?"
_EN_TENS = rf"(?:twenty|thirty)(?:[ -]?(?:{_EN_UNIT}))?"
# "twenty-seven", "twenty twenty-seven", "two thousand and twenty-seven". The normaliser turns
# "oh five two thousand twenty-seven" into "052 thousand twenty-seven": that 2 opens the year.
_EN_YEAR = rf"(?:(?:two thousand(?: and)?|2 thousand(?: and)?|twenty)[ -])?{_EN_TENS}"
# Or digit by digit: "two seven" (27), "two oh two seven" (2027).
_EN_DIGIT_YEAR = rf"(?:two[ -](?:oh|zero)[ -])?(?:two|three)[ -](?:oh|zero|{_EN_UNIT})(?![a-z])"

_TH_ZERO = "ศูนย์|ศูนย|ศูน|สูนย์|สูน"
_TH_UNIT = "หนึ่ง|หนึง|สอง|โท|สาม|สี่|ห้า|หก|เจ็ด|แปด|เก้า"
# Thai speech-to-text may set every syllable apart: "สิบ เอ็ด", "ยี่ สิบ แปด", "สอง พัน".
_S = "[ \t]?"
# Month names as said, without the คม/ยน/พันธ์ ending (ธันวา, สิงหา); the full names go first.
TH_SHORT_MONTHS = "มกรา|กุมภา|มีนา|เมษา|พฤษภา|มิถุนา|กรกฎา|สิงหา|กันยา|ตุลา|พฤศจิกา|ธันวา"
_TH_MONTH = (
    rf"สิบ{_S}สอง|สิบ{_S}เอ็ด|สิบ|(?:{_TH_ZERO}){_S}(?:{_TH_UNIT})|{_TH_UNIT}|{TH_MONTHS}"
    rf"|{TH_SHORT_MONTHS}"
)
# A year from 2020 said in Thai number words: ยี่สิบเจ็ด (27), สองพันสามสิบ (2030), Buddhist
# era สองพันห้าร้อยเจ็ดสิบ (2570) or เจ็ดสิบ (70, after a Thai month), or digit by digit
# (สอง ศูนย์ สอง แปด, สาม ศูนย์). Atomic, so that it cannot stop short of a vowel that makes its last
# syllable part of another word (ยี่สิบสามี, "twenty husband"); its value is checked apart.
_TH_ONES = f"เอ็ด|{_TH_UNIT}"
_TH_TENS = f"(?:ยี่|สาม|หก|เจ็ด|แปด){_S}สิบ(?:{_S}(?:{_TH_ONES}))?"
_TH_DIGIT = f"{_TH_ZERO}|{_TH_UNIT}"
_TH_YEAR = (
    rf"(?>สอง{_S}พัน{_S}(?:ห้า{_S}ร้อย{_S})?{_TH_TENS}|{_TH_TENS}"
    rf"|สอง{_S}(?:{_TH_ZERO}|ห้า){_S}(?:{_TH_DIGIT}){_S}(?:{_TH_DIGIT})"
    rf"|(?:สอง|สาม){_S}(?:{_TH_DIGIT}))"
    r"(?![\u0e30-\u0e3a\u0e47-\u0e4e])"
)
_MONTH_DIGITS = r"(?<![0-9])(?:1[0-2]|0?[1-9])"
# Two digits of a Buddhist-era year (70 for 2570) only after a Thai month name; see expiry_after.
_YEAR_DIGITS = r"(?:20[23][0-9]|25[6-8][0-9]|[23][0-9]|[6-8][0-9])"
# Between month and year: nothing (Thai is written without spaces, and the normaliser
# joins digits said one by one), a space, a slash said or written, "of", ทับ (slash), ปี (year).
_SEPARATOR = r"[ \t]*(?:[/,\-]|slash|of|(?:and )?year|ทับ|ปี)?[ \t]*"
# Quotes too: a note quotes what was said ('offered expiry "june twenty-nine"').
_GAP = "[ \t:,.\\-\"'“”‘’]*"
_FILLER = (
    rf"{_GAP}(?:(?:date|is|are|was|on|in|of|the|card|month|and|year|it's|its|it|that's|'s"
    r"|end|um|uh|er|erm|runs? out|expires|ends|valid|good|until|till|thru|through|says|reads|shows)"
    r"(?![a-z])"
    r"|คือ|ค่ะ|คะ|ครับ|นะคะ|นะครับ|นะ|บัตร|วันที่|ของ|เป็น|ตอน|ใน|เดือน|เอ่อ|อ่า|เหรอ|หรอ"
    r"|แป๊บ|แปป|แป็บ|สักครู่|อ้อ|อ๋อ)"
)
_UNIT_AFTER = (
    r"[ \t]*(?:(?:days?|weeks?|months?|years?|hours?|hrs?|minutes?|mins?|seconds?|baht|dollars?"
    r"|bucks|usd|thb|percent|pm|am|p\.m|a\.m|o'clock)(?![a-z])"
    r"|%|บาท|วัน|นาที|ชั่วโมง|โมง|ทุ่ม|สัปดาห์|อาทิตย์|เดือน|ปี)"
)
# Matched from where an expiry word ends; the date is the month..year part.
EXPIRY_AFTER_CONTEXT = re.compile(
    rf"(?:{_FILLER}){{0,5}}{_GAP}(?<![a-z])"
    rf"(?P<month>{_EN_MONTH}|{_TH_MONTH}|{_MONTH_DIGITS})(?![a-z])"
    rf"(?P<separator>{_SEPARATOR})"
    rf"(?P<year>{_EN_YEAR}|{_EN_DIGIT_YEAR}|{_TH_YEAR}|{_YEAR_DIGITS})"
    rf"(?![0-9a-z\-])(?!'[a-z])(?![ \t.,/][0-9])(?!{_UNIT_AFTER})"
)
_THAI_MONTH_NAME = re.compile(f"{TH_MONTHS}|{TH_SHORT_MONTHS}")
# Years a card can expire in, in the Common and the Buddhist Era.
_YEARS = frozenset(range(20, 40)) | frozenset(range(2020, 2040)) | frozenset(range(2560, 2590))
_SHORT_BUDDHIST_YEARS = frozenset(range(60, 90))
_DIGIT_OF_WORD = {
    **dict.fromkeys(_TH_ZERO.split("|"), "0"), "หนึ่ง": "1", "หนึง": "1", "สอง": "2", "โท": "2",
    "สาม": "3", "สี่": "4", "ห้า": "5", "หก": "6", "เจ็ด": "7", "แปด": "8", "เก้า": "9",
}  # fmt: skip
_DIGIT_WORDS = re.compile("|".join(sorted(_DIGIT_OF_WORD, key=len, reverse=True)))
# Written digit on both sides with one of these between is MM/YY as written, which the
# recognizer's own pattern finds (or rightly leaves, like "expiry 12,27 baht" at a comma).
_WRITTEN_SEPARATORS = frozenset("/,-")


def expiry_after(low: str, position: int, written: bool = False) -> tuple[int, int] | None:
    """The span of an expiry date said in the words after `position`, where an expiry word
    ends, in `low`, the text lowercased with every position unchanged. `written`: MM/YY as
    written counts too (elsewhere the recognizer's own pattern finds it)."""
    match = EXPIRY_AFTER_CONTEXT.match(low, position)
    if match is None:
        return None
    month, separator, year = match.group("month", "separator", "year")
    if (
        not written
        and month[0].isdigit()
        and year[0].isdigit()
        and _WRITTEN_SEPARATORS & set(separator)
    ):
        return None
    if year[0].isascii():
        if len(year) == 2 and year >= "60" and not _THAI_MONTH_NAME.fullmatch(month):
            return None
    elif not _a_year(thai_year(year), thai_month=not month[0].isascii()):
        return None
    return match.start("month"), match.end("year")


def _a_year(value: int | None, thai_month: bool) -> bool:
    """Whether a year said in Thai words is one a card expires in; after a month said in Thai,
    two Buddhist-era digits (เจ็ดสิบ, 2570) are one too."""
    return value in _YEARS or (thai_month and value in _SHORT_BUDDHIST_YEARS)


# pythainlp's parser costs tens of microseconds, and the prefilter and the recognizer both ask
# about the same few years.
@lru_cache(maxsize=1024)
def thai_year(words: str) -> int | None:
    """The number Thai number words say (ยี่สิบเจ็ด 27, สองพันห้าร้อยเจ็ดสิบ 2570, digit by digit
    สอง ศูนย์ สอง แปด 2028 or สาม ศูนย์ 30), or None."""
    from pythainlp.util import thaiword_to_num

    words = words.replace(" ", "").replace("\t", "")
    digits = _DIGIT_WORDS.sub(lambda m: _DIGIT_OF_WORD[m.group()], words)
    if digits.isdigit():
        return int(digits) if len(digits) in (2, 4) else None
    try:
        return thaiword_to_num(words)
    except ValueError:
        return None
