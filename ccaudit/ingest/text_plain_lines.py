"""Lines without a speaker label in a plain-text document: headers, blank lines, and text that
becomes role-unknown turns, one per line in a transcript or one per paragraph in a ticket or
note (paragraph mode: a ticket id, a subject or note line, or a .md file).

Header lines set metadata (`headers`, the first value of each key). `Agent: A-1023` right
after another header line is the agent's id (blank lines between headers do not count).
"""

from __future__ import annotations

from ccaudit.ingest.text_patterns import AGENT_ID_LINE, line_end
from ccaudit.ingest.text_turns import TurnBuilder, open_turn


class PlainLines(TurnBuilder):
    def __init__(self, paragraph_mode: bool, max_turn_chars: int):
        super().__init__(max_turn_chars)
        self.paragraph_mode = paragraph_mode
        self.headers: dict[str, str] = {}
        self._last_was_header = False
        self._previous_blank = False
        # Set while an unlabelled or subject turn is open: the next line not read yet.
        self._plain_from: int | None = None

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
        self._open = open_turn("unlabelled", None, None, pos, self._base + pos, self._line_at(pos))
        self._last_was_header = False

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
