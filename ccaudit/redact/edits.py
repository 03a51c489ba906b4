"""Edits: a span of one string in a file (a slot) and what it becomes.

A slot is named by a Locator without offset: the whole decoded file for text and captions,
a JSON string by its pointer (and NDJSON line), a CSV cell by row and column. Offsets count
code points inside the slot, as findings' offsets do.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from ccaudit.model import Locator

_LINE_BREAK = re.compile(r"\r\n|\r|\n")

REASON_DETECTED = "detected"
# The same value found again elsewhere in the file (a repeated caption line, a vendor's
# second copy of the transcript), redacted as its finding is.
REASON_SAME_VALUE = "same value"


@dataclass(frozen=True)
class Redaction:
    """Why a span is redacted; what the manifest records (never the value itself)."""

    entity_type: str
    operator: str
    reason: str = REASON_DETECTED
    fingerprint: str | None = None
    score: float | None = None
    recognizer: str = ""
    group: str | None = None


@dataclass(frozen=True)
class Edit:
    slot: Locator
    start: int
    end: int
    replacement: str
    redaction: Redaction


class SlotEdits:
    """One slot's edits, kept in order and never overlapping; adding checks the neighbours
    only, so a long file with thousands of findings is not compared pair by pair."""

    def __init__(self, edits: Iterable[Edit] = ()):
        self._starts: list[int] = []
        self._edits: list[Edit] = []
        for edit in edits:
            self.add(edit)

    def add(self, edit: Edit) -> bool:
        """Add `edit` unless it overlaps one already here."""
        i = bisect_left(self._starts, edit.start)
        if i > 0 and self._edits[i - 1].end > edit.start:
            return False
        if i < len(self._edits) and self._edits[i].start < edit.end:
            return False
        self._starts.insert(i, edit.start)
        self._edits.insert(i, edit)
        return True

    def __iter__(self) -> Iterator[Edit]:
        return iter(self._edits)

    def __len__(self) -> int:
        return len(self._edits)


def apply_edits(text: str, edits: Iterable[Edit]) -> str:
    """`text` with each edit's span replaced; edits never overlap (callers see to that).

    Line breaks inside a span (a card read out over two lines) follow its replacement, so
    the lines after it keep their numbers.
    """
    pieces, position = [], 0
    for edit in sorted(edits, key=lambda e: e.start):
        pieces.append(text[position : edit.start])
        pieces.append(edit.replacement)
        pieces.extend(_LINE_BREAK.findall(text, edit.start, edit.end))
        position = edit.end
    pieces.append(text[position:])
    return "".join(pieces)
