"""PASSPORT: Thai passport numbers (one or two letters and seven digits) given context."""

from __future__ import annotations

from presidio_analyzer import Pattern

from ccaudit.model import Severity
from ccaudit.pii.recognizers.base import ContextPatternRecognizer


class PassportRecognizer(ContextPatternRecognizer):
    """Tracking codes look alike (EE123456789TH, TH1234567890) but differ in digit count
    or carry trailing letters, which the boundaries exclude."""

    ENTITY = "PASSPORT"
    SEVERITY = Severity.high
    LABEL_EN = "passport number"
    LABEL_TH = "เลขหนังสือเดินทาง"
    # (?=[A-Za-z]) changes no match, but lets `re` give up at once where no letter stands,
    # rather than check the lookbehind there.
    PATTERNS = (
        Pattern(
            "th_passport",
            r"(?=[A-Za-z])(?<![A-Za-z0-9])[A-Za-z]{1,2} ?[0-9]{7}(?![A-Za-z0-9])",
            0.1,
        ),
    )
    CONTEXT = (
        "passport", "passport no", "passport number", "พาสปอร์ต", "หนังสือเดินทาง",
        "เลขหนังสือเดินทาง", "เลขพาสปอร์ต",
    )  # fmt: skip
    NEGATIVE_CONTEXT = ("tracking", "พัสดุ", "ems", "kerry", "flash", "order")
    NEEDS_CONTEXT = True
