import json
from dataclasses import replace

import pytest
from audit_samples import CARD, KEY, call, finding, rule

from ccaudit.errors import CcauditError
from ccaudit.masking import fingerprint
from ccaudit.model import Severity
from ccaudit.store import DecisionRecord, load_baseline, write_baseline
from ccaudit.store.identity import identity_of_finding, identity_of_rule_result

CARD_FINDING = finding("CALL-1", "CREDIT_CARD", CARD, 1, Severity.critical)
UNKNOWN_KIND = json.dumps(
    {"ccaudit_baseline": 1, "entries": [{"kind": "x", "document": "d", "decision": "confirmed"}]}
)
GREETING = rule("CALL-1", "A-1001", "greeting", "fail")


def write(path, records):
    write_baseline(
        path,
        records,
        "0.1.0",
        ["CREDIT_CARD", "TH_TNIN"],
        [{"pack": "th-banking", "version": "1.2.0"}],
        "2026-11-23T10:00:00+00:00",
        None,
    )
    return load_baseline(path)


def record(identity, decision):
    return DecisionRecord(identity, decision, "Nok", "", "2026-11-23T10:00:00+00:00")


def test_false_positive_and_accepted_risk_suppress_confirmed_does_not(tmp_path):
    baseline = write(
        tmp_path / "b.json",
        [
            record(identity_of_finding(CARD_FINDING), "false_positive"),
            record(identity_of_rule_result(GREETING), "accepted_risk"),
        ],
    )
    assert baseline.suppresses_finding(CARD_FINDING)
    assert baseline.suppresses_rule_result(GREETING)
    confirmed = write(tmp_path / "c.json", [record(identity_of_finding(CARD_FINDING), "confirmed")])
    assert not confirmed.suppresses_finding(CARD_FINDING)


def test_identity_ignores_offsets_and_lines_but_not_the_value_or_call(tmp_path):
    baseline = write(
        tmp_path / "b.json", [record(identity_of_finding(CARD_FINDING), "false_positive")]
    )
    moved = replace(CARD_FINDING, start=500, end=516, turn=7, path="renamed.txt")
    assert baseline.suppresses_finding(moved)
    other_card = "4111111111111111"
    assert not baseline.suppresses_finding(
        replace(CARD_FINDING, fingerprint=fingerprint(KEY, "CREDIT_CARD", other_card))
    )
    assert not baseline.suppresses_finding(replace(CARD_FINDING, conversation_id="CALL-2"))


def test_unkeyed_finding_falls_back_to_masked_value_and_speaker(tmp_path):
    baseline = write(
        tmp_path / "b.json", [record(identity_of_finding(CARD_FINDING), "accepted_risk")]
    )
    unkeyed = replace(CARD_FINDING, fingerprint=None)
    assert baseline.suppresses_finding(unkeyed)
    assert not baseline.suppresses_finding(replace(unkeyed, speaker="agent"))


def test_baseline_file_records_versions_and_holds_no_raw_value(tmp_path):
    path = tmp_path / "b.json"
    write(
        path,
        [
            record(identity_of_finding(f), "false_positive")
            for f in call("CALL-1", "A", True, "fail").findings
        ],
    )
    document = json.loads(path.read_text(encoding="utf-8"))
    assert document["rule_packs"] == [{"pack": "th-banking", "version": "1.2.0"}]
    assert document["recognizers"] == ["CREDIT_CARD", "TH_TNIN"]
    assert CARD not in path.read_text(encoding="utf-8")
    assert document["entries"][0]["masked"] == "453201******0366"


@pytest.mark.parametrize(
    "content, message",
    [
        ("{not json", "not JSON"),
        ('{"entries": []}', "no ccaudit_baseline"),
        ('{"ccaudit_baseline": 99, "entries": []}', "format 99"),
        ('{"ccaudit_baseline": 1, "entries": [{"kind": "finding"}]}', "entry 1"),
        (UNKNOWN_KIND, "entry 1"),
    ],
)
def test_bad_baseline_files_are_one_line_errors(tmp_path, content, message):
    path = tmp_path / "bad.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(CcauditError, match=message):
        load_baseline(path)


def test_missing_baseline_file(tmp_path):
    with pytest.raises(CcauditError, match="cannot read baseline"):
        load_baseline(tmp_path / "absent.json")
