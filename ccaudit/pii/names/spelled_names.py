"""A name spelled letter by letter: `patricia okafor o k a f o r`, `is that d u b o i s`,
`Rajesh Iyer, I-Y-E-R`.

The letters are a name when they spell a word said just before them (people spell what they
have just said), and so is that word; or when a spelling cue opens them (`that's`, `is that`,
`spelled`), or the turn before asks for a spelling (spelled_answer_spans). Letters inside an
address spelled out (`j o e dot ...`) are the address's, and a few letters that make a common
code (`o t p`) are no name.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ccaudit.pii.context import lowered

# Three letters or more, each alone, joined by single spaces or by hyphens.
_SPELLED = re.compile(
    r"(?<![A-Za-z0-9'’.@])[A-Za-z](?:(?: [A-Za-z]){2,}|(?:-[A-Za-z]){2,})(?![A-Za-z0-9'’@])"
)
_TWO_LETTERS_APART = re.compile(r"[ -][A-Za-z][ -][A-Za-z](?![A-Za-z])")
# Where `_SPELLED` can match, a letter before it: the same mark twice, each before a letter.
_SPELLING_GOES_ON = re.compile(r" [A-Za-z] [A-Za-z]|-[A-Za-z]-[A-Za-z]")
_SPELLING_CUE = re.compile(
    r"(?:that's|that is|is that|spelled|spelt|spelling|spell it"
    r"|(?:sur|last |first |family |given )?name(?: is)?)[:,]? $"
)
# Asked for a spelling in the turn before: `can you spell the last name for me?` / `Sure. A D E
# Y E M I`, `and how do you spell that` / `s i o b h a n`.
_SPELLING_ASKED = re.compile(r"\bspell\b(?: (?:that|it)\b|[^\n]{0,30}name)")
_ADDRESS_AROUND = re.compile(r" ?(?:dot|at|underscore|dash)\b| ?[@.]\w")
_ADDRESS_BEFORE = re.compile(r"(?<![a-z])(?:dot|at) $|[@.]$")
_CODES = frozenset(
    ("otp", "atm", "pin", "sms", "usa", "vip", "ceo", "api", "eta", "faq", "ssn", "dob", "iou")
)
LOOK_BACK = 80


def spelled_name_spans(text: str) -> Iterator[tuple[int, int]]:
    # A cheap look for two spaced or hyphenated letters first: most texts have none.
    if not (_TWO_LETTERS_APART.search(text) or _SPELLED.match(text)):
        return
    runs = list(_spelled_runs(text))
    low = lowered(text).replace("’", "'")
    for run in runs:
        word = low[run.start() : run.end()].replace(" ", "").replace("-", "")
        if word in _CODES or _ADDRESS_AROUND.match(low, run.end()):
            continue
        before_start = max(0, run.start() - LOOK_BACK)
        before = low[before_start : run.start()]
        if _ADDRESS_BEFORE.search(before):
            continue
        said = _said_before(before, word)
        if said is not None and not _ADDRESS_AROUND.match(before, said[1]):
            # The word the letters spell is the name too (`chloe nguyen n g u y e n`), but
            # for a word of an address (`will dot hargreaves at ... that's w i l l`).
            yield before_start + said[0], before_start + said[1]
        said_after = low.startswith(" ", run.end()) and _stands_alone(low, run.end() + 1, word)
        if (
            said is not None
            or said_after  # `no p i e t e r pieter`
            or _SPELLING_CUE.search(before)
            or _SPELLING_ASKED.search(before)
        ):
            yield run.span()


def spelled_answer_spans(asked: str, text: str) -> Iterator[tuple[int, int]]:
    """Letters spelled in `text` in answer to `asked`, the turn before, when it asks for a
    spelling (`can you spell the surname for me` / `sure it's o k o n j o`)."""
    if not _TWO_LETTERS_APART.search(text) or not _SPELLING_ASKED.search(lowered(asked)):
        return
    low = lowered(text)
    for run in _spelled_runs(text):
        word = low[run.start() : run.end()].replace(" ", "").replace("-", "")
        if word not in _CODES and not _ADDRESS_AROUND.match(low, run.end()):
            yield run.span()


def _spelled_runs(text: str) -> Iterator[re.Match[str]]:
    """The matches of `_SPELLED.finditer(text)`, tried only a letter before where the spelling
    goes on: its opening lookbehind would have `re` try it at every character."""
    searched_to = 0
    goes_on = _SPELLING_GOES_ON.search(text, 1)
    while goes_on is not None:
        run = _SPELLED.match(text, goes_on.start() - 1)
        if run is not None:
            yield run
            searched_to = run.end()
        goes_on = _SPELLING_GOES_ON.search(text, max(goes_on.start() + 1, searched_to + 1))


def _said_before(before: str, word: str) -> tuple[int, int] | None:
    """Where `word` was said last in `before`, or None."""
    # Found with str.rfind: a pattern made for each word would crowd `re`'s cache of
    # compiled patterns, and phonenumbers' patterns would be compiled again and again.
    at = before.rfind(word)
    while at >= 0:
        if _stands_alone(before, at, word):
            return at, at + len(word)
        at = before.rfind(word, 0, at + len(word) - 1)
    return None


def _stands_alone(text: str, at: int, word: str) -> bool:
    """`word` stands at `at` in `text`, with no letter a-z right before or after it."""
    end = at + len(word)
    return (
        text.startswith(word, at)
        and not (at > 0 and "a" <= text[at - 1] <= "z")
        and not (end < len(text) and "a" <= text[end] <= "z")
    )
