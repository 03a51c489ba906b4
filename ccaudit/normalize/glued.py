"""A space between Thai letters and ASCII digits, so `\\b`-style patterns see the number.

Thai letters are word characters to regular expressions, so in `เลขบัตร4532015112830366ค่ะ`
no word boundary surrounds the number. Inserting a space at each Thai/digit boundary (both
directions) fixes that without touching the digits themselves.
"""

from __future__ import annotations

import re

from ccaudit.normalize.offsets import Replacement
from ccaudit.thai_script import is_thai_letter

# A digit with a Thai letter on either side. Starting with the digit lets `re` skip ahead
# to digits, which are rarer than Thai letters.
_DIGIT_BESIDE_THAI = re.compile("[0-9](?:(?<=[\u0e01-\u0e4e][0-9])|(?=[\u0e01-\u0e4e]))")


def glued_digit_spaces(text: str) -> list[Replacement]:
    """Insertions of one space at every boundary between a Thai letter and an ASCII digit."""
    spaces: list[Replacement] = []
    for match in _DIGIT_BESIDE_THAI.finditer(text):
        start, end = match.span()
        if start > 0 and is_thai_letter(text[start - 1]):
            spaces.append(Replacement(start, start, " "))
        if end < len(text) and is_thai_letter(text[end]):
            spaces.append(Replacement(end, end, " "))
    return spaces
