"""Human-readable scan report: per file, per entity type, then the first findings in detail.

A table is for reading, so it stays short however large the batch: the worst FILE_ROWS
files and the first DETAIL_ROWS findings, with a count of the rest.
"""

from __future__ import annotations

import re
from collections import Counter
from itertools import groupby
from typing import TextIO

from rich import box
from rich.console import Console, Group, RenderableType
from rich.padding import Padding
from rich.table import Table
from rich.text import Text

from ccaudit.model import Finding
from ccaudit.moments import clock, turn_number
from ccaudit.output.counts import counted
from ccaudit.output.streamed import WorstKept
from ccaudit.pipeline.summary import FileTally, ScanSummary

DETAIL_ROWS = 50
FILE_ROWS = 100


def make_console(stream: TextIO) -> Console:
    """Names and ids in cells are printed as they are: `[red]` or `:x:` in a file name is not
    markup or an emoji code to rich. Into a file or a pipe, lines are 140 wide at most and
    carry no trailing blanks (rich pads cells and titles to the width)."""
    is_terminal = hasattr(stream, "isatty") and stream.isatty()
    return Console(
        file=stream if is_terminal else _TrailingBlanksTrimmed(stream),
        width=None if is_terminal else 140,
        no_color=not is_terminal,
        markup=False,
        emoji=False,
        highlight=False,
    )


class _TrailingBlanksTrimmed:
    """rich writes what one print renders in one call, so each line's end is in it."""

    _BLANKS_AT_LINE_END = re.compile(r" +$", re.MULTILINE)

    def __init__(self, stream: TextIO):
        self.stream = stream

    def write(self, text: str) -> int:
        return self.stream.write(self._BLANKS_AT_LINE_END.sub("", text))

    def flush(self) -> None:
        self.stream.flush()


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
            for part in self._detail_tables(max(summary.finding_count, len(self.details))):
                console.print(part)
        for error in summary.errors:
            console.print(f"unreadable: {error}", markup=False, highlight=False)

    def _files_table(self) -> Group:
        """One file a line with its figures indented below, so a path reads whole in an
        80-column terminal."""
        kept, seen = self.flagged_files.kept(), self.flagged_files.seen
        title = "Findings by file"
        if len(kept) < seen:
            title += (
                f": the {len(kept)} worst of {seen} files with findings (--format json lists all)"
            )
        lines: list[RenderableType] = [Text(title, style="italic")]
        for tally in kept:
            entities = ", ".join(f"{name} {count}" for name, count in tally.findings.most_common())
            figures = [
                tally.source_format,
                counted(tally.conversations, "conversation"),
                counted(tally.finding_count, "finding"),
                f"worst {tally.worst.name}" if tally.worst is not None else "",
                entities,
            ]
            if tally.vendor_redacted or tally.vendor_markers:
                figures.append(
                    f"vendor redaction: {tally.vendor_markers} markers, "
                    f"{tally.missed_by_vendor} missed"
                )
            lines.append(Text(tally.path, style="bold", overflow="fold"))
            lines.append(
                Padding(Text(" · ".join(f for f in figures if f)), (0, 0, 0, 4), expand=False)
            )
        return Group(*lines)

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

    def _detail_tables(self, total: int) -> list[RenderableType]:
        """The findings grouped by file: each file's path on a line of its own, so it reads
        whole in an 80-column terminal, then its findings in columns of fixed width."""
        shown = len(self.details)
        title = "Findings" if shown == total else f"First {shown} of {total} findings"
        parts: list[RenderableType] = [
            Text(title + ("" if shown == total else " (--format jsonl lists all)"), style="italic")
        ]
        for number, (path, findings) in enumerate(groupby(self.details, key=lambda f: f.path)):
            table = Table(box=box.SIMPLE_HEAD, show_header=number == 0, show_edge=False, padding=0)
            for column, width in DETAIL_COLUMNS:
                table.add_column(column, width=width, overflow="fold")
            for f in findings:
                flags = (" (group)" if f.group else "") + (
                    " missed by vendor" if f.missed_by_vendor else ""
                )
                table.add_row(
                    _where_in_file(f),
                    "" if f.turn is None else str(turn_number(f.turn)),
                    f.speaker,
                    clock(f.start_ms),
                    f.entity_type + flags,
                    " ".join(f.masked.split()),
                    f"{f.score:.2f}",
                )
            parts += [Text(path, style="bold", overflow="fold"), table]
        return parts


# Widths that fit an 80-column terminal, one space between columns.
DETAIL_COLUMNS = (
    ("Where", 16), ("Turn", 4), ("Speaker", 8), ("Time", 7), ("Entity", 13),
    ("Masked value", 19), ("Score", 5),
)  # fmt: skip


def _where_in_file(finding: Finding) -> str:
    if finding.locator.pointer:
        return _folded_at_slashes(finding.locator.pointer, DETAIL_COLUMNS[0][1])
    if finding.locator.row is not None:
        return f"row {finding.locator.row} {finding.locator.column or ''}".rstrip()
    return f"line {finding.locator.line}" if finding.locator.line else "-"


def _folded_at_slashes(pointer: str, width: int) -> str:
    """A JSON pointer on lines of at most `width`, broken before a `/` rather than inside a
    key (`/Transcript/1` over `/Content`, not `/Transcript/1/Co` over `ntent`)."""
    lines = [""]
    for step in re.findall(r"/[^/]*", pointer) or [pointer]:
        if lines[-1] and len(lines[-1]) + len(step) > width:
            lines.append("")
        lines[-1] += step
    return "\n".join(lines)


def _file_badness(tally: FileTally) -> tuple[int, int]:
    return (-1 if tally.worst is None else int(tally.worst), tally.finding_count)
