"""Formatters shared by scan, check and audit. Each takes model objects and writes text."""

from __future__ import annotations

import json
from typing import Protocol, TextIO

from ccaudit import __version__
from ccaudit.model import Finding, RuleResult
from ccaudit.output.csv_format import CsvFindingWriter
from ccaudit.output.json_format import JsonFindingWriter
from ccaudit.output.jsonl import JsonLinesWriter
from ccaudit.output.junit import render_junit
from ccaudit.output.rule_table import render_rule_table
from ccaudit.output.sarif import SarifFindingWriter, render_rule_results_sarif
from ccaudit.output.summary import CallScore, CheckSummary, ScanSummary
from ccaudit.output.table import TableFindingWriter


class FindingWriter(Protocol):
    def add(self, finding: Finding) -> None: ...

    def finish(self, summary: ScanSummary) -> None: ...


FINDING_WRITERS = {
    "table": TableFindingWriter,
    "json": JsonFindingWriter,
    "jsonl": JsonLinesWriter,
    "sarif": SarifFindingWriter,
    "csv": CsvFindingWriter,
}
FINDING_FORMATS = tuple(FINDING_WRITERS)
RULE_FORMATS = ("table", "json", "jsonl", "sarif", "junit")


def finding_writer(fmt: str, stream: TextIO) -> FindingWriter:
    """Findings stream through add(); jsonl and csv write as they arrive, others at finish()."""
    return FINDING_WRITERS[fmt](stream)


def render_rule_results(
    fmt: str, results: list[RuleResult], summary: CheckSummary, lang: str = "en"
) -> str:
    """Only the table follows `lang`; the other formats carry `reason` in English (and JSON
    and JSONL `reason_th` too), as their consumers expect."""
    if fmt == "table":
        return render_rule_table(results, summary, lang=lang)
    if fmt == "jsonl":
        return "".join(json.dumps(r.as_dict(), ensure_ascii=False) + "\n" for r in results)
    if fmt == "json":
        document = {
            "tool": "ccaudit",
            "version": __version__,
            "calls": [_call_dict(c) for c in summary.calls],
            "results": [r.as_dict() for r in results],
            "errors": [{"path": e.path, "reason": e.reason} for e in summary.errors],
        }
        return json.dumps(document, ensure_ascii=False, indent=2) + "\n"
    if fmt == "sarif":
        return render_rule_results_sarif(results, summary.errors)
    if fmt == "junit":
        return render_junit(results, summary)
    raise ValueError(f"unknown format {fmt}")


def _call_dict(call: CallScore) -> dict:
    return {
        "path": call.path,
        "call_id": call.call_id,
        "agent_id": call.agent_id,
        "score": None if call.score is None else round(call.score, 4),
        "statuses": dict(call.statuses),
    }


__all__ = [
    "FINDING_FORMATS",
    "RULE_FORMATS",
    "CallScore",
    "CheckSummary",
    "FindingWriter",
    "ScanSummary",
    "finding_writer",
    "render_rule_results",
]
