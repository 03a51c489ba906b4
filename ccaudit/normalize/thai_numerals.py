"""Thai numerals ๐-๙ become ASCII digits, one character for one, so no offset moves."""

from __future__ import annotations

import re

_THAI_NUMERAL = re.compile("[๐-๙]")
_TO_ASCII = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")


def thai_numerals_to_ascii(text: str) -> str:
    if _THAI_NUMERAL.search(text) is None:
        return text
    return text.translate(_TO_ASCII)
