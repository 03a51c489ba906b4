"""Where a finding in a JSON or CSV document sits in the file, for scoring against labels.

ccaudit reports offsets in a JSON document counted from the start of the string field its
locator points to, and in a CSV file from the start of the cell (the JSONL contract); the
labels count from the start of the file.
"""

from __future__ import annotations

import csv
import io
import json
import re


def file_span(text: str, finding: dict) -> tuple[int, int] | None:
    """The finding's (start, end) in the file, or None when its field cannot be placed."""
    locator = finding.get("locator") or {}
    pointer = locator.get("pointer")
    if locator.get("column") and locator.get("line"):
        at = _cell_start(text, locator["line"], locator["column"])
        return None if at is None else (at + finding["start"], at + finding["end"])
    if not pointer:
        return finding["start"], finding["end"]
    base = 0
    if locator.get("line"):
        lines = text.split("\n")
        number = locator["line"]
        base = sum(len(line) + 1 for line in lines[: number - 1])
        text = lines[number - 1]
    try:
        document = json.loads(text)
        value = _at_pointer(document, pointer)
    except (ValueError, KeyError, IndexError, TypeError):
        return None
    written = json.dumps(value, ensure_ascii=False)[1:-1]
    if written != value:  # escapes in the field: its offsets are not the file's
        return None
    # The same value may fill several fields (a record's owner): the field's own occurrence
    # is the one with as many equal values before it in document order.
    earlier = [p for p, v in _string_values(document, "") if v == value].index(pointer)
    places = [m.start() + 1 for m in re.finditer(re.escape(f'"{written}"'), text)]
    places = [at for at in places if not _KEY_AFTER.match(text, at + len(written) + 1)]
    if earlier >= len(places):
        return None
    at = places[earlier]
    return base + at + finding["start"], base + at + finding["end"]


_KEY_AFTER = re.compile(r"\s*:")


def _string_values(document, pointer: str):
    """(pointer, value) of every string in the document, in the order it is written."""
    if isinstance(document, str):
        yield pointer, document
    elif isinstance(document, list):
        for index, item in enumerate(document):
            yield from _string_values(item, f"{pointer}/{index}")
    elif isinstance(document, dict):
        for key, item in document.items():
            step = str(key).replace("~", "~0").replace("/", "~1")
            yield from _string_values(item, f"{pointer}/{step}")


def _at_pointer(document, pointer: str):
    for step in pointer.split("/")[1:]:
        step = step.replace("~1", "/").replace("~0", "~")
        document = document[int(step)] if isinstance(document, list) else document[step]
    if not isinstance(document, str):
        raise TypeError(pointer)
    return document


def _cell_start(text: str, line: int, column: str) -> int | None:
    """Where the cell of `column` in the record that starts on `line` starts in the file;
    None for a cell whose quotes are doubled inside (its offsets are not the file's)."""
    first = text.split("\n", 1)[0]
    delimiter = max(",;\t|", key=first.count)  # as ccaudit's reader sniffs it
    header = next(csv.reader(io.StringIO(text), delimiter=delimiter))
    if column in header:
        wanted = header.index(column)
    elif column.startswith("column ") and column[7:].isdigit():  # a cell past the header's
        wanted = int(column[7:]) - 1
    else:
        return None
    at = sum(len(row) + 1 for row in text.split("\n")[: line - 1])
    for index in range(wanted + 1):
        quoted = text.startswith('"', at)
        if quoted:
            end = at + 1
            while True:
                end = text.index('"', end)
                if not text.startswith('""', end):
                    break
                end += 2
            start, after = at + 1, end + 1
        else:
            ends = [i for i in (text.find(delimiter, at), text.find("\n", at)) if i != -1]
            start, end = at, min(ends, default=len(text))
            after = end
        if index == wanted:
            return None if quoted and '""' in text[start:end] else start
        at = after + 1
    return None
