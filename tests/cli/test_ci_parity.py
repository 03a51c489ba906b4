"""CI parity with gitleaks and detect-secrets (issue 15 §10): JUnit from scan, baselined results
marked in SARIF rather than dropped, SARIF from audit, --fail-on-empty, and a baseline written
straight from a scan."""

import json
import xml.etree.ElementTree as ET

import pytest
from click.testing import CliRunner
from planted import CARD, PHONE, THAI_ID, TRANSCRIPT

from ccaudit.cli import main
from ccaudit.store import DecisionRecord, load_baseline, write_baseline
from ccaudit.store.identity import ItemIdentity, finding_identity

ENGLISH_CALL = """Call ID: EN-9
Agent ID: A-77
Agent: Good morning, this is Dana at Northwind Bank, how can I help?
Customer: My card number is 4532 0151 1283 0366 and it was blocked.
Agent: Done, your card is unblocked. Goodbye.
"""
QUIET_CALL = "Agent: hello\nCustomer: thanks, bye\n"
EMPTY_INPUT_ERROR = "no input files were read"


@pytest.fixture
def calls(tmp_path):
    folder = tmp_path / "calls"
    folder.mkdir()
    (folder / "call-1.txt").write_text(TRANSCRIPT, encoding="utf-8")
    (folder / "quiet.txt").write_text(QUIET_CALL, encoding="utf-8")
    return folder


def run(*args, env=None):
    runner = CliRunner(env={"CI": None, **(env or {})})
    return runner.invoke(main, [str(a) for a in args], catch_exceptions=False)


def sarif_results(text):
    return json.loads(text)["runs"][0]["results"]


def no_raw_value(text):
    return all(value not in text for value in (CARD, THAI_ID, PHONE))


def accepting_baseline(path, identities):
    records = [
        DecisionRecord(identity, "accepted_risk", "Nok", "training call", "2026-12-01T09:00:00")
        for identity in identities
    ]
    write_baseline(path, records, "0.1.0", ["CREDIT_CARD"], [], "2026-12-01T09:00:00", None)
    return path


# scan --format junit


def test_scan_junit_has_a_case_per_file_failing_on_masked_findings(calls):
    (calls / "broken.bin").write_bytes(b"\x00\x01\x02PK\x03\x04" * 50)
    result = run("scan", calls, "--format", "junit", "-q")
    assert result.exit_code == 2
    root = ET.fromstring(result.stdout)
    assert (root.get("tests"), root.get("failures"), root.get("errors")) == ("2", "1", "1")
    cases = {c.get("name"): c for c in root.find("testsuite").iter("testcase")}
    failure = cases[str(calls / "call-1.txt")].find("failure")
    assert failure.get("type") == "critical"
    assert "CREDIT_CARD" in failure.get("message") and "TH_TNIN" in failure.get("message")
    assert "453201******0366" in failure.text
    assert cases[str(calls / "quiet.txt")].find("failure") is None
    unreadable = root.find("testsuite[@name='unreadable inputs']/testcase/error")
    assert unreadable is not None
    assert no_raw_value(result.stdout)


def test_scan_junit_fails_only_at_or_above_fail_on(calls):
    result = run("scan", calls, "--format", "junit", "--fail-on", "critical", "-q")
    failure = ET.fromstring(result.stdout).find(".//testcase/failure")
    assert failure.get("message") == "CREDIT_CARD 1"
    assert "TH_TNIN" not in failure.text and "PHONE_NUMBER" not in failure.text
    above_all = run("scan", calls, "--format", "junit", "--entities", "PHONE_NUMBER",
                    "--fail-on", "high", "-q")  # fmt: skip
    assert above_all.exit_code == 0
    root = ET.fromstring(above_all.stdout)
    assert (root.get("tests"), root.get("failures")) == ("2", "0")


# SARIF: baselined results marked with suppressions, not dropped


def test_scan_sarif_marks_baselined_findings_as_suppressed(calls, tmp_path):
    card = finding_identity("call-1", "CREDIT_CARD", None, "453201******0366", "customer")
    baseline = accepting_baseline(tmp_path / "baseline.json", [card])
    plain = sarif_results(run("scan", calls, "--format", "sarif", "-q").stdout)
    result = run("scan", calls, "--format", "sarif", "--baseline", baseline, "-q")
    marked = sarif_results(result.stdout)
    assert len(marked) == len(plain)
    suppressed = [r for r in marked if r.get("suppressions")]
    assert [r["ruleId"] for r in suppressed] == ["CREDIT_CARD"]
    assert suppressed[0]["suppressions"] == [
        {
            "kind": "external",
            "status": "accepted",
            "justification": "accepted_risk by Nok: training call",
        }
    ]
    by_fingerprint = {r["partialFingerprints"]["ccaudit/v1"] for r in plain}
    assert {r["partialFingerprints"]["ccaudit/v1"] for r in marked} == by_fingerprint
    assert result.exit_code == 1  # the Thai ID and the phone still count


def test_check_sarif_marks_baselined_rule_results_as_suppressed(tmp_path):
    folder = tmp_path / "calls"
    folder.mkdir()
    (folder / "en.txt").write_text(ENGLISH_CALL, encoding="utf-8")
    checked = run("check", folder, "--rules", "en-support", "--fail-on", "low", "--format",
                  "sarif", "-q")  # fmt: skip
    flagged = sarif_results(checked.stdout)
    assert flagged and checked.exit_code == 1
    identities = [
        ItemIdentity("rule", "EN-9", rule=r["ruleId"].replace("/", ":", 1)) for r in flagged
    ]
    baseline = accepting_baseline(tmp_path / "baseline.json", identities)
    result = run("check", folder, "--rules", "en-support", "--fail-on", "low", "--format",
                 "sarif", "--baseline", baseline, "-q")  # fmt: skip
    marked = sarif_results(result.stdout)
    assert [r["ruleId"] for r in marked] == [r["ruleId"] for r in flagged]
    assert all(r["suppressions"][0]["kind"] == "external" for r in marked)
    assert result.exit_code == 0


# audit --format sarif


def test_audit_sarif_lists_the_runs_findings_and_failed_rules(calls, tmp_path):
    db, out = tmp_path / "audit.db", tmp_path / "audit.sarif"
    audited = run("audit", calls, "--db", db, "--rules", "th-banking", "--format", "sarif",
                  "-o", out, "-q")  # fmt: skip
    assert audited.exit_code == 1 and audited.stdout == ""
    results = sarif_results(out.read_text(encoding="utf-8"))
    rule_ids = {r["ruleId"] for r in results}
    assert {"CREDIT_CARD", "TH_TNIN", "PHONE_NUMBER"} <= rule_ids
    assert any(rule_id.startswith("th-banking/") for rule_id in rule_ids)
    assert all(r["partialFingerprints"]["ccaudit/v1"] for r in results)
    assert no_raw_value(out.read_text(encoding="utf-8"))

    scanned = sarif_results(run("scan", calls, "--format", "sarif", "-q").stdout)
    finding_prints = {r["partialFingerprints"]["ccaudit/v1"] for r in scanned}
    assert {p["partialFingerprints"]["ccaudit/v1"] for p in results if p["ruleId"] in
            {s["ruleId"] for s in scanned}} == finding_prints  # fmt: skip

    again = run("audit", calls, "--db", db, "--rules", "th-banking", "--format", "sarif", "-q")
    assert sarif_results(again.stdout) == results  # unchanged files are linked, still listed


def test_audit_sarif_marks_reviewed_items_as_suppressed(calls, tmp_path):
    db = tmp_path / "audit.db"
    run("audit", calls, "--db", db, "--rules", "th-banking", "-q")
    listing = run("review", "--db", db, "list").stdout.splitlines()
    card_item = next(line.split()[0] for line in listing if "CREDIT_CARD" in line)
    run("review", "--db", db, "decide", card_item, "--decision", "false_positive",
        "--reviewer", "Nok", "--note", "training card")  # fmt: skip
    result = run("audit", calls, "--db", db, "--rules", "th-banking", "--format", "sarif", "-q")
    suppressed = [r for r in sarif_results(result.stdout) if r.get("suppressions")]
    assert [r["ruleId"] for r in suppressed] == ["CREDIT_CARD"]
    assert (
        suppressed[0]["suppressions"][0]["justification"] == "false_positive by Nok: training card"
    )


def test_audit_output_without_a_format_is_a_usage_error(calls, tmp_path):
    result = run("audit", calls, "--db", tmp_path / "a.db", "-o", tmp_path / "a.sarif", "-q")
    assert result.exit_code == 2 and "--format" in result.stderr


def test_audit_sarif_sets_expected_pii_apart_as_the_exit_code_does(tmp_path):
    folder = tmp_path / "calls"
    folder.mkdir()
    (folder / "en.txt").write_text(ENGLISH_CALL, encoding="utf-8")
    result = run("audit", folder, "--db", tmp_path / "a.db", "--rules", "en-support",
                 "--format", "sarif", "-q")  # fmt: skip
    by_rule = {r["ruleId"]: r for r in sarif_results(result.stdout)}
    agent_name = by_rule["PERSON"]  # the agent's own name in her greeting
    assert agent_name["suppressions"][0]["justification"].startswith("expected PII")
    assert "suppressions" not in by_rule["CREDIT_CARD"]


# --link-template


LINK = "https://recordings.example/calls/{call_id}?t={start_s}&turn={turn}"


def test_scan_and_check_sarif_results_link_to_their_moment(tmp_path):
    folder = tmp_path / "calls"
    folder.mkdir()
    (folder / "en.txt").write_text(ENGLISH_CALL, encoding="utf-8")
    scanned = sarif_results(run("scan", folder, "--format", "sarif", "--link-template", LINK,
                                "-q").stdout)  # fmt: skip
    card = next(r for r in scanned if r["ruleId"] == "CREDIT_CARD")
    assert card["hostedViewerUri"] == "https://recordings.example/calls/EN-9?t=0&turn=2"
    checked = run("check", folder, "--rules", "en-support", "--fail-on", "low", "--format",
                  "sarif", "--link-template", LINK, "-q")  # fmt: skip
    checked = sarif_results(checked.stdout)
    assert checked and all(
        r["hostedViewerUri"].startswith("https://recordings.example/calls/EN-9?t=") for r in checked
    )
    plain = sarif_results(run("scan", folder, "--format", "sarif", "-q").stdout)
    assert not any("hostedViewerUri" in r for r in plain)


@pytest.mark.parametrize(
    ("template", "fmt", "reason"),
    [
        (LINK, "jsonl", "--link-template needs --format sarif"),
        ("https://x.example/{call}", "sarif", "--link-template: unknown field {call}"),
    ],
)
def test_a_link_template_that_cannot_be_used_is_refused_before_the_batch(
    calls, template, fmt, reason
):
    result = run("scan", calls, "--format", fmt, "--link-template", template)
    assert result.exit_code == 2 and result.stdout == ""
    assert result.stderr.startswith(f"ccaudit: error: {reason}")


# --fail-on-empty


EMPTY_RUNS = {
    "scan": ("scan", "{empty}"),
    "check": ("check", "{empty}"),
    "audit": ("audit", "{empty}", "--db", "{tmp}/a.db"),
    "redact": ("redact", "{empty}", "--out", "{tmp}/redacted"),
}


def empty_run(tmp_path, command, *extra, env=None):
    empty = tmp_path / "empty"
    empty.mkdir(exist_ok=True)
    args = [a.format(empty=empty, tmp=tmp_path) for a in EMPTY_RUNS[command]]
    return run(*args, "-q", *extra, env=env)


@pytest.mark.parametrize("command", sorted(EMPTY_RUNS))
def test_fail_on_empty_exits_2_with_one_line(tmp_path, command):
    result = empty_run(tmp_path, command, "--fail-on-empty")
    assert result.exit_code == 2
    assert len(result.stderr.splitlines()) == 1 and EMPTY_INPUT_ERROR in result.stderr
    passed = empty_run(tmp_path, command, env={"CI": ""})
    assert passed.exit_code == 0
    assert passed.stderr.startswith("ccaudit: warning: no input files were read from ")


@pytest.mark.parametrize("command", sorted(EMPTY_RUNS))
def test_fail_on_empty_is_on_in_ci_unless_turned_off(tmp_path, command):
    in_ci = empty_run(tmp_path, command, env={"CI": "true"})
    assert in_ci.exit_code == 2 and EMPTY_INPUT_ERROR in in_ci.stderr
    assert empty_run(tmp_path, command, "--no-fail-on-empty", env={"CI": "true"}).exit_code == 0
    assert empty_run(tmp_path, command, env={"CI": "false"}).exit_code == 0


def test_fail_on_empty_passes_a_batch_that_was_read(calls):
    assert run("scan", calls / "quiet.txt", "--fail-on-empty", "-q").exit_code == 0


# scan --write-baseline


def test_write_baseline_adopts_every_finding_so_only_new_ones_fail(calls, tmp_path):
    baseline = tmp_path / "ccaudit-baseline.json"
    written = run("scan", calls, "--hash-key", "k", "--write-baseline", baseline, "-q")
    assert written.exit_code == 0, written.output
    document = json.loads(baseline.read_text(encoding="utf-8"))
    assert document["ccaudit_baseline"] == 1 and document["tool_version"]
    assert "CREDIT_CARD" in document["recognizers"] and document["rule_packs"] == []
    entries = document["entries"]
    assert {e["entity"] for e in entries} == {"CREDIT_CARD", "TH_TNIN", "PHONE_NUMBER"}
    assert {e["decision"] for e in entries} == {"accepted_risk"}
    assert len(load_baseline(baseline).entries) == len(entries)
    assert no_raw_value(baseline.read_text(encoding="utf-8"))

    assert run("scan", calls, "--hash-key", "k", "--baseline", baseline, "-q").exit_code == 0
    (calls / "call-2.txt").write_text(TRANSCRIPT.replace(CARD, "4111111111111111"), "utf-8")
    assert run("scan", calls, "--hash-key", "k", "--baseline", baseline, "-q").exit_code == 1


def test_write_baseline_keeps_earlier_decisions(calls, tmp_path):
    card = finding_identity("call-1", "CREDIT_CARD", None, "453201******0366", "customer")
    earlier = tmp_path / "earlier.json"
    write_baseline(
        earlier,
        [DecisionRecord(card, "confirmed", "Nok", "real card", "2026-12-01T09:00:00")],
        "0.1.0", ["CREDIT_CARD"], [], "2026-12-01T09:00:00", None,
    )  # fmt: skip
    adopted = tmp_path / "adopted.json"
    result = run("scan", calls, "--baseline", earlier, "--write-baseline", adopted, "-q")
    assert result.exit_code == 1  # the confirmed card still counts
    entries = json.loads(adopted.read_text(encoding="utf-8"))["entries"]
    decisions = {e["entity"]: e["decision"] for e in entries}
    assert decisions["CREDIT_CARD"] == "confirmed" and decisions["TH_TNIN"] == "accepted_risk"
    assert next(e for e in entries if e["entity"] == "CREDIT_CARD")["note"] == "real card"


def test_write_baseline_never_lands_on_an_input_nor_is_read_as_one(calls, tmp_path):
    call = calls / "call-1.txt"
    refused = run("scan", call, "--write-baseline", call, "-q")
    assert refused.exit_code == 2 and "--write-baseline" in refused.stderr
    assert (calls / "call-1.txt").read_text(encoding="utf-8") == TRANSCRIPT
    inside = calls / "ccaudit-baseline.json"
    inside.write_text("{}", encoding="utf-8")
    again = run("scan", calls, "--write-baseline", inside, "--format", "jsonl", "-q")
    assert again.exit_code == 0, again.output
    assert str(inside) not in again.stdout
    assert len(json.loads(inside.read_text(encoding="utf-8"))["entries"]) == 3


def test_fail_on_empty_adds_nothing_when_the_inputs_were_unreadable(tmp_path):
    result = run("scan", tmp_path / "nope.txt", "--fail-on-empty", "-q")
    assert result.exit_code == 2
    assert len(result.stderr.splitlines()) == 1 and EMPTY_INPUT_ERROR not in result.stderr
