"""A card or Thai ID written as part of a code, set apart so the number recognizers see it.

A number glued to Latin letters or hyphened to them is read as a code (TH1234567890,
LN-0045521778; see ccaudit.pii.numbers), and slashes join no digit run. People also type a
card as `card4716…`, `…9088xyz` or `4716/5260/1815/9088`, so such a run is set apart here,
but only when its digits carry the number's own proof, never on length alone:
- glued to Latin letters: the digits pass Luhn and fall in an issuer's range and length
  (about one random 16-digit code in forty would: a missed card costs more than a masked
  code), or they are a valid Thai ID and the letters glued before them end in "ID", a label;
  Flash Express and other carriers print TH and 13 digits, a tenth of which pass the ID's
  check digit;
- grouped with three slashes or more: the digits pass those checks as a card or a Thai ID.
  A date has two slashes, a house number one.
Thai chat laughs in fives (5 is ห้า, "ha", so 555 is "hahaha"): laughter typed right before
a card or an ID ("555 4471 8720 7439 6163") joins its run; the space after it becomes a tab,
which joins no run, when the digits after it prove a card or an ID.
Glued runs get a space at the letter edge; slashes become spaces, so offsets do not move.
Digits inside a web address are ids and stay as they are.
"""

from __future__ import annotations

import re

from ccaudit.normalize.checksums import is_card_number, is_thai_id_valid
from ccaudit.normalize.offsets import Replacement
from ccaudit.normalize.web_addresses import in_url, may_hold_url

_LATIN = re.compile(r"[A-Za-z]")
MAX_DIGITS = 19
# 13 digits or more in a row: glued to Latin letters, 13 to 19 of them may be a card or an ID.
_LONG_DIGITS = re.compile(r"[0-9]{13,}")
_LAUGHTER_BEFORE_NUMBER = re.compile(
    r"(?<![0-9])5{3,}(?P<gap> )(?P<number>[0-9](?:[ \-.]?[0-9]){12,18})(?![0-9])"
)
_SLASHED_GROUPS = re.compile(r"(?<![0-9/])[0-9]{1,6}(?:/[0-9]{1,6}){3,}(?![0-9/])")


def codes_set_apart(text: str) -> list[Replacement]:
    replacements: list[Replacement] = []
    if "/" in text:
        for match in _SLASHED_GROUPS.finditer(text):
            digits = match.group().replace("/", "")
            start = match.start()
            if not (is_card_number(digits) or is_thai_id_valid(digits)):
                continue
            if may_hold_url(text) and in_url(text, start):
                continue
            replacements += [
                Replacement(start + i, start + i + 1, " ")
                for i, character in enumerate(match.group())
                if character == "/"
            ]
    if "555" in text:
        for match in _LAUGHTER_BEFORE_NUMBER.finditer(text):
            digits = re.sub("[ .-]", "", match.group("number"))
            if is_card_number(digits) or is_thai_id_valid(digits):
                replacements.append(Replacement(*match.span("gap"), "\t"))
    for match in _LONG_DIGITS.finditer(text):
        start, end = match.span()
        if end - start > MAX_DIGITS or not _beside_latin(text, start, end):
            continue
        if may_hold_url(text) and in_url(text, start):
            continue
        replacements += _glued_spaces(text, start, end)
    return sorted(replacements)


def _beside_latin(text: str, start: int, end: int) -> bool:
    return (start > 0 and _LATIN.match(text, start - 1) is not None) or (
        end < len(text) and _LATIN.match(text, end) is not None
    )


def _glued_spaces(text: str, start: int, end: int) -> list[Replacement]:
    digits = text[start:end]
    letter_before = start > 0 and _LATIN.match(text, start - 1) is not None
    id_label = text[max(start - 2, 0) : start].lower() == "id"
    if not (is_card_number(digits) or (id_label and is_thai_id_valid(digits))):
        return []
    spaces = [Replacement(start, start, " ")] if letter_before else []
    if end < len(text) and _LATIN.match(text, end):
        spaces.append(Replacement(end, end, " "))
    return spaces
