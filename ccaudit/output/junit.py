"""JUnit XML for CI dashboards. From `check`: a test suite per rule pack, a test case per call
(scan's cases, one per file, are made in junit_scan.py and written by write_junit here).

A call fails when any rule of the pack fails or is violated (one <failure> listing them all,
since JUnit allows one per case); it is skipped when no rule of the pack applies to it.
Evidence in the body is already masked by the checker.

Calls arrive one at a time with all their packs' results, while the document is grouped by
pack: each pack's cases wait in a temporary file until its suite is written.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections import Counter
from dataclasses import dataclass, field
from typing import TextIO

from ccaudit.model import FLAGGED_STATUSES, InputError, RuleResult
from ccaudit.moments import clock, turn_number
from ccaudit.output.streamed import Spool
from ccaudit.pipeline.summary import CallScore, CheckSummary

COUNTS = ("tests", "failures", "skipped")


@dataclass
class Suite:
    """A test suite's cases, each already written as XML, and how many came out which way."""

    cases: Spool[str] = field(default_factory=Spool)
    counts: Counter = field(default_factory=Counter)

    def add(self, case: ET.Element, outcome: str) -> None:
        """`outcome` is failures, skipped or '' (passed)."""
        self.counts.update(("tests", outcome) if outcome else ("tests",))
        self.cases.append(_indented(case))


class JunitRuleWriter:
    def __init__(self, stream: TextIO):
        self.stream = stream
        self.suites: dict[str, Suite] = {}

    def add_call(self, call: CallScore, results: list[RuleResult]) -> None:
        by_pack: dict[str, list[RuleResult]] = {}
        for result in results:
            by_pack.setdefault(result.pack, []).append(result)
        for pack, pack_results in by_pack.items():
            suite = self.suites.setdefault(pack, Suite())
            suite.add(*_testcase(pack, call.path, call.call_id, pack_results))

    def finish(self, summary: CheckSummary) -> None:
        write_junit(self.stream, "ccaudit check", self.suites, summary.errors)


def write_junit(
    stream: TextIO, name: str, suites: dict[str, Suite], errors: list[InputError]
) -> None:
    """The document: its suites, then one for the unreadable inputs (an error case each)."""
    totals = sum((s.counts for s in suites.values()), Counter())
    write = stream.write
    write('<?xml version="1.0" encoding="UTF-8"?>\n')
    root = {"name": name} | {k: str(totals[k]) for k in COUNTS}
    write(_open_tag("testsuites", root | {"errors": str(len(errors))}) + "\n")
    for suite_name, suite in suites.items():
        attributes = {"name": suite_name} | {k: str(suite.counts[k]) for k in COUNTS}
        write("  " + _open_tag("testsuite", attributes | {"errors": "0"}) + "\n")
        for case in suite.cases:
            write(case)
        write("  </testsuite>\n")
    if errors:
        write(_unreadable_suite(errors))
    write("</testsuites>\n")


def _testcase(
    pack: str, path: str, call_id: str, results: list[RuleResult]
) -> tuple[ET.Element, str]:
    """The case, and how it came out: failures, skipped or ''."""
    case = ET.Element("testcase", name=call_id, classname=pack, file=path)
    outcome = ""
    flagged = [r for r in results if r.status in FLAGGED_STATUSES]
    if flagged:
        failure = ET.SubElement(
            case,
            "failure",
            message=", ".join(f"{r.rule_id} {r.status}" for r in flagged),
            type=max(r.severity for r in flagged).name,
        )
        failure.text = "\n".join(_detail(r) for r in flagged)
        outcome = "failures"
    elif all(r.status == "not_applicable" for r in results):
        reasons = sorted({r.reason for r in results})
        ET.SubElement(case, "skipped", message="; ".join(reasons))
        outcome = "skipped"
    return case, outcome


def _detail(result: RuleResult) -> str:
    where = f"turn {turn_number(result.turn)}" if result.turn is not None else "whole call"
    if result.start_ms is not None:
        where += f" at {clock(result.start_ms)}"
    text = result.evidence or result.reason
    return f"[{result.severity.name}] {result.rule_id} {result.status} ({where}): {text}"


def _unreadable_suite(errors: list[InputError]) -> str:
    suite = ET.Element("testsuite", name="unreadable inputs", tests=str(len(errors)))
    suite.set("failures", "0")
    suite.set("errors", str(len(errors)))
    suite.set("skipped", "0")
    for error in errors:
        case = ET.SubElement(suite, "testcase", name=error.path, classname="input")
        ET.SubElement(case, "error", message=error.reason)
    ET.indent(suite, level=1)
    return "  " + ET.tostring(suite, "unicode") + "\n"


def _indented(case: ET.Element) -> str:
    ET.indent(case, level=2)
    return "    " + ET.tostring(case, "unicode") + "\n"


def _open_tag(tag: str, attributes: dict[str, str]) -> str:
    """ElementTree's own escaping of the attributes, without the element's end."""
    return ET.tostring(ET.Element(tag, attributes), "unicode").removesuffix(" />") + ">"
