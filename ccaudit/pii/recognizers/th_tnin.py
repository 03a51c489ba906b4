"""TH_TNIN: Thai national ID, 13 digits (X-XXXX-XXXXX-XX-X) with the mod-11 check digit."""

from __future__ import annotations

from ccaudit.model import Severity
from ccaudit.normalize.checksums import is_thai_id_valid
from ccaudit.pii.numbers import NUM_END, NUM_START, SEP, digits_only
from ccaudit.pii.recognizers.base import ContextPatternRecognizer, RePattern


class ThaiNationalIdRecognizer(ContextPatternRecognizer):
    ENTITY = "TH_TNIN"
    SEVERITY = Severity.high
    NUMERIC = True
    LABEL_EN = "Thai national ID"
    LABEL_TH = "เลขบัตรประชาชน"
    DIGITS = (13, 13)
    PATTERNS = (RePattern("th_tnin", rf"{NUM_START}[1-8](?:{SEP}[0-9]){{12}}{NUM_END}", 0.5),)
    CONTEXT = (
        "id card", "national id", "citizen id", "id number", "thai id", "บัตรประชาชน",
        "เลขบัตรประชาชน", "บัตรประจำตัวประชาชน", "เลขประจำตัวประชาชน", "เลขประจำตัว",
    )  # fmt: skip

    def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None):
        # A number after a plus sign is a phone with its country code (+86 138 0013 8000).
        results = super().analyze(text, entities, nlp_artifacts, regex_flags)
        return [r for r in results if "+" not in text[max(r.start - 1, 0) : r.start + 1]]

    def validate_result(self, pattern_text: str) -> bool:
        return is_thai_id_valid(digits_only(pattern_text))
