"""A letter O typed for a zero inside a number: `08O-552-1936`, `02-5O1-7788`.

O sits beside 0 on no keyboard but looks like it, and people typing from a card or a screen
swap them. An O (either case) becomes a 0 only between digits, a separator at most on one
side, inside a run of at least six digits, so words (`2Oct`, `O2 shop`) stay as they are.
Same length, so offsets do not move.
"""

from __future__ import annotations

import re

MIN_DIGITS = 6
RUN_REACH = 30
# Os after a digit and before one, a separator at most on one side.
_O_BETWEEN_DIGITS = re.compile(
    r"[0-9](?P<glued>[Oo]+)(?=[ \-.]?[0-9])|[0-9][ \-.](?P<spaced>[Oo]+)(?=[0-9])"
)
# The number around an O: digits and Os with single separators.
_RUN = re.compile(r"[0-9Oo](?:[ \-.]?[0-9Oo])*")


def letter_o_as_zero(text: str) -> str:
    """The text with each such O a 0; the same text when there is none."""
    changed = None
    for match in _O_BETWEEN_DIGITS.finditer(text):
        group = "glued" if match.group("glued") else "spaced"
        start, end = match.span(group)
        if _digits_around(text, start) >= MIN_DIGITS:
            changed = changed if changed is not None else list(text)
            changed[start:end] = "0" * (end - start)
    return "".join(changed) if changed is not None else text


def _digits_around(text: str, position: int) -> int:
    for run in _RUN.finditer(text, max(position - RUN_REACH, 0), position + RUN_REACH):
        if run.start() <= position < run.end():
            return sum(character.isdigit() for character in run.group())
    return 0
