"""The Detector's contract: offsets into the source, masking, filters, vendor redactions."""

import pytest

from ccaudit.errors import CcauditError
from ccaudit.masking import fingerprint
from ccaudit.model import Locator, RedactionSpan, Severity, Turn
from ccaudit.pii import ALL_ENTITIES, Detector, DetectorOptions

CARD = "4532015112830366"
TNIN = "1166131860910"


def test_offsets_point_at_the_value_as_written_in_the_file(detector, conversation):
    first = "Agent: good morning, how can I help?"
    second = "บัตรเลข สี่ห้าสามสอง ศูนย์หนึ่งห้าหนึ่ง หนึ่งสองแปดสาม ศูนย์สามหกหก ค่ะ"
    source = "header line\n" + first + "\n" + second + "\n"
    conv = conversation(("agent", first), ("customer", second), offset=len("header line\n"))
    [finding] = detector.scan(conv)
    assert finding.turn == 1
    assert source[finding.start : finding.end] == "สี่ห้าสามสอง ศูนย์หนึ่งห้าหนึ่ง หนึ่งสองแปดสาม ศูนย์สามหกหก"
    assert finding.entity_type == "CREDIT_CARD"
    assert finding.validated is True


def test_finding_fields_come_from_the_turn(detector):
    turn = Turn(
        3, "customer", f"card {CARD}", speaker="spk_1", start_ms=4200, is_internal_note=True,
        locator=Locator(offset=50, line=7),
    )  # fmt: skip
    from ccaudit.model import Conversation

    conv = Conversation("c9", "a/b.txt", "text", [turn])
    [finding] = detector.scan(conv)
    assert (finding.path, finding.conversation_id, finding.turn) == ("a/b.txt", "c9", 3)
    assert (finding.speaker, finding.speaker_label, finding.start_ms) == ("customer", "spk_1", 4200)
    assert finding.in_internal_note is True
    assert finding.locator == turn.locator
    assert finding.severity is Severity.critical
    assert finding.recognizer == "CreditCardRecognizer"
    assert finding.masked == "453201******0366"
    assert finding.fingerprint is None


def test_masked_values_never_hold_the_raw_value(detector, conversation):
    texts = [
        f"card {CARD}", f"เลขบัตรประชาชน {TNIN}", "โทร 0812345678", "john.smith@example.com",
        "OTP 482913", "คุณสมชาย ใจดี",
    ]  # fmt: skip
    findings = detector.scan(conversation(*[("customer", t) for t in texts]))
    assert len(findings) == len(texts)
    for finding in findings:
        assert not any(v in finding.masked for v in (CARD, TNIN, "0812345678", "482913"))
        assert "john" not in finding.masked and "สมชาย" not in finding.masked


def test_fingerprint_uses_the_canonical_value():
    keyed = Detector(DetectorOptions(hash_key=b"secret"))
    from tests_support import one_turn  # noqa: F401
