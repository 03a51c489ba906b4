import csv
import io
import json
import os

import pytest

from ccaudit.errors import CcauditError
from ccaudit.model import Finding, InputError, Locator, RuleResult, Severity
from ccaudit.output import finding_writer, rule_writer
from ccaudit.output.atomic import atomic_output
from ccaudit.pipeline.summary import CallScore, CheckSummary, ScanSummary

JSONL_KEYS = {"path", "entity_type", "start", "end", "score", "validated", "masked"} | {
    "speaker",
    "turn",
    "group",
}


def card_finding(path="calls/a.txt", start=10, masked="453201******0366", turn=2) -> Finding:
    return Finding(
        path=path,
        conversation_id="a",
        entity_type="CREDIT_CARD",
        start=start,
        end=start + 16,
        score=1.0,
        validated=True,
        masked=masked,
        severity=Severity.critical,
        turn=turn,
        speaker="customer",
        locator=Locator(offset=4, line=3),
    )


def render(fmt: str, findings: list[Finding], errors=()) -> str:
    stream = io.StringIO()
    writer = finding_writer(fmt, stream)
    summary = ScanSummary(errors=list(errors))
    for finding in findings:
        writer.add(finding)
    writer.finish(summary)
    return stream.getvalue()


def render_rules(fmt: str, results: list[RuleResult]) -> str:
    stream = io.StringIO()
    writer = rule_writer(fmt, stream)
    writer.add_call(CallScore("a.txt", "a", "ag1", 0.5), results)
    writer.finish(CheckSummary())
    return stream.getvalue()


def test_jsonl_has_the_contract_fields_one_line_per_finding():
    lines = render("jsonl", [card_finding(), card_finding(start=40)]).splitlines()
    assert len(lines) == 2
    for line in lines:
        row = json.loads(line)
        assert row.keys() >= JSONL_KEYS
        assert row["entity_type"] == "CREDIT_CARD"


def test_sarif_fingerprints_are_stable_and_ignore_offsets():
    first = json.loads(render("sarif", [card_finding(start=10)]))
    moved = json.loads(render("sarif", [card_finding(start=99)]))
    fp = first["runs"][0]["results"][0]["partialFingerprints"]
    assert fp == moved["runs"][0]["results"][0]["partialFingerprints"]
    assert first["version"] == "2.1.0"


def test_sarif_repeated_values_get_distinct_fingerprints():
    doc = json.loads(render("sarif", [card_finding(start=10), card_finding(start=80)]))
    fps = [r["partialFingerprints"]["ccaudit/v1"] for r in doc["runs"][0]["results"]]
    assert len(set(fps)) == 2


def test_sarif_reports_unreadable_inputs_as_notifications():
    doc = json.loads(render("sarif", [], errors=[InputError("x.bin", "binary file")]))
    invocation = doc["runs"][0]["invocations"][0]
    assert invocation["executionSuccessful"] is False
    assert invocation["toolExecutionNotifications"][0]["message"]["text"] == "binary file"


def test_sarif_region_uses_char_offsets_only_for_text_files():
    structured = card_finding()
    structured.locator = Locator(pointer="/Transcript/3/Content")
    doc = json.loads(render("sarif", [structured]))
    location = doc["runs"][0]["results"][0]["locations"][0]
    assert "charOffset" not in location["physicalLocation"]["region"]
    assert location["logicalLocations"][0]["fullyQualifiedName"] == "/Transcript/3/Content"


def test_a_table_into_a_file_or_pipe_has_no_blanks_at_line_ends():
    table = render("table", [card_finding(), card_finding(path="calls/b.txt")])
    assert "CREDIT_CARD" in table
    assert [line for line in table.splitlines() if line.endswith(" ")] == []


def test_a_json_pointer_in_the_table_breaks_before_a_slash_not_inside_a_key():
    finding = card_finding()
    finding.locator = Locator(pointer="/Transcript/12/Content")
    lines = render("table", [finding]).splitlines()
    assert any(line.startswith("/Transcript/12 ") for line in lines)
    assert any(line.startswith("/Content") for line in lines)


def test_csv_and_table_render_masked_values():
    rows = list(csv.DictReader(io.StringIO(render("csv", [card_finding()]))))
    assert rows[0]["masked"] == "453201******0366"
    table = render("table", [card_finding()])
    assert "453201******0366" in table and "CREDIT_CARD" in table


def test_rule_results_jsonl_and_sarif_only_flag_failures():
    results = [
        RuleResult("a.txt", "a", "ag1", "th-banking", "greeting", "Greeting", "pass", Severity.low),
        RuleResult(
            "a.txt", "a", "ag1", "th-banking", "no-otp", "No OTP", "violation", Severity.critical
        ),
    ]
    lines = render_rules("jsonl", results).splitlines()
    assert [json.loads(line)["status"] for line in lines] == ["pass", "violation"]
    sarif = json.loads(render_rules("sarif", results))
    assert [r["ruleId"] for r in sarif["runs"][0]["results"]] == ["th-banking/no-otp"]


def test_atomic_output_leaves_nothing_behind_on_failure(tmp_path):
    target = tmp_path / "report.json"
    with pytest.raises(RuntimeError), atomic_output(target) as stream:
        stream.write("half")
        raise RuntimeError("boom")
    assert list(tmp_path.iterdir()) == []


def test_atomic_output_replaces_the_target_whole(tmp_path):
    target = tmp_path / "report.json"
    target.write_text("old")
    with atomic_output(target) as stream:
        stream.write("new")
    assert target.read_text() == "new"
    assert [p.name for p in tmp_path.iterdir()] == ["report.json"]


def test_atomic_output_gets_the_mode_a_plain_write_would(tmp_path):
    old_umask = os.umask(0o022)
    try:
        with atomic_output(tmp_path / "new.sarif") as stream:
            stream.write("{}")
        kept = tmp_path / "kept.sarif"
        kept.write_text("old")
        kept.chmod(0o640)
        with atomic_output(kept) as stream:
            stream.write("{}")
    finally:
        os.umask(old_umask)
    assert (tmp_path / "new.sarif").stat().st_mode & 0o777 == 0o644
    assert kept.stat().st_mode & 0o777 == 0o640


def test_atomic_output_into_a_missing_directory_is_a_one_line_error(tmp_path):
    with pytest.raises(CcauditError) as error, atomic_output(tmp_path / "nope" / "r.json"):
        pass
    assert "cannot write here" in error.value.message
