"""IBANs read out letter by letter: "g b six seven n w b k three three nine oh two ...".

The normaliser joins a long run of spoken digits ("33902450180114") but leaves a country's
letters, two check digits said as words and a bank's letters as they were. The words from a
country's two letters on are read as letters, digit words (with "double" and "triple") and
digits, and the longest run of them whose IBAN check digits hold (python-stdnum) is one: the
check is what makes a string of letters and numbers said on a call an account.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from stdnum import iban

from ccaudit.normalize.spoken_digits_en import ENGLISH_DIGITS, REPEATS

# A letter alone is a letter ("l o y d"): "oh" is the spoken zero.
_SAID_DIGIT = rf"(?:{'|'.join(w for w in ENGLISH_DIGITS if len(w) > 1)}|[0-9])"
# The check digits are said as two words, or joined by the normaliser to the digits after them
# ("d e four four five oh oh one ..." reaches the recognizer as "d e 44500105...").
# One word of an IBAN read out: a letter alone, digits, a digit word, "double" or "triple".
IBAN_TOKEN = rf"(?:[a-z]|[0-9]+|{_SAID_DIGIT}|{'|'.join(REPEATS)})"
_SPOKEN_IBAN = re.compile(
    rf"(?<![a-z])([a-z]) ([a-z])(?= (?:{_SAID_DIGIT} {_SAID_DIGIT}|[0-9]{{2}}))"
    rf"((?: {IBAN_TOKEN}(?![a-z]))+)",
    re.IGNORECASE,
)
# Two letters, each alone, in a row: most turns hold none, and the search above need not run.
_LETTERS_APART = re.compile(r"(?<![a-z])[a-z] [a-z] ", re.IGNORECASE)
MAX_IBAN = 34


def may_hold_spoken_iban(text: str) -> bool:
    return _LETTERS_APART.search(text) is not None and _SPOKEN_IBAN.search(text) is not None


def spoken_ibans(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, IBAN) for each IBAN read out whose check digits hold."""
    for match in _SPOKEN_IBAN.finditer(text):
        value = (match[1] + match[2]).upper()
        ends, repeat = [], 1
        for word in re.finditer(r"\S+", match[3]):
            token = word.group().lower()
            if token in REPEATS:
                repeat = REPEATS[token]
                continue
            value += _piece(token) * repeat
            repeat = 1
            ends.append((match.start(3) + word.end(), value))
            if len(value) > MAX_IBAN:
                break
        for end, candidate in reversed(ends):
            if iban.is_valid(candidate):
                yield match.start(), end, candidate
                break


def said_characters(words: list[str]) -> str:
    """The letters and digits these words say ("d", "e", "double", "five" -> "DE55")."""
    value, repeat = "", 1
    for word in words:
        if word.lower() in REPEATS:
            repeat = REPEATS[word.lower()]
            continue
        value += _piece(word.lower()) * repeat
        repeat = 1
    return value


def _digit(word: str) -> str:
    return ENGLISH_DIGITS.get(word.lower(), word)


def _piece(word: str) -> str:
    """A letter alone, a digit word or digits, as the IBAN writes it."""
    return word.upper() if len(word) == 1 and word.isalpha() else _digit(word)
