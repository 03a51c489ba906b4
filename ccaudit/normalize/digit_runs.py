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


# A zero and one more digit said before this many written ones make a number.
SPOKEN_AREA_CODE = 2
MIN_WRITTEN_AFTER_ZERO = 6


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
    spoken_digits = written_digits = 0
    needed = policy.min_spoken
    for token in tokens:
        if token.spoken:
            spoken_digits += len(token.digits)
        else:
            written_digits += len(token.digits)
            needed = min(needed, policy.min_spoken_beside_written)
    if standing_alone:
        needed = min(needed, policy.min_spoken_standing_alone)
    if tokens[0].spoken and tokens[0].digits == "0" and written_digits >= MIN_WRITTEN_AFTER_ZERO:
        # A phone's area code said, the rest typed or read as digits: "ศูนย์สอง 543 9738".
        needed = min(needed, SPOKEN_AREA_CODE)
    if spoken_digits < needed:
        return []
    replacements: list[Replacement] = []
    # Spoken digits said without a break gather into one replacement ("four five" -> "45"), from
    # `said_start` to the previous token's end; a kept break or a written token ends it, so a
    # number after a pause maps back to its own words.
    said_start, said_digits = 0, ""
    previous_end = -1
    previous_spoken = False
    for start, end, digits, spoken in tokens:
        if previous_spoken and spoken and "," not in text[previous_end:start]:
            said_digits += digits
        else:
            if said_digits:
                replacements.append(Replacement(said_start, previous_end, said_digits))
            if previous_end >= 0 and (previous_spoken or spoken):
                separator = text[previous_end:start]
                if separator and separator != BREAK:
                    replacements.append(Replacement(previous_end, start, BREAK))
            said_start, said_digits = start, digits if spoken else ""
        previous_end, previous_spoken = end, spoken
    if said_digits:
        replacements.append(Replacement(said_start, previous_end, said_digits))
    return replacements
