"""Regex pieces and checks shared by the number recognizers and the split-number finder.

Digit boundaries are lookarounds, never `\\b`: Thai letters are word characters, so `\\b`
finds no edge in `เลข4532015112830366ค่ะ`. A number is a maximal run of digits joined by
single separators (space, hyphen, dot); a run glued to Latin letters is a code (tracking
numbers such as TH1234567890), and a run after `1,` or before `,000` is an amount.
"""

from __future__ import annotations

import re
from functools import lru_cache

from stdnum import luhn

SEP = r"[ \-.]?"
NUM_START = r"(?<![0-9A-Za-z])(?<![0-9][ \-.,])"
NUM_END = r"(?![0-9A-Za-z])(?![ \-.,][0-9])"

_NON_DIGIT = re.compile(r"[^0-9]")

# (prefix ranges, allowed lengths) per issuer. 13-digit Visa is retired and would collide
# with Thai national IDs, so it is left out.
_ISSUERS: tuple[tuple[tuple[tuple[int, int], ...], frozenset[int]], ...] = (
    (((4, 4),), frozenset({16, 19})),  # Visa
    (((51, 55), (2221, 2720)), frozenset({16})),  # Mastercard
    (((34, 34), (37, 37)), frozenset({15})),  # Amex
    (((3528, 3589),), frozenset(range(16, 20))),  # JCB
    (((62, 62),), frozenset(range(16, 20))),  # UnionPay
    (((300, 305), (36, 36), (38, 39)), frozenset(range(14, 20))),  # Diners
    (((6011, 6011), (644, 649), (65, 65)), frozenset(range(16, 20))),  # Discover
)


def digits_only(text: str) -> str:
    return _NON_DIGIT.sub("", text)


def digit_run(min_digits: int, max_digits: int | None = None) -> str:
    """A run of exactly min..max digits with optional single separators between them."""
    upper = max_digits if max_digits is not None else min_digits
    return rf"{NUM_START}[0-9](?:{SEP}[0-9]){{{min_digits - 1},{upper - 1}}}{NUM_END}"


def in_issuer_range(digits: str) -> bool:
    for ranges, lengths in _ISSUERS:
        if len(digits) not in lengths:
            continue
        for low, high in ranges:
            width = len(str(low))
            if low <= int(digits[:width]) <= high:
                return True
    return False


def is_card_number(digits: str) -> bool:
    return in_issuer_range(digits) and luhn.is_valid(digits)


# A maximal run of digits with single separators, with a phone's leading '+'.
_RUN = re.compile(r"(?:\+[0-9]|[0-9])(?:[ \-.]?[0-9])*")


@lru_cache(maxsize=8)
def digit_runs(text: str) -> list[tuple[int, int, int]]:
    """(start, end, digit count) of every number in the text, found once per text and
    shared by all number recognizers."""
    return [(m.start(), m.end(), len(digits_only(m.group()))) for m in _RUN.finditer(text)]
