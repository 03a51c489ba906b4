"""Normalised text with an exact map back to the source text.

Normalisation replaces some regions (spoken digits become digits, a space goes between
Thai letters and digits). Each replaced region is an Edit; text outside edits is identical
in both strings, so positions there shift by the net length change of the edits before them.
Edits may be empty on either side: an inserted space has an empty source range, a removed
separator an empty normalised range.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from operator import attrgetter
from typing import NamedTuple


class Replacement(NamedTuple):
    """A proposed change to a text: `text[start:end]` becomes `new`."""

    start: int
    end: int
    new: str


class Edit(NamedTuple):
    norm_start: int
    norm_end: int
    src_start: int
    src_end: int


@dataclass(frozen=True)
class NormalizedText:
    source: str
    text: str
    edits: tuple[Edit, ...] = ()

    @classmethod
    def identity(cls, text: str) -> NormalizedText:
        return cls(text, text, ())

    def to_source(self, start: int, end: int) -> tuple[int, int]:
        """Map a [start, end) span of `text` to the [start, end) span of `source` it came from.

        A span boundary inside an edit widens to the whole edit, so the source span always
        covers the complete written or spoken form of every normalised character in the span.
        """
        if not self.edits:
            return start, end
        src_start = self._map_start(start)
        if end <= start:
            return src_start, src_start
        return src_start, self._map_end(end)

    def _map_start(self, position: int) -> int:
        # The last edit starting at or before the character at `position`.
        i = bisect_right(self.edits, position, key=_NORM_START) - 1
        if i < 0:
            return position
        edit = self.edits[i]
        if position < edit.norm_end:
            return edit.src_start
        return position + edit.src_end - edit.norm_end

    def _map_end(self, position: int) -> int:
        # The last edit starting before the character at `position - 1` ends; an empty edit
        # exactly at `position` lies after the span and must not pull its end forward.
        i = bisect_left(self.edits, position, key=_NORM_START) - 1
        if i < 0:
            return position
        edit = self.edits[i]
        if position <= edit.norm_end:
            return edit.src_end
        return position + edit.src_end - edit.norm_end


_NORM_START = attrgetter("norm_start")


class EditBuilder:
    """Builds a NormalizedText from left-to-right, non-overlapping replacements of the source."""

    def __init__(self, source: str):
        self.source = source
        self._parts: list[str] = []
        self._edits: list[Edit] = []
        self._src_pos = 0
        self._norm_pos = 0

    def replace(self, src_start: int, src_end: int, replacement: str) -> None:
        if src_start < self._src_pos:
            raise ValueError("replacements must be left to right and must not overlap")
        kept = self.source[self._src_pos : src_start]
        self._parts.append(kept)
        self._norm_pos += len(kept)
        self._parts.append(replacement)
        self._edits.append(
            Edit(self._norm_pos, self._norm_pos + len(replacement), src_start, src_end)
        )
        self._norm_pos += len(replacement)
        self._src_pos = src_end

    def build(self) -> NormalizedText:
        if not self._edits:
            return NormalizedText.identity(self.source)
        self._parts.append(self.source[self._src_pos :])
        return NormalizedText(self.source, "".join(self._parts), tuple(self._edits))


def apply_replacements(source: str, replacements: list[Replacement]) -> NormalizedText:
    """Apply sorted replacements; one that overlaps an earlier one is skipped."""
    builder = EditBuilder(source)
    position = 0
    for start, end, new in replacements:
        if start < position:
            continue
        builder.replace(start, end, new)
        position = end
    return builder.build()
