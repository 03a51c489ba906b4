"""CARD_EXPIRY: MM/YY (or MM/YYYY) given expiry context."""

from __future__ import annotations

from presidio_analyzer import Pattern

from ccaudit.pii.recognizers.base import ContextPatternRecognizer


class CardExpiryRecognizer(ContextPatternRecognizer):
    ENTITY = "CARD_EXPIRY"
    PATTERNS = (
        Pattern(
            "mm_yy",
            r"(?<![0-9/.\-])(?:0?[1-9]|1[0-2]) ?[/\-.] ?(?:20)?[0-9]{2}(?![0-9]|[/.\-][0-9])",
            0.1,
        ),
    )
    CONTEXT = (
        "exp", "expiry", "expires", "expiration", "expire", "valid thru", "valid through",
        "good thru", "หมดอายุ", "วันหมดอายุ", "บัตรหมดอายุ", "วันที่หมดอายุ",
    )  # fmt: skip
    NEEDS_CONTEXT = True
