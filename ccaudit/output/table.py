"""Human-readable scan report: per file, per entity type, then the first findings in detail.

A table is for reading, so it stays short however large the batch: the worst FILE_ROWS
files and the first DETAIL_ROWS findings, with a count of the rest.
"""

from __future__ import annotations

from collections import Counter
from typing import TextIO

from rich.console import Console
from rich.table import Table

from ccaudit.model import Finding
from ccaudit.output.counts import counted
from ccaudit.output.streamed import WorstKept
from ccaudit.pipeline.summary import FileTally, ScanSummary

DETAIL_ROWS = 50
FILE_ROWS = 100


def make_console(stream: TextIO) -> Console:
    """Names and ids in cells are printed as they are: `[red]` or `:x:` in a file name is not
    markup or an emoji code to rich."""
    is_terminal = hasattr(stream, "isatty") and stream.isatty()
    return Console(
        file=stream,
        width=None if is_terminal else 140,
        no_color=not is_terminal,
        markup=False,
        emoji=False,
        highlight=False,
    )


class TableFindingWriter:
    def __init__(self, stream: TextIO):
        self.console = make_console(stream)
        self.details: list[Finding] = []
        self.validated: Counter = Counter()
        self.severity: dict[str, str] = {}
        self.flagged_files = WorstKept(FILE_ROWS, _file_badness)
        self.clean_files = 0

    def add(self, finding: Finding) -> None:
        if len(self.details) < DETAIL_ROWS:
            self.details.append(finding)
        self.validated[finding.entity_type] += finding.validated
        self.severity[finding.entity_type] = finding.severity.name

    def add_file(self, tally: FileTally) -> None:
        if tally.finding_count or tally.vendor_markers:
            self.flagged_files.add(tally)
        else:
            self.clean_files += 1

    def finish(self, summary: ScanSummary) -> None:
        console = self.console
        console.print(
            f"Scanned {counted(summary.files_done, 'file')}, "
            f"{counted(summary.conversation_count, 'conversation')} "
            f"({summary.bytes_read / 1e6:.2f} MB) in {summary.seconds:.1f} s: "
            f"{counted(summary.finding_count, 'finding')}"
            + (f", {counted(len(summary.errors), 'input error')}" if summary.errors else "")
            + (
                f", {summary.suppressed_by_baseline} suppressed by baseline"
                if summary.suppressed_by_baseline
                else ""
            )
        )
        if self.flagged_files.seen:
            console.print(self._files_table())
        if self.clean_files:
            console.print(f"{self.clean_files} conversation files with no findings.")
        if self.details:
            console.print(self._entity_table(summary))
            console.print(self._detail_table(max(summary.finding_count, len(self.details))))
        for error in summary.errors:
            console.print(f"unreadable: {error}", markup=False, highlight=False)

    def _files_table(self) -> Table:
        kept, seen = self.flagged_files.kept(), self.flagged_files.seen
        title = "Findings by file"
        if len(kept) < seen:
            title += (
                f": the {len(kept)} worst of {seen} files with findings (--format json lists all)"
            )
        table = Table(title=title, title_justify="left")
        for column in ("File", "Format", "Conversations", "Findings", "Worst", "Entities"):
            table.add_column(
                column, justify="right" if column in ("Conversations", "Findings") else "left"
            )
        table.add_column("Vendor redaction")
        for tally in kept:
            entities = ", ".join(f"{name} {count}" for name, count in tally.findings.most_common())
            vendor = "-"
            if tally.vendor_redacted or tally.vendor_markers:
                vendor = f"{tally.vendor_markers} markers, {tally.missed_by_vendor} missed"
            table.add_row(
                tally.path,
                tally.source_format,
                str(tally.conversations),
                str(tally.finding_count),
                tally.worst.name if tally.worst is not None else "-",
                entities or "-",
                vendor,
            )
        return table

    def _entity_table(self, summary: ScanSummary) -> Table:
        table = Table(title="Findings by entity type", title_justify="left")
        table.add_column("Entity")
        table.add_column("Severity")
        table.add_column("Count", justify="right")
        table.add_column("Checksum valid", justify="right")
        for entity, count in summary.by_entity.most_common():
            table.add_row(
                entity, self.severity.get(entity, ""), str(count), str(self.validated[entity])
            )
        return table

    def _detail_table(self, total: int) -> Table:
        shown = len(self.details)
        title = (
            "Findings"
            if shown == total
            else f"First {shown} of {total} findings (--format jsonl lists all)"
        )
        table = Table(title=title, title_justify="left")
        table.add_column("Where", overflow="fold")
        for column in ("Turn", "Speaker", "Time", "Entity", "Masked value", "Score"):
            table.add_column(column)
        for f in self.details:
            where = f"{f.path}:{f.locator.line}" if f.locator.line else f.path
            if f.locator.pointer:
                where += f" {f.locator.pointer}"
            elif f.locator.row is not None:
                where += f" row {f.locator.row} {f.locator.column or ''}".rstrip()
            time = f"{f.start_ms / 1000:.1f}s" if f.start_ms is not None else ""
            flags = (" (group)" if f.group else "") + (
                " missed by vendor" if f.missed_by_vendor else ""
            )
            table.add_row(
                where,
                "" if f.turn is None else str(f.turn),
                f.speaker,
                time,
                f.entity_type + flags,
                " ".join(f.masked.split()),
                f"{f.score:.2f}",
            )
        return table


def _file_badness(tally: FileTally) -> tuple[int, int]:
    return (-1 if tally.worst is None else int(tally.worst), tally.finding_count)
