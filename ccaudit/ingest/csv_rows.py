"""CSV rows read strictly, each with the file line it starts on, and errors that say where.

A quote that is never closed would swallow the rest of the file into one cell; read
strictly it is an error naming the line where that quoted field started.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Iterator

from ccaudit.errors import InputFileError


def csv_rows(lines: Iterable[str], delimiter: str) -> Iterator[tuple[int, list[str]]]:
    """(line where the row starts, its cells) for every row, the header included."""
    taken: list[str] = []  # the lines of the row being read

    def remembered() -> Iterator[str]:
        for line in lines:
            taken.append(line)
            yield line

    reader = csv.reader(remembered(), delimiter=delimiter, strict=True)
    start = 1
    try:
        for cells in reader:
            yield start, cells
            start = reader.line_num + 1
            taken.clear()
    except csv.Error as exc:
        opened = _unclosed_quote(taken, delimiter)
        if opened is not None:
            reason = f"unterminated quoted field starting at line {start + opened}"
            raise InputFileError(reason) from None
        raise InputFileError(f"malformed CSV at line {reader.line_num}: {exc}") from None


def _unclosed_quote(lines: list[str], delimiter: str) -> int | None:
    """Which of a row's lines (0 = its first) opens a quoted field that never closes."""
    quoted, field_start, opened = False, True, None
    for number, line in enumerate(lines):
        position = 0
        while position < len(line):
            char = line[position]
            if quoted:
                if char == '"' and line[position + 1 : position + 2] == '"':
                    position += 1  # an escaped quote
                elif char == '"':
                    quoted = False
            elif char == '"' and field_start:
                quoted, opened = True, number
            field_start = not quoted and char == delimiter
            position += 1
    return opened if quoted else None
