"""CREDIT_CARD: Luhn plus issuer ranges; a card-length run beside card words is an ASR slip,
and an old 13-digit Visa beside card words is a card."""

from __future__ import annotations

from ccaudit.model import Severity
from ccaudit.normalize.checksums import in_issuer_range, is_luhn_valid, is_thai_id_valid
from ccaudit.pii.numbers import NUM_END, NUM_START, digit_run, digits_only
from ccaudit.pii.recognizers.base import ContextPatternRecognizer, RePattern

THAI_ID_DIGITS = 13


class CardNumberRecognizer(ContextPatternRecognizer):
    """Valid cards need no context. A run that fails Luhn keeps the low pattern score,
    so it is reported (unvalidated) only when card words lift it over the threshold.
    A Luhn-valid run outside every issuer's range and length (an IMEI) is dropped."""

    ENTITY = "CREDIT_CARD"
    SEVERITY = Severity.critical
    NUMERIC = True
    LABEL_EN = "card number"
    LABEL_TH = "เลขบัตรเครดิต"
    DIGITS = (13, 19)
    PATTERNS = (
        RePattern("card_4x4", rf"{NUM_START}[0-9]{{4}}(?:[ \-.][0-9]{{4}}){{3}}{NUM_END}", 0.1),
        RePattern(
            "card_amex",
            rf"{NUM_START}3[47][0-9]{{2}}[ \-.][0-9]{{6}}[ \-.][0-9]{{5}}{NUM_END}",
            0.1,
        ),
        RePattern("card_digits", digit_run(13, 19), 0.1),
    )
    CONTEXT = (
        "card", "credit", "debit", "visa", "mastercard", "master card", "amex", "jcb",
        "unionpay", "union pay", "card number", "card no", "pan", "บัตร", "เลขบัตร", "หมายเลขบัตร",
        "บัตรเครดิต", "บัตรเดบิต", "เครดิต", "เดบิต", "วีซ่า", "มาสเตอร์", "มาสเตอร์การ์ด", "ยูเนี่ยนเพย์",
    )  # fmt: skip
    NEGATIVE_CONTEXT = (
        "imei", "serial", "s/n", "sn:", "อีมี่", "ไอเอ็มอีไอ", "หมายเลขเครื่อง", "เลขเครื่อง",
        "ซีเรียล", "tracking", "พัสดุ", "เติมเงิน", "top-up", "top up", "voucher", "gift card",
        "บัตรของขวัญ",
    )  # fmt: skip
    WEAK_NEGATIVE_CONTEXT = (
        "order", "คำสั่งซื้อ", "reference", "ref", "อ้างอิง", "ออเดอร์",
    )  # fmt: skip
    NEEDS_CONTEXT = True
    VALID_WITHOUT_CONTEXT = True

    def validate_result(self, pattern_text: str) -> bool | None:
        digits = digits_only(pattern_text)
        if len(digits) == THAI_ID_DIGITS:
            return None if _is_old_visa(digits) else False
        if not is_luhn_valid(digits):
            return None
        return in_issuer_range(digits)


def _is_old_visa(digits: str) -> bool:
    """A 13-digit Visa (still on old debit cards) passing Luhn and not a Thai ID: left
    unvalidated, so only card words make it one."""
    return digits[0] == "4" and is_luhn_valid(digits) and not is_thai_id_valid(digits)
