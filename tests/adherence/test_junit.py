"""JUnit XML: a suite per pack, a case per call, failures listed, not-applicable skipped."""

import io
import xml.etree.ElementTree as ET

from ccaudit.model import InputError, RuleResult, Severity
from ccaudit.output.junit import JunitRuleWriter
from ccaudit.pipeline.summary import CallScore, CheckSummary


def result(call, rule, status, pack="th-banking", severity=Severity.high, **extra):
    return RuleResult(f"{call}.txt", call, "A1", pack, rule, rule, status, severity, **extra)


def render_junit(results: list[RuleResult], summary: CheckSummary) -> str:
    stream = io.StringIO()
    writer = JunitRuleWriter(stream)
    calls: dict[str, list[RuleResult]] = {}
    for r in results:
        calls.setdefault(r.call_id, []).append(r)
    for call_id, call_results in calls.items():
        writer.add_call(CallScore(f"{call_id}.txt", call_id, "A1", None), call_results)
    writer.finish(summary)
    return stream.getvalue()


def test_suites_cases_failures_and_skips():
    results = [
        result("c1", "greeting", "pass"),
        result("c1", "no-otp", "violation", turn=2, start_ms=4000, evidence="OTP **** <&>"),
        result("c2", "greeting", "pass"),
        result("c3", "greeting", "not_applicable", reason="speaker roles unknown"),
        result("c1", "notes", "not_applicable", pack="pci-dss", reason="no notes"),
    ]
    errors = [InputError("broken.bin", "binary file")]
    root = ET.fromstring(render_junit(results, CheckSummary(errors=errors)))
    assert (root.get("tests"), root.get("failures"), root.get("skipped")) == ("4", "1", "2")
    assert root.get("errors") == "1"
    suites = {s.get("name"): s for s in root.iter("testsuite")}
    th = suites["th-banking"]
    cases = {c.get("name"): c for c in th.iter("testcase")}
    failure = cases["c1"].find("failure")
    assert failure.get("message") == "no-otp violation" and failure.get("type") == "high"
    assert "(turn 3 at 00:04): OTP **** <&>" in failure.text  # turns counted from 1
    assert cases["c2"].find("failure") is None and cases["c2"].find("skipped") is None
    assert cases["c3"].find("skipped").get("message") == "speaker roles unknown"
    assert suites["pci-dss"].find("testcase/skipped") is not None
    assert suites["unreadable inputs"].find("testcase/error").get("message") == "binary file"
