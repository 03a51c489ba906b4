"""How a run of digit tokens (spoken digit words and written digits) becomes digits.

Shared by the English and Thai spoken-digit steps. Output shape, chosen so recognizers only
ever see the forms people also write:
- spoken digits next to each other are joined: "four five three two" -> "4532";
- spaces and line breaks between them go alike ("four five\nthree two" -> "4532");
- where the speaker paused with a comma, one space stays: "oh eight one, two three" -> "081 23";
- between a spoken and a written token one space stays ("081 two three" -> "081 23"), and a
  token glued to the next stays glued; written digits and the separators between two written
  tokens are left exactly as written.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple

from ccaudit.normalize.offsets import Replacement

BREAK = " "
# Blanks that may stand between two digit words of one run. A line break inside a turn is
# a pause like a space (ASR and note-takers wrap long numbers), so it joins the same way.
BLANK = r"[ \t\r\n]"


class DigitToken(NamedTuple):
    start: int
    end: int
    digits: str
    spoken: bool


@dataclass(frozen=True)
class RunPolicy:
    """How many spoken digits make a run a number rather than ordinary words."""

    min_spoken: int
    min_spoken_beside_written: int
    min_spoken_standing_alone: int


def run_replacements(
    text: str, tokens: list[DigitToken], policy: RunPolicy, standing_alone: bool = False
) -> list[Replacement]:
    """The replacements that turn one run into digits, or none if it is too short to be a number.

    `standing_alone`: the run is set off from the words around it (spaces, punctuation).
    """
    if not tokens:
        return []
    spoken = sum(len(t.digits) for t in tokens if t.spoken)
    needed = policy.min_spoken
    if any(not t.spoken for t in tokens):
        needed = min(needed, policy.min_spoken_beside_written)
    if standing_alone:
        needed = min(needed, policy.min_spoken_standing_alone)
    if spoken < needed:
        return []
    edits = _Edits()
    previous: DigitToken | None = None
    for token in tokens:
        if previous is not None and (previous.spoken or token.spoken):
            separator = text[previous.end : token.start]
            joined = _joined_separator(separator, previous.spoken and token.spoken)
            if joined != separator:
                edits.add(previous.end, token.start, joined)
        if token.spoken:
            edits.add(token.start, token.end, token.digits)
        previous = token
    return edits.done()


class _Edits:
    """Replacements that merge as they come: spoken digits said without a break become one
    edit ("four five" -> "45"); a kept space stays its own edit, so a number after a pause
    maps back to its own words."""

    def __init__(self) -> None:
        self.replacements: list[Replacement] = []
        self.start = self.end = -1
        self.parts: list[str] = []

    def add(self, start: int, end: int, new: str) -> None:
        if start == self.end and new != BREAK and self.parts != [BREAK]:
            self.end = end
            self.parts.append(new)
            return
        self._flush()
        self.start, self.end, self.parts = start, end, [new]

    def done(self) -> list[Replacement]:
        self._flush()
        return self.replacements

    def _flush(self) -> None:
        if self.parts:
            self.replacements.append(Replacement(self.start, self.end, "".join(self.parts)))


def _joined_separator(separator: str, both_spoken: bool) -> str:
    if not separator or (both_spoken and "," not in separator):
        return ""
    return BREAK
