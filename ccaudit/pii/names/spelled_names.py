"""A name spelled letter by letter: `patricia okafor o k a f o r`, `is that d u b o i s`,
`Rajesh Iyer, I-Y-E-R`.

The letters are a name when they spell a word said just before them (people spell what they
have just said), or when a spelling cue opens them (`that's`, `is that`, `spelled`). Letters
inside an address spelled out (`j o e dot ...`) are the address's, and a few letters that
make a common code (`o t p`) are no name.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ccaudit.pii.context import lowered

# Three letters or more, each alone, joined by single spaces or by hyphens.
_SPELLED = re.compile(
    r"(?<![A-Za-z0-9'’.@])[A-Za-z](?:(?: [A-Za-z]){2,}|(?:-[A-Za-z]){2,})(?![A-Za-z0-9'’@])"
)
_SPELLING_CUE = re.compile(r"(?:that's|that is|is that|spelled|spelt|spelling|spell it)[:,]? $")
_ADDRESS_AROUND = re.compile(r" ?(?:dot|at|underscore|dash)\b| ?[@.]\w")
_ADDRESS_BEFORE = re.compile(r"(?<![a-z])(?:dot|at) $|[@.]$")
_CODES = frozenset(
    ("otp", "atm", "pin", "sms", "usa", "vip", "ceo", "api", "eta", "faq", "ssn", "dob", "iou")
)
LOOK_BACK = 80


def spelled_name_spans(text: str) -> Iterator[tuple[int, int]]:
    low = lowered(text).replace("’", "'")
    for run in _SPELLED.finditer(low):
        word = run.group().replace(" ", "").replace("-", "")
        if word in _CODES or _ADDRESS_AROUND.match(low, run.end()):
            continue
        before = low[max(0, run.start() - LOOK_BACK) : run.start()]
        if _ADDRESS_BEFORE.search(before):
            continue
        if _SPELLING_CUE.search(before) or _said_before(before, word):
            yield run.span()


def _said_before(before: str, word: str) -> bool:
    return re.search(rf"(?<![a-z]){re.escape(word)}(?![a-z])", before) is not None
