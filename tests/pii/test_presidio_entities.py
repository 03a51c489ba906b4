"""Presidio's own entity types, off by default, found and masked when asked for."""

import pytest

from ccaudit.cli.scan import parse_entities
from ccaudit.errors import CcauditError
from ccaudit.pii import DEFAULT_ENTITIES, KNOWN_ENTITIES, Detector, DetectorOptions

TURNS = (
    ("customer", "my social security number is 536-22-8726"),
    ("customer", "the portal is at www.example.org"),
    ("customer", "NHS number 943 476 5919 please"),
)
PLANTED = ("536-22-8726", "www.example.org", "943 476 5919")


def test_off_by_default(detector, conversation):
    assert detector.scan(conversation(*TURNS)) == []


def test_found_and_masked_when_asked_for(conversation):
    wanted = frozenset({"US_SSN", "URL", "UK_NHS"})
    detector = Detector(DetectorOptions(entities=wanted, hash_key=b"k"))
    findings = detector.scan(conversation(*TURNS))
    assert {f.entity_type for f in findings} == wanted
    for finding in findings:
        assert not any(value in repr(finding) for value in PLANTED)
        assert set(finding.masked) <= {"*", "-", " ", "."}


def test_all_is_every_known_entity():
    assert parse_entities(("all",)) == frozenset(KNOWN_ENTITIES)
    assert parse_entities(("us_ssn,CREDIT_CARD",)) == {"US_SSN", "CREDIT_CARD"}
    assert parse_entities(()) is None
    assert set(DEFAULT_ENTITIES) < set(KNOWN_ENTITIES)


def test_unknown_entity_is_refused():
    with pytest.raises(CcauditError, match="SHOE_SIZE"):
        parse_entities(("SHOE_SIZE",))


def test_with_every_type_on_ccaudits_own_finding_keeps_its_type(conversation):
    """Presidio's generic DATE_TIME, and a South African tax number whose checksum a Thai
    account number happens to pass, score higher than the date of birth and the account."""
    detector = Detector(DetectorOptions(entities=frozenset(KNOWN_ENTITIES), hash_key=b"k"))
    findings = detector.scan(
        conversation(
            ("customer", "DOB 01/02/1990"),
            ("customer", "โอนเข้าบัญชีกรุงเทพ 1234567890 ค่ะ"),
        )
    )
    assert [f.entity_type for f in findings] == ["DATE_OF_BIRTH", "BANK_ACCOUNT"]
