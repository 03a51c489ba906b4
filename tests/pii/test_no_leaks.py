"""Nothing the detector logs or raises carries a detected value."""

import logging

from ccaudit.pii import Detector, DetectorOptions

PLANTED = ["4532015112830366", "1166131860910", "0812345678", "john.smith@example.com"]


def test_logs_hold_no_values(caplog, conversation):
    caplog.set_level(logging.DEBUG)
    text = " ".join(f"value {v}" for v in PLANTED)
    findings = Detector(DetectorOptions(hash_key=b"k")).scan(conversation(("customer", text)))
    assert len(findings) == len(PLANTED)
    for value in PLANTED:
        assert value not in caplog.text
        assert all(value not in str(f.as_dict()) for f in findings)


def test_presidio_decision_logging_is_off():
    Detector()
    assert logging.getLogger("presidio-analyzer").getEffectiveLevel() >= logging.WARNING
