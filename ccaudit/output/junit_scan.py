"""JUnit XML from `ccaudit scan`: a test case per input file, failed when the file holds a
finding at or above --fail-on.

As in check's JUnit, one <failure> lists them all (JUnit allows one per case), with masked
values only. A file's findings arrive before its tally, so only the current file's failing
findings are held, and at most DETAIL_LINES of them are spelled out.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections import Counter
from typing import TextIO

from ccaudit.model import Finding, Severity
from ccaudit.output.junit import Suite, write_junit
from ccaudit.pipeline.summary import FileTally, ScanSummary

SUITE = "ccaudit scan"
DETAIL_LINES = 100


class JunitFindingWriter:
    def __init__(self, stream: TextIO, fail_on: Severity = Severity.low):
        self.stream = stream
        self.fail_on = fail_on
        self.suite = Suite()
        self.failing: Counter = Counter()
        self.details: list[str] = []
        self.worst: Severity | None = None

    def add(self, finding: Finding) -> None:
        if finding.severity < self.fail_on:
            return
        self.failing[finding.entity_type] += 1
        if len(self.details) < DETAIL_LINES:
            self.details.append(_detail(finding))
        if self.worst is None or finding.severity > self.worst:
            self.worst = finding.severity

    def add_file(self, tally: FileTally) -> None:
        case = ET.Element("testcase", name=tally.path, classname=SUITE, file=tally.path)
        if self.worst is not None:
            counts = ", ".join(f"{entity} {n}" for entity, n in self.failing.most_common())
            failure = ET.SubElement(case, "failure", message=counts, type=self.worst.name)
            left_out = sum(self.failing.values()) - len(self.details)
            failure.text = "\n".join(self.details + ([f"and {left_out} more"] if left_out else []))
        self.suite.add(case, "failures" if self.worst is not None else "")
        self.failing, self.details, self.worst = Counter(), [], None

    def finish(self, summary: ScanSummary) -> None:
        write_junit(self.stream, SUITE, {SUITE: self.suite}, summary.errors)


def _detail(finding: Finding) -> str:
    """`[critical] CREDIT_CARD 453201******0366 (call-1, customer, line 3): checksum valid`."""
    where = [finding.conversation_id, finding.speaker]
    locator = finding.locator
    if locator.line:
        where.append(f"line {locator.line}")
    if locator.pointer:
        where.append(locator.pointer)
    elif locator.row is not None:
        where.append(f"row {locator.row} {locator.column or ''}".rstrip())
    checked = "checksum valid" if finding.validated else "not checksum-validated"
    return (
        f"[{finding.severity.name}] {finding.entity_type} {' '.join(finding.masked.split())} "
        f"({', '.join(where)}): {checked}"
    )
