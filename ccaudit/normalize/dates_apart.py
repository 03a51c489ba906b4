"""A written month/year set apart from a long number typed just before it.

"4919 8909 1828 5012 07/28" is a card number and its expiry date, but a number is a run of
digits joined by single spaces, so the month would be read as two more digits of the card.
The space before a MM/YY (or MM/YYYY) that follows a run of 13 to 19 digits, a card's
length, becomes a tab, which joins no run; the expiry recognizer finds the date there
(ccaudit.pii.recognizers.card_expiry).

A clock time kept before what a speaker said ("Customer 00:00:17.900 6 3 5 5 ...", "10:30
0812345678") would lend the number its seconds the same way; the space after it becomes a
tab too, unless a date follows (a tab before MM/YY says "after a card number").
"""

from __future__ import annotations

import re

from ccaudit.normalize.offsets import Replacement

DATE_APART = "\t"
_DATE_AFTER_LONG_NUMBER = re.compile(
    r"(?<![0-9])[0-9](?:[ \-]?[0-9]){12,18}"
    r"(?P<space> )(?:0[1-9]|1[0-2])/(?:20)?[0-9]{2}(?![0-9/])"
)


_TIME_BEFORE_NUMBER = re.compile(
    r"(?<![0-9:])[0-9]{1,2}:[0-9]{2}(?::[0-9]{2}(?:[.,][0-9]{1,3})?)?(?P<space> )(?=[0-9])"
    r"(?![0-9]{1,4}/)"
)


def dates_set_apart(text: str) -> list[Replacement]:
    apart = []
    if "/" in text:
        apart += [
            Replacement(m.start("space"), m.end("space"), DATE_APART)
            for m in _DATE_AFTER_LONG_NUMBER.finditer(text)
        ]
    if ":" in text:
        apart += [
            Replacement(m.start("space"), m.end("space"), DATE_APART)
            for m in _TIME_BEFORE_NUMBER.finditer(text)
        ]
    return apart
