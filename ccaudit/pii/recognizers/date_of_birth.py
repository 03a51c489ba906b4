"""DATE_OF_BIRTH: a date (Thai or English, Buddhist-era years too) given birth context.

Dates come written (12/03/2530, 04/17/1972, 4/17/72, 1990/04/17, 29091993, 2 Nov 87,
3 ก.ย. 65) and said: the
normaliser has made digits of the years and digit runs by then ("nineteen ninety" 1990,
"สองห้าสามสอง" 2532, "one one oh six one nine seven seven" 11061977), which leaves the day
in words ("twenty second of july", "หก ตุลาคม", "the ninth"), a two-digit year in words
("fifty nine") or "two thousand". Eight or six digits in one run count only as a real date.
"""

from __future__ import annotations

import re
from datetime import date

from ccaudit.model import Severity
from ccaudit.pii.recognizers.base import ContextPatternRecognizer, RePattern

TH_MONTHS = (
    "มกราคม|กุมภาพันธ์|มีนาคม|เมษายน|พฤษภาคม|มิถุนายน|กรกฎาคม|สิงหาคม|กันยายน|ตุลาคม"
    "|พฤศจิกายน|ธันวาคม|ม\\.ค\\.|ก\\.พ\\.|มี\\.ค\\.|เม\\.ย\\.|พ\\.ค\\.|มิ\\.ย\\.|ก\\.ค\\."
    "|ส\\.ค\\.|ก\\.ย\\.|ต\\.ค\\.|พ\\.ย\\.|ธ\\.ค\\."
)
# The names themselves, full and said (ธันวา), for word lists.
THAI_MONTH_NAMES = (
    "มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม", "สิงหาคม",
    "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม", "มกรา", "กุมภา", "มีนา", "เมษา", "พฤษภา",
    "มิถุนา", "กรกฎา", "สิงหา", "กันยา", "ตุลา", "พฤศจิกา", "ธันวา",
)  # fmt: skip
EN_MONTHS = (
    "january|february|march|april|may|june|july|august|september|october|november|december"
    "|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec"
)
_DAY = r"(?:0?[1-9]|[12][0-9]|3[01])"
_YEAR = r"(?:19|20|24|25)[0-9]{2}"
_EN_UNIT = "one|two|three|four|five|six|seven|eight|nine"
_EN_UNIT_ORDINAL = "first|second|third|fourth|fifth|sixth|seventh|eighth|ninth"
_EN_TEEN_ORDINAL = (
    "tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth"
    "|nineteenth"
)
_EN_TEEN = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
# A day said: "twenty second", "twenty-two", "third", "the 3rd", "fourteen".
_EN_DAY = (
    rf"(?:twenty|thirty)[ -](?:{_EN_UNIT_ORDINAL}|{_EN_UNIT})|twentieth|thirtieth"
    rf"|{_EN_TEEN_ORDINAL}|{_EN_TEEN}|{_EN_UNIT_ORDINAL}|twenty|thirty|{_EN_UNIT}"
)
_TH_UNIT = "หนึ่ง|สอง|สาม|สี่|ห้า|หก|เจ็ด|แปด|เก้า"
# Spellings a speech recogniser gives without the tone marks: only inside a day said before
# a month (ยีสิบเกา กรกฎาคม), where they cannot be other words.
_TH_UNIT_UNMARKED = f"{_TH_UNIT}|หนึง|สี|หา|เจด|เกา"
# Speech recognisers for Thai put a space between the words of one number (สิบ เก้า, สาม เก้า).
_S = " ?"
_TH_ONES = rf"(?:{_S}(?:เอ็ด|{_TH_UNIT}))?"
_TH_DAY = rf"สาม{_S}สิบ(?:{_S}เอ็ด)?|ยี่{_S}สิบ{_TH_ONES}|สิบ{_TH_ONES}|{_TH_UNIT}"
_TH_SAID_MONTHS = "มกรา|กุมภา|มีนา|เมษา|พฤษภา|มิถุนา|กรกฎา|สิงหา|กันยา|ตุลา|พฤศจิกา|ธันวา"
_MONTH = rf"(?:{EN_MONTHS})\.?|{TH_MONTHS}|{_TH_SAID_MONTHS}"
_MONTH_ORDINAL = rf"{_EN_TEEN_ORDINAL}|{_EN_UNIT_ORDINAL}"
_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
# A year: four digits, two digits, or what the normaliser leaves in words ("fifty nine",
# "two thousand and three").
# A Buddhist-era year's last two digits said in Thai: digit by digit (สามสอง) or as a number
# (สามสิบสอง).
_TH_DIGIT = f"ศูนย์|{_TH_UNIT}"
_TH_TENS = rf"(?:ยี่{_S}|(?:{_TH_UNIT}){_S})?สิบ{_TH_ONES}"
_TH_TWO_DIGITS = rf"(?:{_TH_DIGIT}){_S}(?:{_TH_DIGIT})|{_TH_TENS}"
# A whole year in Thai words: as a number (สองพันห้าร้อยสามสิบสี่, สอง พัน สิบ สี่) or as two
# pairs (ยี่สิบห้า สิบเก้า, 25 and 19).
_TH_WHOLE_YEAR = (
    rf"สอง{_S}พัน(?:{_S}(?:{_TH_UNIT}){_S}ร้อย)?(?:{_S}(?:{_TH_TENS}|{_TH_UNIT}))?"
    rf"|(?:ยี่{_S}สิบ{_S}ห้า|สิบ{_S}เก้า){_S}(?:{_TH_TWO_DIGITS})"
)
_ANY_YEAR = (
    rf"{_YEAR}|[0-9]{{2}}|(?:{_TENS})(?:[ -](?:{_EN_UNIT}))?"
    rf"|two thousand(?:(?: and)? (?:{_EN_TEEN}|{_EN_UNIT}))?"
    rf"|(?:{_TH_WHOLE_YEAR}|{_TH_TWO_DIGITS})(?:(?![ก-ฮ])|(?=ครับ|ค่ะ|คะ|ค่า|นะ))"
)
_DAY_WORD = rf"(?:{_DAY}(?:st|nd|rd|th)?|{_EN_DAY}|(?:วันที่ ?)?(?:{_TH_DAY}))"
_TH_ONES_UNMARKED = rf"(?:{_S}(?:เอ็ด|{_TH_UNIT_UNMARKED}))?"
_TH_DAY_UNMARKED = (
    rf"สาม{_S}สิบ(?:{_S}เอ็ด)?|ยี่?{_S}สิบ{_TH_ONES_UNMARKED}|สิบ{_TH_ONES_UNMARKED}"
    rf"|{_TH_UNIT_UNMARKED}"
)
# "the ninth of May, '87": an apostrophe may stand for the century.
_YEAR_AFTER = rf"[ ,.]{{0,2}}(?:พ\.ศ\. ?|ค\.ศ\. ?|ปี ?|['’])?(?:{_ANY_YEAR})(?![0-9a-z])"
# Each pattern opens with a lookahead for the characters its match can start with. It changes
# no match, but lets `re` give up at once everywhere else, rather than check the lookbehind and
# try every way to read a day or a month name there (patterns run without case).
_AT_DIGIT = "(?=[0-9])"
_AT_MONTH_INITIAL = "(?=[" + "".join(sorted({month[0] for month in EN_MONTHS.split("|")})) + "])"


class DateOfBirthRecognizer(ContextPatternRecognizer):
    ENTITY = "DATE_OF_BIRTH"
    SEVERITY = Severity.medium
    LABEL_EN = "date of birth"
    LABEL_TH = "วันเกิด"
    PATTERNS = (
        RePattern(
            "numeric_date",
            rf"{_AT_DIGIT}(?<![0-9/.\-]){_DAY}[/\-.](?:0?[1-9]|1[0-2])[/\-.]"
            rf"(?:{_YEAR}|[0-9]{{2}})(?![0-9])",
            0.1,
        ),
        RePattern(
            "said_day_month",
            rf"(?<![0-9a-z\u0e01-\u0e4e])(?:the )?{_DAY_WORD} ?(?:of )?(?:the )?(?:{_MONTH})"
            rf"{_YEAR_AFTER}",
            0.1,
        ),
        # A Thai day in words glued to the word before it (เกิดวันที่ยี่สิบเจ็ด มกราคม 2538), or
        # said without tone marks.
        RePattern(
            "thai_said_day_month",
            rf"(?:(?<=วันที่)|(?<=วันที่ )|(?<![\u0e30-\u0e4e]))(?:{_TH_DAY_UNMARKED}){_S}(?:เดือน ?)?"
            rf"(?:{TH_MONTHS}|{_TH_SAID_MONTHS}){_YEAR_AFTER}",
            0.1,
        ),
        RePattern(
            "said_month_day",
            rf"{_AT_MONTH_INITIAL}(?<![a-z])(?:{EN_MONTHS})\.? (?:the )?{_DAY_WORD}{_YEAR_AFTER}",
            0.1,
        ),
        # The year first, then the month and day: "1990, march the second", "1939 uh may the
        # fourth".
        RePattern(
            "year_first",
            rf"{_AT_DIGIT}(?<![0-9])(?:19|20)[0-9]{{2}},? (?:(?:uh|um|er) )?(?:{EN_MONTHS})\.?"
            rf" (?:the )?{_DAY_WORD}(?![0-9a-z])",
            0.1,
        ),
        RePattern(
            "said_day_of_month_ordinal",
            rf"(?<![0-9a-z])(?:{_EN_DAY}) of the (?:{_MONTH_ORDINAL}){_YEAR_AFTER}",
            0.1,
        ),
        RePattern(
            "month_first_numeric",
            rf"{_AT_DIGIT}(?<![0-9/.\-])(?:0?[1-9]|1[0-2])[/\-.]{_DAY}[/\-.]"
            rf"(?:{_YEAR}|[0-9]{{2}})(?![0-9])",
            0.1,
        ),
        RePattern("compact", rf"{_AT_DIGIT}(?<![0-9])(?:[0-9]{{8}}|[0-9]{{6}})(?![0-9])", 0.1),
        # Said as three numbers ("oh six, fifteen, sixty-eight" is 06 15 68 by now), day or
        # month first; a number of its own, not part of a longer run.
        RePattern(
            "spaced_numeric",
            rf"{_AT_DIGIT}(?<![0-9])(?<![0-9][ \-./])(?:{_DAY} (?:0?[1-9]|1[0-2])"
            rf"|(?:0?[1-9]|1[0-2]) {_DAY}) (?:{_YEAR}|[0-9]{{2}})(?![0-9])(?![ \-./][0-9])",
            0.1,
        ),
        RePattern(
            "iso_date",
            rf"{_AT_DIGIT}(?<![0-9])(?:19|20|25)[0-9]{{2}}(?P<separator>[\-/.])[01]?[0-9]"
            rf"(?P=separator)[0-3]?[0-9](?![0-9])",
            0.1,
        ),
    )
    CONTEXT = (
        "date of birth", "dob", "d.o.b", "born", "birthday", "birth date", "birthdate", "birth",
        "bday", "b-day", "b'day", "วันเกิด", "เกิดวันที่", "เกิด", "วันเดือนปีเกิด", "ปีเกิด",
        "วดป.เกิด", "ว/ด/ป เกิด",
    )  # fmt: skip
    NEGATIVE_CONTEXT = (
        "passed away", "died", "death", "deceased", "เสียชีวิต", "ถึงแก่กรรม",
        # A booking's dates, a line below the guest's date of birth.
        "arrival", "arriving", "departure", "departing", "check-in", "check-out", "checkout",
        # A passport's or a card's expiry written beside the birth date (`DOB ... Exp ...`).
        "exp", "expiry", "expires", "expiration", "valid until", "valid thru", "หมดอายุ",
    )  # fmt: skip
    NEEDS_CONTEXT = True

    def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None):
        results = super().analyze(text, entities, nlp_artifacts, regex_flags)
        return [r for r in results if not _TIME_AFTER.match(text, r.end)]

    def validate_result(self, pattern_text: str) -> bool | None:
        """A run of eight or six digits is a date only if some reading of it is one."""
        if pattern_text.isdigit():
            return None if is_compact_date(pattern_text) else False
        return None


# A date with a clock time after it stamps a message (`Sent: 09/03/2024 8:12 PM`); nobody
# gives the time they were born.
_TIME_AFTER = re.compile(r",?[ \t]+(?:at[ \t]+)?[0-9]{1,2}[:.][0-9]{2}(?![0-9])")


def is_compact_date(digits: str) -> bool:
    """DDMMYYYY, MMDDYYYY or YYYYMMDD (Buddhist-era years too), or DDMMYY / MMDDYY; a month
    of one digit first, as said aloud, with a year of two or four (MDDYY, MDDYYYY)."""
    if len(digits) in (5, 7):
        return _is_date(int(digits[1:3]), int(digits[0]), _full_year(digits[3:]))
    if len(digits) == 8:
        readings = [(digits[:2], digits[2:4], digits[4:]), (digits[2:4], digits[:2], digits[4:])]
        readings.append((digits[6:], digits[4:6], digits[:4]))
        return any(_is_date(int(d), int(m), int(y)) for d, m, y in readings)
    readings = [(digits[:2], digits[2:4]), (digits[2:4], digits[:2])]
    return any(_is_date(int(d), int(m), 2000) for d, m in readings)


def _full_year(year: str) -> int:
    """A year of two digits is of the last century when later than this one's."""
    if len(year) == 4:
        return int(year)
    return 1900 + int(year) if int(year) > date.today().year % 100 else 2000 + int(year)


def _is_date(day: int, month: int, year: int) -> bool:
    if year >= 2400:
        year -= 543
    if not 1900 <= year <= 2100:
        return False
    try:
        date(year, month, day)
    except ValueError:
        return False
    return True
