"""DATE_OF_BIRTH: a date (Thai or English, Buddhist-era years too) given birth context."""

from __future__ import annotations

from presidio_analyzer import Pattern

from ccaudit.model import Severity
from ccaudit.pii.recognizers.base import ContextPatternRecognizer

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
        Pattern(
            "numeric_date",
            rf"{_AT_DIGIT}(?<![0-9/.\-]){_DAY}[/\-.](?:0?[1-9]|1[0-2])[/\-.]"
            rf"(?:{_YEAR}|[0-9]{{2}})(?![0-9])",
            0.1,
        ),
        Pattern(
            "thai_month_date",
            rf"{_AT_DIGIT}(?<![0-9]){_DAY} ?(?:{TH_MONTHS}) ?(?:พ\.ศ\. ?|ค\.ศ\. ?)?{_YEAR}"
            r"(?![0-9])",
            0.1,
        ),
        Pattern(
            "english_day_month",
            rf"{_AT_DIGIT}(?<![0-9]){_DAY}(?:st|nd|rd|th)? (?:of )?(?:{EN_MONTHS})\.?,? {_YEAR}"
            r"(?![0-9])",
            0.1,
        ),
        Pattern(
            "english_month_day",
            rf"{_AT_MONTH_INITIAL}(?<![a-z])(?:{EN_MONTHS})\.? {_DAY}(?:st|nd|rd|th)?,? {_YEAR}"
            r"(?![0-9])",
            0.1,
        ),
        Pattern(
            "iso_date",
            rf"{_AT_DIGIT}(?<![0-9])(?:19|20)[0-9]{{2}}-[01][0-9]-[0-3][0-9](?![0-9])",
            0.1,
        ),
    )
    CONTEXT = (
        "date of birth", "dob", "d.o.b", "born", "birthday", "birth date", "birthdate",
        "วันเกิด", "เกิดวันที่", "เกิด", "วันเดือนปีเกิด", "ปีเกิด",
    )  # fmt: skip
    NEEDS_CONTEXT = True
