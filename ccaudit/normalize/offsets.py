"""Normalised text with an exact map back to the source text.

Normalisation replaces some regions (spoken digits become digits, a space goes between
Thai letters and digits). Each replaced region is an Edit; text outside edits is identical
in both strings, so positions there shift by the net length change of the edits before them.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass


@dataclass(frozen=True)
class Edit:
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
        """Map a [start, end) span of `text` to the [start, end) span of `source` it came from."""
        if not self.edits:
            return start, end
        return self._map(start, is_end=False), self._map(end, is_end=True)

    def _map(self, position: int, is_end: bool) -> int:
        starts = [e.norm_start for e in self.edits]
        i = bisect_right(starts, position) - 1
        while i >= 0:
            edit = self.edits[i]
            if is_end and edit.norm_start < position <= edit.norm_end:
                return edit.src_end
            if not is_end and edit.norm_start <= position < edit.norm_end:
                return edit.src_start
            if position >= edit.norm_end:
                return position + (edit.src_end - edit.norm_end)
            i -= 1
        return position


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
