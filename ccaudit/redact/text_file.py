"""Plain text and captions: one slot, the decoded file; findings' offsets are file offsets."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator

from ccaudit.model import Locator
from ccaudit.redact.edits import apply_edits
from ccaudit.redact.slots import WHOLE_FILE, EditsBySlot, SweepRegion

_LINE_END = re.compile(r"\r\n|\r|\n")


class TextFile:
    def __init__(self, text: str, captions: bool = False):
        self.text = text
        self.captions = captions
        self._line_starts: list[int] | None = None

    def slot_for(self, locator: Locator) -> Locator:
        return WHOLE_FILE

    def slot_text(self, slot: Locator) -> str | None:
        return self.text if slot == WHOLE_FILE else None

    def line_of(self, offset: int) -> int:
        if self._line_starts is None:
            self._line_starts = [m.end() for m in _LINE_END.finditer(self.text)]
        return bisect_right(self._line_starts, offset) + 1

    def sweep_regions(self) -> Iterator[SweepRegion]:
        yield WHOLE_FILE, self.text, _caption_text_lines(self.text) if self.captions else None

    def render(self, edits: EditsBySlot) -> str:
        return apply_edits(self.text, edits.get(WHOLE_FILE, ()))


def _caption_text_lines(text: str) -> list[tuple[int, int]]:
    ranges, offset = [], 0
    for number, line in enumerate(text.splitlines(keepends=True)):
        content = line.rstrip("\r\n")
        if number and "-->" not in content and not content.strip().isdigit():
            ranges.append((offset, offset + len(content)))
        offset += len(line)
    return ranges
