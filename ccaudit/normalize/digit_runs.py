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
    replacements = []
    previous: DigitToken | None = None
    for token in tokens:
        if previous is not None and (previous.spoken or token.spoken):
            separator = text[previous.end : token.start]
            joined = _joined_separator(separator, previous.spoken and token.spoken)
            if joined != separator:
                replacements.append(Replacement(previous.end, token.start, joined))
        if token.spoken:
            replacements.append(Replacement(token.start, token.end, token.digits))
        previous = token
    return _joined(replacements)


def _joined(replacements: list[Replacement]) -> list[Replacement]:
    """Spoken digits said without a break become one edit ("four five" -> "45"); a kept
    space stays its own edit, so a number after a pause maps back to its own words."""
    out: list[Replacement] = []
    for r in replacements:
        last = out[-1] if out else None
        if last and last.end == r.start and BREAK not in (last.new, r.new):
            out[-1] = Replacement(last.start, r.end, last.new + r.new)
        else:
            out.append(r)
    return out


def _joined_separator(separator: str, both_spoken: bool) -> str:
    if not separator or (both_spoken and "," not in separator):
        return ""
    return BREAK
