"""One JSON document: the findings or rule results as they arrive, then the batch summary.

Per-file and per-call entries wait in a temporary file, not in memory, until their place
at the end of the document.
"""

from __future__ import annotations

from typing import TextIO

from ccaudit import __version__
from ccaudit.model import Finding, InputError, RuleResult
from ccaudit.output.streamed import JsonDocument, Spool
from ccaudit.pipeline.summary import CallScore, CheckSummary, FileTally, ScanSummary


def file_as_dict(tally: FileTally) -> dict:
    return {
        "path": tally.path,
        "format": tally.source_format,
        "conversations": tally.conversations,
        "findings": dict(sorted(tally.findings.items())),
        "vendor_redacted": tally.vendor_redacted,
        "vendor_markers": tally.vendor_markers,
        "missed_by_vendor": tally.missed_by_vendor,
    }


def call_as_dict(call: CallScore) -> dict:
    return {
        "path": call.path,
        "call_id": call.call_id,
        "agent_id": call.agent_id,
        "score": None if call.score is None else round(call.score, 4),
        "statuses": dict(call.statuses),
    }


def errors_as_list(errors: list[InputError]) -> list[dict]:
    return [{"path": e.path, "reason": e.reason} for e in errors]


class _JsonStream:
    def __init__(self, stream: TextIO, items_key: str):
        self.document = JsonDocument(stream)
        self.document.begin("{")
        self.document.value("ccaudit", "tool")
        self.document.value(__version__, "version")
        self.document.begin("[", items_key)


class JsonFindingWriter(_JsonStream):
    def __init__(self, stream: TextIO):
        super().__init__(stream, "findings")
        self.files: Spool[FileTally] = Spool()

    def add(self, finding: Finding) -> None:
        self.document.value(finding.as_dict())

    def add_file(self, tally: FileTally) -> None:
        self.files.append(tally)

    def finish(self, summary: ScanSummary) -> None:
        document = self.document
        document.end("]")
        document.begin("{", "summary")
        document.value(summary.files_done, "files")
        document.value(summary.conversation_count, "conversations")
        document.value(summary.bytes_read, "bytes")
        document.value(round(summary.seconds, 3), "seconds")
        document.value(summary.finding_count, "findings")
        document.value(dict(sorted(summary.by_entity.items())), "by_entity")
        document.value(summary.suppressed_by_baseline, "suppressed_by_baseline")
        document.begin("[", "per_file")
        for tally in self.files:
            document.value(file_as_dict(tally))
        document.end("]")
        document.value(errors_as_list(summary.errors), "errors")
        document.end("}")
        document.end("}")


class JsonRuleWriter(_JsonStream):
    def __init__(self, stream: TextIO):
        super().__init__(stream, "results")
        self.calls: Spool[CallScore] = Spool()

    def add_call(self, call: CallScore, results: list[RuleResult]) -> None:
        self.calls.append(call)
        for result in results:
            self.document.value(result.as_dict())

    def finish(self, summary: CheckSummary) -> None:
        document = self.document
        document.end("]")
        document.begin("[", "calls")
        for call in self.calls:
            document.value(call_as_dict(call))
        document.end("]")
        document.value(errors_as_list(summary.errors), "errors")
        document.end("}")
