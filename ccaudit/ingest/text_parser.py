"""Turns from the blocks of a plain-text document, found with one pattern pass per block.

Until the first label, one pass over the block finds its header, blank, labelled and timed
lines (text_patterns), and the plain lines between are read as runs (text_plain_lines). From
the first label on, one pass finds every labelled or timed line, and a turn runs from its
label to the next one; only after an unlabelled or subject turn are the lines between read one
by one. Every turn's text is an exact slice of the decoded file at `locator.offset`, starting
on line `locator.line` (text_turns builds them).
"""

from __future__ import annotations

import gc
import re
from collections.abc import Iterator
from contextlib import contextmanager

from ccaudit.ingest.speaker_labels import KIND_ROLES, LETTER_ROLES, WORD_KIND, role_of_kind
from ccaudit.ingest.text_blocks import Block
from ccaudit.ingest.text_patterns import (
    HEADER_KEYS,
    LABEL_HOLDS_NAME,
    LinePatterns,
    chat_names,
    display_names,
    letters_label,
    line_end,
    line_patterns,
    piped_names,
    spaced_role_words,
    time_ms,
)
from ccaudit.ingest.text_plain_lines import PlainLines
from ccaudit.ingest.text_turns import FIRST, OpenTurn, labelled_turn, open_turn
from ccaudit.model import Locator

_PLAIN_AFTER = ("unlabelled", "subject")  # turns after which each line is read on its own
_CHANGES_WHAT_FOLLOWS = frozenset({*_PLAIN_AFTER, "note"})


def parser_for(head: str, agent_speaker: str | None, markdown: bool, max_chars: int) -> TextParser:
    """A parser for a document whose beginning is `head`: its speaker labels are found there
    (display names, chat names, letters, role words spaced out)."""
    piped = piped_names(head)
    names = chat_names(head) + piped
    patterns = line_patterns(
        agent_speaker, letters_label(head), bool(names), spaced_role_words(head), bool(piped)
    )
    return TextParser(patterns, display_names(head) | set(names), markdown, max_chars)


class TextParser(PlainLines):
    """Feed it blocks in order; it collects turns as text_turns.TurnBuilder says."""

    def __init__(
        self,
        patterns: LinePatterns,
        names: frozenset[str],
        paragraph_mode: bool,
        max_turn_chars: int,
    ):
        super().__init__(paragraph_mode, max_turn_chars)
        self.patterns = patterns
        self.names = names  # the display names that are labels (text_patterns.display_names)
        self.in_dialogue = False
        self._lone_cr = False

    def feed(self, block: Block) -> None:
        # The newline put before the block makes its first line like every other (label_lines).
        text = self._text = "\n" + block.text
        self._base, self._counted = block.offset - FIRST, FIRST
        self._has_cr = "\r" in text
        self._lone_cr = self._has_cr and text.count("\r") != text.count("\r\n")
        pos = FIRST
        if block.starts_mid_line:
            pos = line_end(text, FIRST)[1]  # the rest of a cut line goes on in the open turn
            if self._open is None:
                self._open = open_turn("unlabelled", None, None, FIRST, block.offset, self._line)
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
                    turns.append(labelled_turn(kind, role, stripped, speaker, start_ms, locator))
                    kinds.append(kind)
                elif stripped:
                    self._emit(current, raw, stripped)
            line += text.count("\n", counted, at)
            if has_cr:
                line += text.count("\r", counted, at) - text.count("\r\n", counted, at)
            counted = at
            opened = self._open = self._opened_by(match, line)
            if opened[0] in _CHANGES_WHAT_FOLLOWS:
                self._line, self._counted = line, counted
                self._after_open(opened[0], opened[4])
        self._line, self._counted = line, counted

    def _open_labelled(self, match: re.Match[str], pos: int) -> None:
        """Close the open turn and open the one the label (or time) line at `pos` starts."""
        self._close(pos)
        opened = self._open = self._opened_by(match, self._line_at(pos))
        self._after_open(opened[0], opened[4])

    def _opened_by(self, match: re.Match[str], line: int) -> OpenTurn:
        """The turn a label (or time) line opens: a display name that is not one of the
        document's (`names`) is text after a time. A label that is, or holds, a display
        name starts the turn's text."""
        label, word, stamp, after, name, name_time, role_label = match.group(
            "label", "word", "time", "after", "name", "name_time", "role_label"
        )
        start = match.end()
        if role_label is not None:
            label, kind = role_label, WORD_KIND[match["role_word"].casefold()]
            start = match.start("role_label")
        elif label is not None:
            kind = WORD_KIND.get(word.casefold()) or self._label_kind(word)
            if LABEL_HOLDS_NAME.search(label, len(word)):
                start = match.start("label")
        elif name in self.names or (self.names and name and match.start("column") >= 0):
            # A display name is a person's name more often than not: the text keeps it, so
            # that it is scanned, masked and redacted like any other. In a table whose column of
            # names (`00:39 | MARCUS | Hi`) labels rows, a name there that starts one row only
            # labels it too (a transferred call's second agent).
            label, kind, start = name, "name", match.start("name")
        else:
            kind = "unlabelled"
            if name is not None:
                start = match.start("name")
        stamp = stamp or after or name_time
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
        # `A`/`C` name the agent and the customer; other letters (`A`/`B`) are bare labels.
        letters = self.patterns.letters
        return "letter" if word in letters and set(letters) == set(LETTER_ROLES) else "generic"

    def _end_block(self, ends_mid_line: bool) -> None:
        if self._plain_from is not None:
            self._read_plain(self._plain_from, len(self._text))
        self._carry_or_cut(ends_mid_line)


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
