"""PASSPORT: passport numbers given passport words: Thai (one or two letters and seven
digits), others with a letter or two and six to nine digits (Hong Kong K12345678, China
E12345678), or nine digits alone (United States, United Kingdom), in one run or in threes."""

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
            "letters_and_digits",
            r"(?=[A-Za-z])(?<![A-Za-z0-9])[A-Za-z]{1,2} ?[0-9]{6,9}(?![A-Za-z0-9])",
            0.1,
        ),
        # Nine digits, typed in one run or in threes (551 903 812, 551-903-812).
        Pattern(
            "nine_digits",
            r"(?=[0-9])(?<![A-Za-z0-9])[0-9]{3}([ \-]?)[0-9]{3}\1[0-9]{3}(?![A-Za-z0-9])"
            r"(?![ \-][0-9])",
            0.1,
        ),
    )
    CONTEXT = (
        "passport", "passport no", "passport number", "พาสปอร์ต", "หนังสือเดินทาง",
        "เลขหนังสือเดินทาง", "เลขพาสปอร์ต",
    )  # fmt: skip
    NEGATIVE_CONTEXT = ("tracking", "พัสดุ", "ems", "kerry", "flash", "order")
    NEEDS_CONTEXT = True
