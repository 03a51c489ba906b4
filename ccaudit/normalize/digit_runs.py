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
    spoken_digits = 0
    needed = policy.min_spoken
    for token in tokens:
        if token.spoken:
            spoken_digits += len(token.digits)
        else:
            needed = min(needed, policy.min_spoken_beside_written)
    if standing_alone:
        needed = min(needed, policy.min_spoken_standing_alone)
    if spoken_digits < needed:
        return []
    pieces: list[tuple[int, int, str]] = []
    previous_end = -1
    previous_spoken = False
    for start, end, digits, spoken in tokens:
        if previous_end >= 0 and (previous_spoken or spoken):
            separator = text[previous_end:start]
            if separator and (not (previous_spoken and spoken) or "," in separator):
                if separator != BREAK:
                    pieces.append((previous_end, start, BREAK))
            elif separator:
                pieces.append((previous_end, start, ""))
        if spoken:
            pieces.append((start, end, digits))
        previous_end, previous_spoken = end, spoken
    return _merged(pieces)


def _merged(pieces: list[tuple[int, int, str]]) -> list[Replacement]:
    """Pieces that meet merge as they come: spoken digits said without a break become one
    replacement ("four five" -> "45"); a kept space stays its own, so a number after a pause
    maps back to its own words."""
    merged: list[list] = []
    for start, end, new in pieces:
        last = merged[-1] if merged else None
        if last is not None and start == last[1] and new != BREAK and last[2] != [BREAK]:
            last[1] = end
            last[2].append(new)
        else:
            merged.append([start, end, [new]])
    return [Replacement(start, end, "".join(parts)) for start, end, parts in merged]
