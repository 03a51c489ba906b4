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
_SPOKEN_IBAN = re.compile(
    rf"(?<![a-z])([a-z]) ([a-z]) ({_SAID_DIGIT}) ({_SAID_DIGIT})"
    rf"((?: (?:[a-z]|[0-9]+|{_SAID_DIGIT}|{'|'.join(REPEATS)})(?![a-z]))+)",
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
        value = (match[1] + match[2]).upper() + _digit(match[3]) + _digit(match[4])
        ends, repeat = [], 1
        for word in re.finditer(r"\S+", match[5]):
            token = word.group().lower()
            if token in REPEATS:
                repeat = REPEATS[token]
                continue
            value += _piece(token) * repeat
            repeat = 1
            ends.append((match.start(5) + word.end(), value))
            if len(value) > MAX_IBAN:
                break
        for end, candidate in reversed(ends):
            if iban.is_valid(candidate):
                yield match.start(), end, candidate
                break


def _digit(word: str) -> str:
    return ENGLISH_DIGITS.get(word.lower(), word)


def _piece(word: str) -> str:
    """A letter alone, a digit word or digits, as the IBAN writes it."""
    return word.upper() if len(word) == 1 and word.isalpha() else _digit(word)
