"""The entity types ccaudit detects and how severe a leak of each one is."""

from __future__ import annotations

from ccaudit.model import Severity

SEVERITY: dict[str, Severity] = {
    "CREDIT_CARD": Severity.critical,
    "CARD_CVV": Severity.critical,
    "TH_TNIN": Severity.high,
    "BANK_ACCOUNT": Severity.high,
    "OTP": Severity.high,
    "PASSPORT": Severity.high,
    "PHONE_NUMBER": Severity.medium,
    "EMAIL_ADDRESS": Severity.medium,
    "CARD_EXPIRY": Severity.medium,
    "DATE_OF_BIRTH": Severity.medium,
    "PERSON": Severity.low,
}

ALL_ENTITIES: tuple[str, ...] = tuple(SEVERITY)

# Entities whose canonical value (for fingerprints) is their digits alone.
NUMERIC_ENTITIES = frozenset(
    {"CREDIT_CARD", "CARD_CVV", "TH_TNIN", "BANK_ACCOUNT", "OTP", "PHONE_NUMBER"}
)
