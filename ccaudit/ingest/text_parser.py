"""Turns from the blocks of a plain-text document, found with one pattern pass per block.

Until the first label the document is read line by line: header lines set metadata, and
unlabelled text becomes role-unknown turns, one per line in a transcript (a leading time also
starts a turn) or one per paragraph in a ticket or note. From the first label on, one
`finditer` over the block finds every labelled or timed line, and a turn runs from its label
to the next one; only after an unlabelled or subject turn are the lines between read one by
one again. Every turn's text is an exact slice of the decoded file at `locator.offset`,
starting on line `locator.line`.

A turn that grows past `max_turn_chars`, or a line cut in pieces (text_blocks), is cut at the
end of its block and goes on in a new turn that starts up to OVERLAP_CHARS earlier, so that a
value at the cut is whole in one of them; `cuts` tells the parts (text_parts) where.
"""

from __future__ import annotations

import gc
import re
from collections.abc import Iterator
from contextlib import contextmanager

from ccaudit.ingest.speaker_labels import KIND_ROLES, LETTER_ROLES, WORD_KIND, role_of_kind
from ccaudit.ingest.text_blocks import Block
from ccaudit.ingest.text_patterns import (
    AGENT_ID_LINE,
    HEADER_KEYS,
    LinePatterns,
    count_breaks,
    line_end,
    overlap_start,
    time_ms,
)
from ccaudit.model import Locator, Role, Turn

OVERLAP_CHARS = 512
_PLAIN_AFTER = ("unlabelled", "subject")  # turns after which each line is read on its own
_CHANGES_WHAT_FOLLOWS = frozenset({*_PLAIN_AFTER, "note"})
# A block is read with a newline put before it, so its own text starts at 1.
_FIRST = 1


# A turn still being read: (kind, role, speaker, start_ms, start, offset, line). Its text runs
# from `start` in the block to the next turn; `offset` is where it starts in the file (in an
# earlier block when its text there is carried). A plain tuple: one is made per turn.
_OpenTurn = tuple[str, Role, str | None, int | None, int, int, int]


def _open_turn(
    kind: str, speaker: str | None, start_ms: int | None, start: int, offset: int, line: int
) -> _OpenTurn:
    return (kind, role_of_kind(kind, speaker), speaker, start_ms, start, offset, line)


class TextParser:
    """Feed it blocks in order; it collects `turns`, how each was labelled (`kinds`) and the
    file offset where a turn was cut (`cuts`, by position in `turns`), for the caller to take."""

    def __init__(
        self,
        patterns: LinePatterns,
        names: frozenset[str],
        paragraph_mode: bool,
        max_turn_chars: int,
    ):
        self.patterns = patterns
        self.names = names  # the display names that are labels (text_patterns.display_names)
        self.paragraph_mode = paragraph_mode
        self.max_turn_chars = max_turn_chars
        self.headers: dict[str, str] = {}
        self.turns: list[Turn] = []
        self.kinds: list[str] = []
        self.cuts: dict[int, int] = {}
        self.in_dialogue = False
        self.long_line: int | None = None  # the first line that had to be cut
        self._open: _OpenTurn | None = None
        self._carried: list[str] = []  # the open turn's text in earlier blocks
        self._last_was_header = False
        self._previous_blank = False
        self._plain_from: int | None = None
        self._text, self._base, self._has_cr, self._lone_cr = "", 0, False, False
        self._line, self._counted = 1, 0

    def feed(self, block: Block) -> None:
        # The newline put before the block makes its first line like every other (label_lines).
        text = self._text = "\n" + block.text
        self._base, self._counted = block.offset - _FIRST, _FIRST
        self._has_cr = "\r" in text
        self._lone_cr = self._has_cr and text.count("\r") != text.count("\r\n")
        pos = _FIRST
        if block.starts_mid_line:
            pos = line_end(text, _FIRST)[1]  # the rest of a cut line goes on in the open turn
            if self._open is None:
                self._open = _open_turn("unlabelled", None, None, _FIRST, block.offset, self._line)
        if self._plain_from is not None:
            self._plain_from = pos
        with _collection_paused():
            if not self.in_dialogue:
                pos = self._read_preamble(pos)
            if self.in_dialogue:
                self._read_labelled(pos)
        self._end_block(block.ends_mid_line)

    def finish(self) -> None:
        self._text, self._counted = "", 0
        self._close(0)

    def _read_preamble(self, pos: int) -> int:
        """Until the first label: headers, and the plain lines between the lines that matter
        read as runs. Returns where the rest of the block starts."""
        text = self._text
        if self._lone_cr:
            matches, shift = self.patterns.preamble_lines_cr.finditer(text, pos), 0
        else:  # each match starts at the newline before its line
            matches, shift = self.patterns.preamble_lines.finditer(text, pos - 1), 1
        for match in matches:
            at = match.start() + shift
            if at > pos:
                self._plain_lines(pos, at)
            matched = match.lastgroup  # `blank` or `header` when one of those matched
            if matched == "blank":
                if at < len(text):  # not the end of the block after its last line break
                    self._previous_blank = True
                pos = self._line_after(match.end())
            elif matched == "header":
                key = next(k for k in HEADER_KEYS if match.start(k) >= 0)
                self._add_header(key, match["value"], at)
                pos = self._line_after(match.end())
            else:
                pos = line_end(text, at)[1]
                agent_id = self._agent_id(text[at:pos]) if self._last_was_header else None
                if agent_id:
                    self._add_header("agent_id", agent_id, at)
                    continue
                self._open_labelled(match, at)
                if self.in_dialogue:
                    return pos
        self._plain_lines(pos, len(text))
        if self._plain_from is not None:
            self._plain_from = len(text)  # the lines before were read here
        return len(text)

    def _read_labelled(self, pos: int) -> None:
        """The hot loop: one pattern pass over the block and one iteration per turn. A turn
        that began after a label in this block is closed right here; the others (text carried
        from an earlier block, lines read one by one after an unlabelled turn) by `_close`."""
        text, has_cr = self._text, self._has_cr
        if self._lone_cr:
            matches, shift = self.patterns.label_lines_cr.finditer(text, pos), 0
        else:  # each match starts at the newline before its line
            matches, shift = self.patterns.label_lines.finditer(text, pos - 1), 1
        turns, kinds = self.turns, self.kinds
        line, counted = self._line, self._counted
        for match in matches:
            at = match.start() + shift
            current = self._open
            if current is None or self._carried or self._plain_from is not None:
                self._line, self._counted = line, counted
                if self._plain_from is not None and at > self._plain_from:
                    self._read_plain(self._plain_from, at)
                self._close(at)
                self._plain_from = None
                line, counted = self._line, self._counted
            else:
                kind, role, speaker, start_ms, start, offset, turn_line = current
                raw = text[start:at]
                stripped = raw.strip()
                if stripped and not raw[0].isspace():
                    locator = Locator(offset, None, None, None, turn_line)
                    turns.append(
                        Turn(
                            0, role, stripped, speaker, start_ms, None, kind == "note", (), locator
                        )
                    )
                    kinds.append(kind)
                elif stripped:
                    self._emit(current, raw, stripped, None)
            line += text.count("\n", counted, at)
            if has_cr:
                line += text.count("\r", counted, at) - text.count("\r\n", counted, at)
            counted = at
            opened = self._open = self._opened_by(match, line)
            if opened[0] in _CHANGES_WHAT_FOLLOWS:
                self._line, self._counted = line, counted
                self._after_open(opened[0], opened[4])
        self._line, self._counted = line, counted

    def _read_plain(self, pos: int, stop: int) -> None:
        text = self._text
        while pos < stop:
            end, following = line_end(text, pos)
            self._plain_line(pos, text[pos:end])
            pos = following
        self._plain_from = stop

    @staticmethod
    def _agent_id(line: str) -> str | None:
        """`Agent: A-1023` right after a header line is the agent's id, not dialogue."""
        found = AGENT_ID_LINE.fullmatch(line.rstrip("\r\n"))
        return found["value"] if found else None

    def _line_after(self, end: int) -> int:
        """Where the next line starts, `end` being at a line break or the end of the block."""
        text = self._text
        if end >= len(text):
            return end
        return end + 2 if text.startswith("\r\n", end) else end + 1

    def _add_header(self, key: str, value: str, pos: int) -> None:
        self._close(pos)
        self._last_was_header = True
        self.headers.setdefault(key, value)
        self.paragraph_mode |= key == "ticket_id"

    def _plain_lines(self, pos: int, stop: int) -> None:
        """Lines with text and nothing else in [pos, stop): one turn each, or one paragraph."""
        if pos >= stop:
            return
        if self.paragraph_mode:
            if self._starts_plain_turn():
                self._open_plain(pos)
        else:
            while pos < stop:
                self._open_plain(pos)
                pos = line_end(self._text, pos)[1]
        self._previous_blank = False

    def _open_plain(self, pos: int) -> None:
        self._close(pos)
        self._open = _open_turn("unlabelled", None, None, pos, self._base + pos, self._line_at(pos))
        self._last_was_header = False

    def _open_labelled(self, match: re.Match[str], pos: int) -> None:
        """Close the open turn and open the one the label (or time) line at `pos` starts."""
        self._close(pos)
        opened = self._open = self._opened_by(match, self._line_at(pos))
        self._after_open(opened[0], opened[4])

    def _opened_by(self, match: re.Match[str], line: int) -> _OpenTurn:
        """The turn a label (or time) line opens: a display name that is not one of the
        document's (`names`) is text after a time."""
        label, word, stamp, after, name = match.group("label", "word", "time", "after", "name")
        start = match.end()
        if label is not None:
            kind = WORD_KIND.get(word.casefold()) or self._label_kind(word)
        elif name in self.names:
            label, kind = name, "name"
        else:
            kind = "unlabelled"
            if name is not None:
                start = match.start("name")
        stamp = stamp or after
        role = KIND_ROLES.get(kind) or role_of_kind(kind, label)
        return (
            kind,
            role,
            label,
            time_ms(stamp) if stamp else None,
            start,
            self._base + start,
            line,
        )

    def _after_open(self, kind: str, start: int) -> None:
        """What a labelled (or timed) turn changes for the lines after it."""
        if kind in _PLAIN_AFTER:
            self._plain_from = line_end(self._text, start)[1]
        elif self._plain_from is not None:
            self._plain_from = None
        self._last_was_header = self._previous_blank = False
        if kind != "unlabelled":
            self.in_dialogue = True
            if kind == "subject" or kind == "note":
                self.paragraph_mode = True

    def _label_kind(self, word: str) -> str:
        """The kind of a label that is not a vocabulary word."""
        agent_speaker = self.patterns.agent_speaker
        if agent_speaker and word.casefold() == agent_speaker.casefold():
            return "extra"
        return "letter" if word in LETTER_ROLES else "generic"

    def _plain_line(self, pos: int, content: str) -> None:
        """Unlabelled text: a new turn per line, or per paragraph in tickets and notes."""
        blank = not content or content.isspace()
        if not blank and self._starts_plain_turn():
            self._open_plain(pos)
        self._previous_blank = blank

    def _starts_plain_turn(self) -> bool:
        kind = self._open[0] if self._open else None
        if kind is None or kind == "subject":
            return True
        if kind != "unlabelled":
            return False
        return not self.paragraph_mode or self._previous_blank

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
            self._emit(current, raw, text, cut_at)
        return raw

    def _emit(self, current: _OpenTurn, raw: str, text: str, cut_at: int | None) -> None:
        """Add the turn: `text` is `raw` stripped."""
        kind, role, speaker, start_ms, _, offset, line = current
        lead = len(raw) - len(raw.lstrip())
        if lead:
            line += count_breaks(raw, 0, lead)
        locator = Locator(offset + lead, None, None, None, line)
        self.turns.append(Turn(0, role, text, speaker, start_ms, None, kind == "note", (), locator))
        self.kinds.append(kind)

    def _end_block(self, ends_mid_line: bool) -> None:
        text = self._text
        if self._plain_from is not None:
            self._read_plain(self._plain_from, len(text))
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
            self._open = (*current[:4], _FIRST, *current[5:])

    def _cut(self, current: _OpenTurn) -> None:
        """End the open turn here and go on in a new one that repeats its last words."""
        raw = self._close(len(self._text), cut_at=self._base + len(self._text))
        overlap = overlap_start(raw, OVERLAP_CHARS)
        kind, role, speaker, start_ms, _, offset, line = current
        line += count_breaks(raw, 0, overlap)
        self._open = (kind, role, speaker, start_ms, _FIRST, offset + overlap, line)
        self._carried = [raw[overlap:]]


@contextmanager
def _collection_paused() -> Iterator[None]:
    """A block adds tens of thousands of turns that hold no reference cycles; the cyclic
    collector would walk every live turn again and again meanwhile (a third of the reading
    time), so it waits until the block is read (Mercurial's `nogc` does the same)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
