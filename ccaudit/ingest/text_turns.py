"""The turns of a plain-text document as they are built: the open turn, its text carried from
block to block, and closed turns that are exact slices of the decoded file.

A block is read with a newline put before it (`FIRST` is where its own text starts), so
positions here are in that text and `base + position` is the offset in the file. A turn that
grows past `max_turn_chars`, or a line cut in pieces (text_blocks), is cut at the end of its
block and goes on in a new turn that starts up to OVERLAP_CHARS earlier, so that a value at
the cut is whole in one of them; `cuts` tells the parts (text_parts) where.
"""

from __future__ import annotations

import re

from ccaudit.ingest.speaker_labels import role_of_kind
from ccaudit.ingest.text_patterns import LABEL_HOLDS_NAME, count_breaks, overlap_start
from ccaudit.model import Locator, Role, Turn

OVERLAP_CHARS = 512
FIRST = 1
# What ends a speaker label that a turn's text keeps (text_parser keeps those holding a name).
# A time, perhaps with its date, may come between a display name and its separator
# (`Ploy 10:32 : hi`, `ploy.k (2026-11-03 14:20): hi`).
_LABEL_SEPARATOR = re.compile(
    r"(?P<stamp>(?:[ \t]+[·•|])?[ \t]+[\[(]?"
    r"(?P<date>\d{1,4}[-/.]\d{1,2}(?:[-/.]\d{1,4})?,?[ \tT]+)?"
    r"\d{1,2}:\d{2}(?::\d{2})?(?: ?[AaPp]\.?[Mm]\.?)?[\])]?)?"
    r"[\]>]?[ \t]*(?:\*\*)?[ \t]*(?:[:：]|[-–—|›»➜→](?=[ \t])|\t)?(?:\*\*)?[ \t]*(?:\r?\n)?"
)

# A turn still being read: (kind, role, speaker, start_ms, start, offset, line). Its text runs
# from `start` in the block to the next turn; `offset` is where it starts in the file (in an
# earlier block when its text there is carried). A plain tuple: one is made per turn.
OpenTurn = tuple[str, Role, str | None, int | None, int, int, int]


def open_turn(
    kind: str, speaker: str | None, start_ms: int | None, start: int, offset: int, line: int
) -> OpenTurn:
    return (kind, role_of_kind(kind, speaker), speaker, start_ms, start, offset, line)


def labelled_turn(
    kind: str, role: Role, text: str, speaker: str | None, start_ms: int | None, locator: Locator
) -> Turn:
    turn = Turn(0, role, text, speaker, start_ms, None, kind == "note", (), locator)
    holds_name = kind == "name" or (speaker and LABEL_HOLDS_NAME.search(speaker))
    if speaker and holds_name and text.startswith(speaker):
        separator = _LABEL_SEPARATOR.match(text, len(speaker))
        turn.said_from = separator.end()
        if separator["date"]:
            _without_stamp(turn, separator.start("stamp"), separator.end("stamp"))
    return turn


def _without_stamp(turn: Turn, start: int, end: int) -> None:
    """Take a date and time out of the display name's label that the text keeps: its digits
    are nobody's account number. The text is then no longer a slice of the file, so
    source_index maps it back."""
    text = turn.text
    turn.text = text[:start] + text[end:]
    turn.source_index = (*range(start), *range(end, len(text)))
    turn.said_from -= end - start


class TurnBuilder:
    """Collects `turns`, how each was labelled (`kinds`) and the file offset where a turn was
    cut (`cuts`, by position in `turns`), for the caller to take after each block."""

    def __init__(self, max_turn_chars: int):
        self.max_turn_chars = max_turn_chars
        self.turns: list[Turn] = []
        self.kinds: list[str] = []
        self.cuts: dict[int, int] = {}
        self.long_line: int | None = None  # the first line that had to be cut
        self._open: OpenTurn | None = None
        self._carried: list[str] = []  # the open turn's text in earlier blocks
        self._text, self._base, self._has_cr = "", 0, False
        self._line, self._counted = 1, 0  # the line number at `_counted` in the block

    def _line_at(self, pos: int) -> int:
        counted = self._counted
        if pos > counted:
            text = self._text
            self._line += text.count("\n", counted, pos)
            if self._has_cr:
                self._line += text.count("\r", counted, pos) - text.count("\r\n", counted, pos)
            self._counted = pos
        return self._line

    def _close(self, end: int, cut_at: int | None = None) -> str:
        """Close the open turn at `end` in the block; returns its whole raw text."""
        current, self._open = self._open, None
        if current is None:
            return ""
        raw = self._text[current[4] : end]
        if self._carried:
            raw = "".join(self._carried) + raw
            self._carried = []
        text = raw.strip()
        if text:
            if cut_at is not None:
                self.cuts[len(self.turns)] = cut_at
            self._emit(current, raw, text)
        return raw

    def _emit(self, current: OpenTurn, raw: str, text: str) -> None:
        """Add the turn: `text` is `raw` stripped."""
        kind, role, speaker, start_ms, _, offset, line = current
        lead = len(raw) - len(raw.lstrip())
        if lead:
            line += count_breaks(raw, 0, lead)
        locator = Locator(offset + lead, None, None, None, line)
        self.turns.append(labelled_turn(kind, role, text, speaker, start_ms, locator))
        self.kinds.append(kind)

    def _carry_or_cut(self, ends_mid_line: bool) -> None:
        """At the end of a block: the open turn's text so far waits for the next block, or
        the turn is cut here when its line is cut or it has grown too long."""
        text = self._text
        self._line_at(len(text))
        current = self._open
        if current is None:
            return
        if ends_mid_line and self.long_line is None:
            self.long_line = self._line
        start = current[4]
        if ends_mid_line or sum(map(len, self._carried)) + len(text) - start > self.max_turn_chars:
            self._cut(current)
        else:
            self._carried.append(text[start:])
            self._open = (*current[:4], FIRST, *current[5:])

    def _cut(self, current: OpenTurn) -> None:
        """End the open turn here and go on in a new one that repeats its last words."""
        raw = self._close(len(self._text), cut_at=self._base + len(self._text))
        overlap = overlap_start(raw, OVERLAP_CHARS)
        kind, role, speaker, start_ms, _, offset, line = current
        line += count_breaks(raw, 0, overlap)
        self._open = (kind, role, speaker, start_ms, FIRST, offset + overlap, line)
        self._carried = [raw[overlap:]]
