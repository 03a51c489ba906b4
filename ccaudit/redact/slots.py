"""Slots: the strings of a file a redaction can change, and what every file shape offers.

A slot is named by a Locator without offset: the whole decoded file for text and captions,
a JSON string by its pointer (and NDJSON line), a CSV cell by row and column.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Protocol

from ccaudit.model import Locator
from ccaudit.redact.edits import SlotEdits

WHOLE_FILE = Locator()
# Where a repeated value may be redacted too: all of a text file, a caption file's text
# lines (not its timings, cue numbers or header), every JSON string value, every CSV cell.
SweepRegion = tuple[Locator, str, list[tuple[int, int]] | None]
EditsBySlot = dict[Locator, SlotEdits]


class RedactableFile(Protocol):
    def slot_for(self, locator: Locator) -> Locator:
        """The slot holding a turn's text, from the turn's (or a finding's) locator."""

    def slot_text(self, slot: Locator) -> str | None:
        """The string in a slot; None when the slot is not a string of this file."""

    def sweep_regions(self) -> Iterator[SweepRegion]: ...

    def render(self, edits: EditsBySlot) -> str:
        """The whole file as text again, edits applied; the rest exactly as read."""
