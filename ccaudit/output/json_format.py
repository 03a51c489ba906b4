"""One JSON document: the findings plus the batch summary."""

from __future__ import annotations

import json
from typing import TextIO

from ccaudit import __version__
from ccaudit.model import Finding
from ccaudit.output.summary import ScanSummary


def summary_as_dict(summary: ScanSummary) -> dict:
    return {
        "files": summary.files_done,
        "conversations": summary.conversation_count,
        "bytes": summary.bytes_read,
        "seconds": round(summary.seconds, 3),
        "findings": summary.finding_count,
        "by_entity": dict(sorted(summary.by_entity.items())),
        "suppressed_by_baseline": summary.suppressed_by_baseline,
        "per_file": [
            {
                "path": tally.path,
                "format": tally.source_format,
                "conversations": tally.conversations,
                "findings": dict(sorted(tally.findings.items())),
                "vendor_redacted": tally.vendor_redacted,
                "vendor_markers": tally.vendor_markers,
                "missed_by_vendor": tally.missed_by_vendor,
            }
            for tally in summary.files.values()
        ],
        "errors": [{"path": e.path, "reason": e.reason} for e in summary.errors],
    }


class JsonFindingWriter:
    def __init__(self, stream: TextIO):
        self.stream = stream
        self.findings: list[dict] = []

    def add(self, finding: Finding) -> None:
        self.findings.append(finding.as_dict())

    def finish(self, summary: ScanSummary) -> None:
        document = {
            "tool": "ccaudit",
            "version": __version__,
            "summary": summary_as_dict(summary),
            "findings": self.findings,
        }
        json.dump(document, self.stream, ensure_ascii=False, indent=2)
        self.stream.write("\n")
