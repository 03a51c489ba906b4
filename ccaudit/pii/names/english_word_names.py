"""Given names that are everyday words too: `will`, `grace`, `bill`, `june`, `chase`, `hope`.

Lower-case ASR text has no capital to tell `will` the name from `will` the verb, so the cues
pass such a word by. It is a name where two things say so: a listed family name right after
it (`this is bill nakamura`, `it's hope castellano`, `will hartigan` answering a request for
a name); or, once the conversation has given it as a name, the place of a name said to
someone (`thanks will and ...`, `hi june um`, `anything else chase`), which the repeats of a
name found once (ccaudit.pii.passes.name_echoes) ask about.
"""

from __future__ import annotations

import re

from ccaudit.pii.names.english_lists import NOT_NAME_WORDS, is_listed_family
from ccaudit.pii.names.english_words import ORGANISATION_WORDS, OTHER_WORDS_AFTER_CUES

WORD_NAMES = frozenset(
    (
        "april", "august", "autumn", "bill", "bob", "chase", "christian", "dawn", "drew", "faith",
        "grace", "grant", "hope", "hunter", "joy", "june", "mark", "mason", "may", "miles",
        "penny", "ray", "rose", "sandy", "spencer", "summer", "will", "winter", "frank", "crystal",
        "olive", "jack"
    )
)  # fmt: skip
MIN_FAMILY_LETTERS = 4
_TWO_WORDS = re.compile(r"([A-Za-z]+) ([A-Za-z][a-z'’-]*[a-z])(?![A-Za-z0-9'’@_-])")
# Words said just before a name spoken to someone, and just after it.
_BEFORE = re.compile(
    r"(?:thanks|thank you|thx|ty|hi|hello|hey|bye|okay|ok|sorry|perfect|great|welcome|dear"
    r"|morning|afternoon|evening|night|else|with|mister|miss|missus|mrs|ms|mr),? $"
)
_AFTER = re.compile(
    r"[ \t]*(?:$|\n|[.,!?;:)]|(?:i|i'm|and|so|how|what|um|uh|have|take|can|is|just|we|let|about"
    r"|you|your|if|ok|okay|it's|it|this|my|please)(?![a-z']))"
)
# `may` and `will` before `i` or `you` ask a question (`thanks may i ...`).
_AFTER_A_MODAL = re.compile(r"[ \t]*(?:$|\n|[.,!?;:)]|(?:and|so|um|uh|ok|okay)(?![a-z']))")
_MODALS = frozenset(("may", "will"))
# Before a word ending a line, what makes it a word: a pronoun, a determiner, a preposition
# (`yes it will`, `starting in april`, `about my bill`).
_NOT_BEFORE_A_NAME = frozenset(
    (
        "i", "it", "you", "we", "they", "he", "she", "that", "who", "which", "this", "the", "a",
        "my", "your", "his", "her", "our", "their", "its", "in", "on", "at", "by", "of", "for",
        "from", "to", "until", "since", "next", "last", "every", "each", "what", "be",
        "is", "was", "will", "would", "can", "could", "may", "might", "should", "must", "not"
    )
)  # fmt: skip
_WORD_BEFORE = re.compile(r"([a-z']+)[ \t]*$")


def word_name_end(text: str, start: int) -> int:
    """End of `will hartigan` at `start`: a given name that is an everyday word, then a listed
    family name that is none; 0 for anything else."""
    pair = _TWO_WORDS.match(text, start)
    if pair is None or pair.group(1).lower() not in WORD_NAMES:
        return 0
    family = pair.group(2).lower()
    if (
        len(family) < MIN_FAMILY_LETTERS
        or not is_listed_family(family)
        or family in NOT_NAME_WORDS
        or family in OTHER_WORDS_AFTER_CUES
        or family in ORGANISATION_WORDS
    ):
        return 0
    return pair.end()


def stands_as_vocative(low: str, start: int, end: int) -> bool:
    """The word at low[start:end] is said to someone: after thanks, a greeting or a title and
    before a pause or the next clause (`thanks will and is that right`), or ending a line
    after no pronoun (`have a good one will`, not `yes it will`)."""
    after = _AFTER_A_MODAL if low[start:end] in _MODALS else _AFTER
    if after.match(low, end) is None:
        return False
    line_start = low.rfind("\n", 0, start) + 1
    before = low[max(line_start, start - 16) : start]
    if _BEFORE.search(before):
        return True
    at_line_end = low[end : end + 1] in ("", "\n")
    word = _WORD_BEFORE.search(before)
    return at_line_end and word is not None and word.group(1) not in _NOT_BEFORE_A_NAME
