"""A pattern tried at the start of every line of a text, fast."""

from __future__ import annotations

import re
from collections.abc import Iterator


class AtLineStarts:
    """A pattern that never crosses a line break, tried at the start of every line. Later
    lines are found by the break before them, which `re` skips ahead to; `^` or a lookbehind
    would have it try the pattern at every character."""

    def __init__(self, pattern: str):
        self._first = re.compile(pattern)
        self._later = re.compile(rf"[\r\n]{pattern}")

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        first = self._first.match(text)
        if first:
            yield first
        yield from self._later.finditer(text)
