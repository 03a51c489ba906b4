"""The Thai script, as the readers, detector, checker and reports test for it.

Letters are U+0E01-U+0E4E: consonants, vowels, tone marks and signs (Python's `\\w` leaves the
marks out, and `\\b` finds no edge between Thai words). The block U+0E00-U+0E7F adds the Thai
digits and a few symbols.
"""

from __future__ import annotations

import re

THAI_LETTERS = "\u0e01-\u0e4e"  # for use inside a character class
# Where a Thai word may begin: a consonant, or a vowel written before one (เกศินี, แพรว, ไพโรจน์).
THAI_WORD_FIRSTS = "\u0e01-\u0e2e\u0e40-\u0e44"  # for use inside a character class
THAI_LETTER = re.compile(f"[{THAI_LETTERS}]")
THAI_WORD = re.compile(f"[{THAI_LETTERS}]+")
THAI_CHARACTER = re.compile("[\u0e00-\u0e7f]")


def is_thai_letter(character: str) -> bool:
    return "\u0e01" <= character <= "\u0e4e"
