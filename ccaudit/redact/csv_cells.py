"""CSV cells with their place in the text, numbered as the CSV reader numbers rows.

Python's csv module gives values, not where they were, so cells are found here with the
default dialect's rules (quotes doubled inside quoted cells). The redactor checks each value
against the reader's before trusting a cell, so a file this does not parse the same way fails
rather than being redacted in the wrong place.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Cell:
    start: int
    end: int
    value: str
    quoted: bool


def data_rows(text: str, delimiter: str) -> tuple[list[str], dict[int, list[Cell]]]:
    """The header's names and data rows by row number (1 = the first row with any text)."""
    header, rows = cell_rows(text, delimiter)
    return [c.value for c in header], rows


def cell_rows(text: str, delimiter: str) -> tuple[list[Cell], dict[int, list[Cell]]]:
    """The header's cells and data rows by row number (1 = the first row with any text)."""
    cell = re.compile(
        rf'"(?P<quoted>(?:[^"]|"")*)"(?P<tail>[^{re.escape(delimiter)}\r\n]*)'
        rf"|(?P<plain>[^{re.escape(delimiter)}\r\n]*)"
    )
    header: list[Cell] | None = None
    rows: dict[int, list[Cell]] = {}
    position = 0
    while position < len(text):
        cells, position = _row(text, position, cell, delimiter)
        if not cells or (header is not None and not any(c.value.strip() for c in cells)):
            continue
        if header is None:
            header = cells
        else:
            rows[len(rows) + 1] = cells
    return header or [], rows


def _row(text: str, position: int, cell: re.Pattern[str], delimiter: str) -> tuple[list, int]:
    if text.startswith(("\r\n", "\n", "\r"), position):
        return [], position + (2 if text.startswith("\r\n", position) else 1)
    cells = []
    while True:
        match = cell.match(text, position)
        if match["quoted"] is not None:
            value, quoted = match["quoted"].replace('""', '"') + match["tail"], True
        else:
            value, quoted = match["plain"], False
        cells.append(Cell(match.start(), match.end(), value, quoted))
        position = match.end()
        if text.startswith(delimiter, position):
            position += len(delimiter)
            continue
        if text.startswith("\r\n", position):
            return cells, position + 2
        return cells, position + 1 if position < len(text) else position


def cell_text(value: str, delimiter: str, quoted: bool) -> str:
    """A cell as CSV: quoted when it was, or when it must be."""
    if quoted or any(c in value for c in (delimiter, '"', "\n", "\r")):
        return '"' + value.replace('"', '""') + '"'
    return value
