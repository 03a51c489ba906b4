"""Regex pieces and checks shared by the number recognizers and the split-number finder.

Digit boundaries are lookarounds, never `\\b`: Thai letters are word characters, so `\\b`
finds no edge in `เลข4532015112830366ค่ะ`. A number is a maximal run of digits joined by
single separators (space, hyphen, dot); a run glued to Latin letters, or hyphened to them, is
a code (tracking numbers such as TH1234567890, LN-0045521778), and a run in thousands groups
(`1,250`, `12,400,000`) is an amount. Other numbers a comma joins are a list or CSV fields
(`5604220484413,0817452290`, `…,3 6105 29555 06 8,089-662-1045`): each stands alone.
"""

from __future__ import annotations

import re

from ccaudit.normalize.web_addresses import in_url, may_hold_url

SEP = r"[ \-.]?"
# People also write a spaced hyphen inside a phone number (099 - 999 9999).
SPACED_SEP = r"(?: - |[ \-.])?"
# Digits said or typed one by one or in groups (2 1 6 6 2 7, 123 456); a recognizer's DIGITS
# bound how many.
SPACED_DIGITS = r"[0-9](?:[ \-]?[0-9])*"
NUM_START = (
    r"(?<![0-9A-Za-z])(?<![0-9][ \-.])(?<![A-Za-z]-)"
    r"(?:(?<![0-9],)|(?![0-9]{3}(?![0-9]|[ \-.][0-9])))"
)
NUM_END = r"(?![0-9A-Za-z])(?![ \-.][0-9])(?!,[0-9]{3}(?![0-9]|[ \-.][0-9]))"

_NON_DIGIT = re.compile(r"[^0-9]")
# A date written with its full year, ISO (2025-06-16) or day first (16/06/2025), in the Common
# or the Buddhist Era (2568-06-16): no account, code or phone is written so.
DATE_WITH_YEAR = re.compile(
    r"(?:19|20|24|25)[0-9]{2}-[01][0-9]-[0-3][0-9]"
    r"|[0-3]?[0-9]([/.-])[01]?[0-9]\1(?:19|20|24|25)[0-9]{2}"
)


def digits_only(text: str) -> str:
    if text.isascii() and text.isdigit():  # most numbers: nothing to take out
        return text
    return _NON_DIGIT.sub("", text)


def digit_run(min_digits: int, max_digits: int | None = None) -> str:
    """A run of exactly min..max digits with optional single separators between them."""
    upper = max_digits if max_digits is not None else min_digits
    return rf"{NUM_START}[0-9](?:{SEP}[0-9]){{{min_digits - 1},{upper - 1}}}{NUM_END}"


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
        if runs and may_hold_url(text):
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


def _digit_count(run: str) -> int:
    """Digits in a _RUN match, which holds only digits, separators and a leading '+'."""
    if run.isdigit():  # most runs: one check instead of four counts
        return len(run)
    return len(run) - run.count(" ") - run.count("-") - run.count(".") - run.count("+")
