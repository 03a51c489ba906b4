"""EMAIL_ADDRESS: written addresses and spoken ones ("john dot smith at gmail dot com")."""

from __future__ import annotations

import re

from presidio_analyzer import RecognizerResult

from ccaudit.model import Severity
from ccaudit.pii.context import lowered
from ccaudit.pii.recognizers.base import ContextPatternRecognizer, RePattern, Window, near_matches

_TH_AT = r"(?:แอท|แอ็ท|แอด|แอ็ด)"
_TH_DOT = r"(?:จุด|ดอท)"
_AT = rf"(?: at | ?{_TH_AT} ?)"
_DOT = rf"(?: dot | ?{_TH_DOT} ?)"
_UNDERSCORE = r"(?: underscore | ?ขีดล่าง ?)"
_LABEL = r"(?:[a-z0-9_\-]+|[\u0E01-\u0E4E]+)"
_TLD = r"(?:com|net|org|co|th|io|me|info|biz|edu|ac|go|คอม|เน็ต|โค|ทีเอช|ที เอช)"
_SPOKEN = (
    rf"(?<![a-z0-9\u0E01-\u0E4E]){_LABEL}(?:(?:{_DOT}|{_UNDERSCORE}){_LABEL})*"
    rf"{_AT}{_LABEL}(?:{_DOT}{_LABEL})*?{_DOT}{_TLD}(?![a-z0-9])"
)
_SPOKEN_TO_SYMBOL = (
    (re.compile(rf"\s+at\s+|\s*{_TH_AT}\s*"), "@"),
    (re.compile(rf"\s+dot\s+|\s*{_TH_DOT}\s*"), "."),
    (re.compile(r"\s+underscore\s+|\s*ขีดล่าง\s*"), "_"),
)
# '@', or an "at" word with a "dot" word after it: " at " alone is everywhere in English.
# Spelled out word by word: `re` skips ahead to a first character only when every top-level
# alternative starts with a literal.
_ANCHOR = re.compile(
    "|".join(
        ["@"]
        + [
            f"{word}(?=.{{0,40}}?(?: dot |{_TH_DOT}))"
            for word in (" at ", "แอท", "แอ็ท", "แอด", "แอ็ด")
        ]
    )
)
# Words that introduce a spoken address and run into it in unsegmented Thai.
_THAI_LEAD_IN = re.compile(r"[\u0E01-\u0E4E]*(?:อีเมล์|อีเมลล์|อีเมล|เมล|คือ|ว่า|ครับ|ค่ะ|คะ)")


def spoken_email_to_written(text: str) -> str:
    """`john dot smith at gmail dot com` -> `john.smith@gmail.com` (for fingerprints)."""
    out = text.lower()
    for pattern, symbol in _SPOKEN_TO_SYMBOL:
        out = pattern.sub(symbol, out)
    return out.replace(" ", "")


class EmailAddressRecognizer(ContextPatternRecognizer):
    ENTITY = "EMAIL_ADDRESS"
    SEVERITY = Severity.medium
    LABEL_EN = "e-mail address"
    LABEL_TH = "อีเมล"
    PATTERNS = (
        RePattern(
            "email_written",
            r"(?<![A-Za-z0-9._%+\-])[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}(?![A-Za-z0-9])",
            0.9,
        ),
        RePattern("email_spoken", _SPOKEN, 0.6),
    )
    CONTEXT = ("email", "e-mail", "mail", "อีเมล", "อีเมล์", "เมล", "อีเมลล์")

    @classmethod
    def canonical_value(cls, value: str) -> str:
        """A lowercase address, however it was written or said."""
        return spoken_email_to_written(value)

    def windows(self, text: str) -> list[Window]:
        anchors = (m.span() for m in _ANCHOR.finditer(lowered(text)))
        return near_matches(text, anchors, before=64, after=128)

    def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None):
        results = super().analyze(text, entities, nlp_artifacts, regex_flags)
        return [self._trim_thai_lead_in(text, r) for r in results]

    @staticmethod
    def _trim_thai_lead_in(text: str, result: RecognizerResult) -> RecognizerResult:
        """อีเมลคือสมชาย จุด ... arrives as one run of Thai letters; keep สมชาย."""
        lead = _THAI_LEAD_IN.match(text, result.start, result.end)
        if lead and lead.end() < result.end and text[lead.end()] != " ":
            result.start = lead.end()
        return result
