"""Edits: a span of one string in a file (a slot) and what it becomes.

A slot is named by a Locator without offset: the whole decoded file for text and captions,
a JSON string by its pointer (and NDJSON line), a CSV cell by row and column. Offsets count
code points inside the slot, as findings' offsets do.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
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
    # Listed in the manifest; an edit that only carries a listed one into another copy of
    # the same words (a word item) is not.
    listed: bool = True


def overlaps(edit: Edit, others: Iterable[Edit]) -> bool:
    return any(o.start < edit.end and edit.start < o.end for o in others)


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
