"""JUnit XML for CI dashboards: a test suite per rule pack, a test case per call.

A call fails when any rule of the pack fails or is violated (one <failure> listing them all,
since JUnit allows one per case); it is skipped when no rule of the pack applies to it.
Evidence in the body is already masked by the checker.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections import defaultdict

from ccaudit.model import RuleResult
from ccaudit.moments import clock, turn_number
from ccaudit.output.summary import CheckSummary

FLAGGED = ("fail", "violation")


def render_junit(results: list[RuleResult], summary: CheckSummary) -> str:
    by_pack: dict[str, dict[tuple[str, str], list[RuleResult]]] = defaultdict(dict)
    for result in results:
        by_pack[result.pack].setdefault((result.path, result.call_id), []).append(result)
    root = ET.Element("testsuites", name="ccaudit check")
    totals = {"tests": 0, "failures": 0, "skipped": 0}
    for pack, calls in by_pack.items():
        suite = ET.SubElement(root, "testsuite", name=pack)
        counts = {"tests": 0, "failures": 0, "skipped": 0}
        for (path, call_id), call_results in calls.items():
            counts["tests"] += 1
            outcome = _testcase(suite, pack, path, call_id, call_results)
            if outcome:
                counts[outcome] += 1
        for key, value in counts.items():
            suite.set(key, str(value))
            totals[key] += value
        suite.set("errors", "0")
    if summary.errors:
        _unreadable_suite(root, summary)
    for key, value in totals.items():
        root.set(key, str(value))
    root.set("errors", str(len(summary.errors)))
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, "unicode") + "\n"


def _testcase(suite, pack: str, path: str, call_id: str, results: list[RuleResult]) -> str:
    case = ET.SubElement(suite, "testcase", name=call_id, classname=pack, file=path)
    flagged = [r for r in results if r.status in FLAGGED]
    if flagged:
        failure = ET.SubElement(
            case,
            "failure",
            message=", ".join(f"{r.rule_id} {r.status}" for r in flagged),
            type=max(r.severity for r in flagged).name,
        )
        failure.text = "\n".join(_detail(r) for r in flagged)
        return "failures"
    if all(r.status == "not_applicable" for r in results):
        reasons = sorted({r.reason for r in results})
        ET.SubElement(case, "skipped", message="; ".join(reasons))
        return "skipped"
    return ""


def _detail(result: RuleResult) -> str:
    where = f"turn {turn_number(result.turn)}" if result.turn is not None else "whole call"
    if result.start_ms is not None:
        where += f" at {clock(result.start_ms)}"
    text = result.evidence or result.reason
    return f"[{result.severity.name}] {result.rule_id} {result.status} ({where}): {text}"


def _unreadable_suite(root, summary: CheckSummary) -> None:
    suite = ET.SubElement(
        root, "testsuite", name="unreadable inputs", tests=str(len(summary.errors))
    )
    suite.set("failures", "0")
    suite.set("errors", str(len(summary.errors)))
    suite.set("skipped", "0")
    for error in summary.errors:
        case = ET.SubElement(suite, "testcase", name=error.path, classname="input")
        ET.SubElement(case, "error", message=error.reason)
