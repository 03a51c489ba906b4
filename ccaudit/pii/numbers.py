"""Regex pieces and checks shared by the number recognizers and the split-number finder.

Digit boundaries are lookarounds, never `\\b`: Thai letters are word characters, so `\\b`
finds no edge in `เลข4532015112830366ค่ะ`. A number is a maximal run of digits joined by
single separators (space, hyphen, dot); a run glued to Latin letters, or hyphened to them, is
a code (tracking numbers such as TH1234567890, LN-0045521778), and a run after `1,` or before
`,000` is an amount.
"""

from __future__ import annotations

import re
from operator import mul

SEP = r"[ \-.]?"
# People also write a spaced hyphen inside a phone number (099 - 999 9999).
SPACED_SEP = r"(?: - |[ \-.])?"
# Digits said or typed one by one or in groups (2 1 6 6 2 7, 123 456); a recognizer's DIGITS
# bound how many.
SPACED_DIGITS = r"[0-9](?:[ \-]?[0-9])*"
NUM_START = r"(?<![0-9A-Za-z])(?<![0-9][ \-.,])(?<![A-Za-z]-)"
NUM_END = r"(?![0-9A-Za-z])(?![ \-.,][0-9])"

_NON_DIGIT = re.compile(r"[^0-9]")

# (prefix ranges, allowed lengths) per issuer: python-stdnum checks Luhn but carries no issuer
# table. 13-digit Visa is retired and would collide with Thai national IDs, and Maestro's
# 12-15 digit cards with bank accounts and IDs, so they are left out.
_ISSUERS: tuple[tuple[tuple[tuple[int, int], ...], frozenset[int]], ...] = (
    (((4, 4),), frozenset({16, 19})),  # Visa
    (((51, 55), (2221, 2720)), frozenset({16})),  # Mastercard
    (((34, 34), (37, 37)), frozenset({15})),  # Amex
    (((3528, 3589),), frozenset(range(16, 20))),  # JCB
    (((62, 62),), frozenset(range(16, 20))),  # UnionPay
    (((300, 305), (36, 36), (38, 39)), frozenset(range(14, 20))),  # Diners
    (((6011, 6011), (644, 649), (65, 65)), frozenset(range(16, 20))),  # Discover
    (((5018, 5018), (5020, 5020), (5038, 5038), (5893, 5893), (6304, 6304), (6759, 6759),
      (6761, 6763)), frozenset(range(16, 20))),  # Maestro
    (((5019, 5019),), frozenset({16})),  # Dankort
    (((2200, 2204),), frozenset(range(16, 20))),  # Mir
    (((9792, 9792),), frozenset({16})),  # Troy
)  # fmt: skip


def digits_only(text: str) -> str:
    if text.isascii() and text.isdigit():  # most numbers: nothing to take out
        return text
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
    return in_issuer_range(digits) and is_luhn_valid(digits)


# Checksums over strings of ASCII digits, as python-stdnum's luhn and th.pin compute them,
# without stdnum's input cleaning, which costs more than the sums on every number seen.
_LUHN_DOUBLED = tuple(sum(divmod(2 * d, 10)) for d in range(10))
_TNIN_WEIGHTS = tuple(range(13, 1, -1))


def is_luhn_valid(digits: str) -> bool:
    if not digits:
        return False
    doubled = sum(_LUHN_DOUBLED[int(d)] for d in digits[-2::-2])
    return (sum(map(int, digits[-1::-2])) + doubled) % 10 == 0


def is_thai_id_valid(digits: str) -> bool:
    """13 digits, not starting with 0 or 9, with the mod-11 check digit last."""
    if len(digits) != 13 or not digits.isascii() or not digits.isdigit() or digits[0] in "09":
        return False
    total = sum(map(mul, _TNIN_WEIGHTS, map(int, digits[:12])))
    return int(digits[12]) == (11 - total % 11) % 10


# A maximal run of digits with single separators, with a phone's leading '+'.
_RUN = re.compile(r"(?:\+[0-9]|[0-9])(?:[ \-.]?[0-9])*")


# Texts whose runs are known, oldest dropped first: room for the turns and batches of a usual
# detector call (longer ones only work some runs out twice). The detector forgets them all
# before each call, so nothing carries from one call to the next.
_RUNS_KEPT = 2048
_runs_by_text: dict[str, list[tuple[int, int, int]]] = {}


def digit_runs(text: str) -> list[tuple[int, int, int]]:
    """(start, end, digit count) of every number in the text, found once per text and
    shared by all number recognizers, and for each turn's text by the echo and split
    number finders. Digits inside a web address are ids, never a value, and are left out."""
    runs = _runs_by_text.get(text)
    if runs is None:
        runs = [(*m.span(), _digit_count(m.group())) for m in _RUN.finditer(text)]
        if runs and _may_hold_url(text):
            runs = [run for run in runs if not in_url(text, run[0])]
        remember_digit_runs(text, runs)
    return runs


def forget_digit_runs() -> None:
    _runs_by_text.clear()


def remember_digit_runs(text: str, runs: list[tuple[int, int, int]]) -> None:
    """Record runs worked out another way (a batch's, from its turns')."""
    if len(_runs_by_text) >= _RUNS_KEPT:
        del _runs_by_text[next(iter(_runs_by_text))]
    _runs_by_text[text] = runs


# A whitespace-delimited token that is a web address or part of one: a scheme or www., a
# domain followed by a path, or a query string (?a=1&b=2).
_URL_TOKEN = re.compile(
    r"[^\s]*(?:://|www\.)|(?:[A-Za-z0-9\-]+\.)+[A-Za-z]{2,}/|[^\s]*[?&][A-Za-z_]+="
)
_TOKEN_REACH = 200


def _may_hold_url(text: str) -> bool:
    """A cheap first look for what every _URL_TOKEN needs (a slash alone is also a date's)."""
    return "://" in text or "www." in text or "=" in text or ".co" in text or ".org/" in text


def in_url(text: str, start: int) -> bool:
    """Whether the number starting at `start` is part of a web address: its digits are ids
    (a post, a page, a query value), never a card, an account or a code."""
    token_start = max(start - _TOKEN_REACH, 0)
    space = max(text.rfind(" ", token_start, start), text.rfind("\n", token_start, start))
    token_start = space + 1 if space != -1 else token_start
    if token_start == start:
        return False
    return _URL_TOKEN.match(text, token_start, start + 1) is not None


def _digit_count(run: str) -> int:
    """Digits in a _RUN match, which holds only digits, separators and a leading '+'."""
    if run.isdigit():  # most runs: one check instead of four counts
        return len(run)
    return len(run) - run.count(" ") - run.count("-") - run.count(".") - run.count("+")
