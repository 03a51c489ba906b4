"""Where a finding in a JSON document sits in the file, for scoring against labels.

ccaudit reports offsets in a JSON document counted from the start of the string field its
locator points to (the JSONL contract); the labels count from the start of the file.
"""

from __future__ import annotations

import json


def file_span(text: str, finding: dict) -> tuple[int, int] | None:
    """The finding's (start, end) in the file, or None when its field cannot be placed."""
    locator = finding.get("locator") or {}
    pointer = locator.get("pointer")
    if not pointer:
        return finding["start"], finding["end"]
    base = 0
    if locator.get("line"):
        lines = text.split("\n")
        number = locator["line"]
        base = sum(len(line) + 1 for line in lines[: number - 1])
        text = lines[number - 1]
    try:
        value = _at_pointer(json.loads(text), pointer)
    except (ValueError, KeyError, IndexError, TypeError):
        return None
    written = json.dumps(value, ensure_ascii=False)[1:-1]
    if written != value:  # escapes in the field: its offsets are not the file's
        return None
    at = text.find(written)
    if at < 0:
        return None
    return base + at + finding["start"], base + at + finding["end"]


def _at_pointer(document, pointer: str):
    for step in pointer.split("/")[1:]:
        step = step.replace("~1", "/").replace("~0", "~")
        document = document[int(step)] if isinstance(document, list) else document[step]
    if not isinstance(document, str):
        raise TypeError(pointer)
    return document
