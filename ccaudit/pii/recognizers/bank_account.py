"""BANK_ACCOUNT: Thai 10-digit (xxx-x-xxxxx-x) and 12-digit accounts, given account context."""

from __future__ import annotations

from presidio_analyzer import Pattern

from ccaudit.model import Severity
from ccaudit.pii.numbers import NUM_END, NUM_START, digit_run
from ccaudit.pii.recognizers.base import ContextPatternRecognizer

# Bangkok Bank is named by ธนาคาร or บัวหลวง: กรุงเทพ alone is the city.
THAI_BANKS = (
    "กสิกร", "กสิกรไทย", "ไทยพาณิชย์", "กรุงไทย", "กรุงศรี", "ทหารไทย", "ทีทีบี",
    "ออมสิน", "ธ.ก.ส.", "บัวหลวง", "ธกส", "ยูโอบี", "ซีไอเอ็มบี", "เกียรตินาคิน", "แลนด์", "kbank",
    "kasikorn", "scb", "siam commercial", "bangkok bank", "bbl", "krungthai", "ktb",
    "krungsri", "bay", "ttb", "gsb", "baac", "uob", "cimb", "kkp",
)  # fmt: skip


class BankAccountRecognizer(ContextPatternRecognizer):
    """Ten digits are also phones and order numbers, so account words are required.
    The dashed bank layout starts a little higher than a bare run."""

    ENTITY = "BANK_ACCOUNT"
    SEVERITY = Severity.high
    NUMERIC = True
    LABEL_EN = "bank account number"
    LABEL_TH = "เลขบัญชีธนาคาร"
    DIGITS = (10, 12)
    PATTERNS = (
        Pattern(
            "th_account_dashed",
            rf"{NUM_START}[0-9]{{3}}-[0-9]-[0-9]{{5}}-[0-9](?:[0-9]{{2}})?{NUM_END}",
            0.2,
        ),
        Pattern("account_10", digit_run(10), 0.15),
        Pattern("account_12", digit_run(12), 0.15),
    )
    CONTEXT = (
        "account", "acct", "a/c", "bank", "transfer", "deposit", "เลขบัญชี", "บัญชี",
        "เลขที่บัญชี", "โอนเข้า", "โอนเงิน", "โอน", "ธนาคาร", "ฝากเข้า", "บช.",
    ) + THAI_BANKS  # fmt: skip
    NEGATIVE_CONTEXT = (
        "เบอร์", "โทร", "phone", "mobile", "call me", "order", "ออเดอร์", "คำสั่งซื้อ",
        "reference", "ref", "อ้างอิง", "tracking", "พัสดุ",
    )  # fmt: skip
    NEEDS_CONTEXT = True
