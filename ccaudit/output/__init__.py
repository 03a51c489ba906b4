"""Formatters shared by scan, check and audit. Each takes model objects as the batch streams
past and writes text; nothing holds every finding or result.

The writer modules are imported when a writer is made, so that parsing a command line does
not load rich, ElementTree and the rest.
"""

from __future__ import annotations

from importlib import import_module
from typing import Protocol, TextIO

from ccaudit.model import Finding, RuleResult, Severity
from ccaudit.pipeline.summary import CallScore, CheckSummary, FileTally, ScanSummary

FINDING_WRITERS = {
    "table": "ccaudit.output.table:TableFindingWriter",
    "json": "ccaudit.output.json_format:JsonFindingWriter",
    "jsonl": "ccaudit.output.jsonl:JsonLinesWriter",
    "sarif": "ccaudit.output.sarif:SarifFindingWriter",
    "csv": "ccaudit.output.csv_format:CsvFindingWriter",
    "junit": "ccaudit.output.junit_scan:JunitFindingWriter",
}
RULE_WRITERS = {
    "table": "ccaudit.output.rule_table:RuleTableWriter",
    "json": "ccaudit.output.json_format:JsonRuleWriter",
    "jsonl": "ccaudit.output.jsonl:JsonLinesWriter",
    "sarif": "ccaudit.output.sarif:SarifRuleWriter",
    "junit": "ccaudit.output.junit:JunitRuleWriter",
}
FINDING_FORMATS = tuple(FINDING_WRITERS)
RULE_FORMATS = tuple(RULE_WRITERS)


class FindingWriter(Protocol):
    def add(self, finding: Finding) -> None: ...

    def add_file(self, tally: FileTally) -> None: ...

    def finish(self, summary: ScanSummary) -> None: ...


class RuleWriter(Protocol):
    def add_call(self, call: CallScore, results: list[RuleResult]) -> None: ...

    def finish(self, summary: CheckSummary) -> None: ...


def finding_writer(
    fmt: str, stream: TextIO, fail_on: Severity = Severity.low, link_template: str | None = None
) -> FindingWriter:
    """Findings stream through add() and each file's tally through add_file(). Only JUnit
    follows `fail_on`: a file fails its test case on a finding at or above it. Only SARIF
    takes a link template (see ccaudit.moments.moment_link)."""
    if fmt == "junit":
        return _writer_class(FINDING_WRITERS[fmt])(stream, fail_on)
    if fmt == "sarif":
        return _writer_class(FINDING_WRITERS[fmt])(stream, link_template)
    return _writer_class(FINDING_WRITERS[fmt])(stream)


def rule_writer(
    fmt: str, stream: TextIO, lang: str = "en", link_template: str | None = None
) -> RuleWriter:
    """Only the table follows `lang`; the other formats carry `reason` in English (and JSON
    and JSONL `reason_th` too), as their consumers expect. Only SARIF takes a link template."""
    if fmt == "table":
        return _writer_class(RULE_WRITERS[fmt])(stream, lang)
    if fmt == "sarif":
        return _writer_class(RULE_WRITERS[fmt])(stream, link_template)
    return _writer_class(RULE_WRITERS[fmt])(stream)


def _writer_class(where: str) -> type:
    module, name = where.split(":")
    return getattr(import_module(module), name)


__all__ = [
    "FINDING_FORMATS",
    "RULE_FORMATS",
    "FindingWriter",
    "RuleWriter",
    "finding_writer",
    "rule_writer",
]
