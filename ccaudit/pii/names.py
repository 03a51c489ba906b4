"""pythainlp's bundled Thai name lists, looked up by prefix, and the cheap hints that say a
text holds no name at all, so the prefilter skips most cues.

The hints must find every place ccaudit.pii.recognizers.person finds a name; tests check
that they do on generated text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache, lru_cache
from itertools import groupby

from pythainlp.corpus import thai_family_names, thai_female_names, thai_male_names, thai_words

# The last word of every person.THAI_CUE match; a name starts right after one (and its
# optional space).
_THAI_CUE_LAST_WORDS = (
    "คุณ", "นางสาว", "นาย", "นาง", "น.ส.", "ด.ช.", "ด.ญ.", "ผม", "ดิฉัน", "ฉัน", "หนู", "ชื่อว่า", "ชื่อ",
)  # fmt: skip
# The letters person.EN_CUE's (?i) matches for an ASCII letter: its two cases and the few other
# characters Python's `re` folds onto it (a test checks these against every code point).
_CASE_FOLDS = {"i": "İı", "s": "ſ"}
# Each person.EN_CUE cue word's last letter, and the characters its cue words have before
# that letter.
_CUE_WORD_ENDINGS = {"s": "i'’rms", "m": "a'’", "h": "t", "r": "md"}


def _any_case(character: str) -> str:
    """Every character EN_CUE's (?i) takes for `character` (given in lower case)."""
    cases = character + character.upper() + _CASE_FOLDS.get(character, "")
    return "".join(dict.fromkeys(cases))


_CUE_WORD_END = "|".join(
    f"[{''.join(map(_any_case, before))}][{_any_case(end)}]"
    for end, before in _CUE_WORD_ENDINGS.items()
)
# Where a name can follow EN_CUE: the last two letters of a cue word, an optional dot, a space
# and a capital. Text without one holds no English name. The pattern starts at the capital,
# rarer than the cue words' last letters, so `re` skips ahead further; the rest is checked behind.
EN_NAME_HINT = re.compile(
    rf"[A-Z][a-z'](?:(?<=(?:{_CUE_WORD_END}) ..)|(?<=(?:{_CUE_WORD_END})\. ..))"
)


class NameList:
    """Names (of two letters or more, as pythainlp's are) indexed by their first letters, so
    a lookup tries only lengths that exist; and the dictionary words that are not names, so a
    name that only begins a longer word is not taken for one."""

    def __init__(self, names: Iterable[str], words: frozenset[str] = frozenset()):
        self.names = frozenset(names)
        self.words = words
        self._first_two = frozenset(name[:2] for name in self.names)
        lengths: dict[str, set[int]] = {}
        for name in self.names:
            if len(name) > 2:
                lengths.setdefault(name[:3], set()).add(len(name))
        self._lengths = {k: sorted(v, reverse=True) for k, v in lengths.items()}

    def longest_at(self, text: str, start: int) -> int:
        """Length of the longest name text[start:] begins with, or 0."""
        first_two = text[start : start + 2]
        if first_two not in self._first_two:
            return 0
        room = len(text) - start
        for length in self._lengths.get(text[start : start + 3], ()):
            if length <= room and text[start : start + length] in self.names:
                return length
        return len(first_two) if first_two in self.names else 0

    def name_at(self, text: str, start: int) -> int:
        """Length of the longest name that starts here, unless it starts a longer word; or 0."""
        length = self.longest_at(text, start)
        if length and self._inside_longer_word(text, start, length):
            return 0
        return length

    def _inside_longer_word(self, text: str, start: int, length: int) -> bool:
        # Up to 8 more letters; slices running past the end of the text would all be the same.
        for n in range(length + 1, min(length + 9, len(text) - start + 1)):
            if text[start : start + n] in self.words:
                return True
        return False


@lru_cache(maxsize=1)
def name_lists() -> tuple[NameList, NameList]:
    """The given names and the family names."""
    given = frozenset([*thai_female_names(), *thai_male_names()])
    family = thai_family_names()
    words = frozenset(w for w in thai_words() if w not in given and w not in family)
    return NameList(given, words), NameList(family, words)


@cache
def thai_name_hint() -> re.Pattern[str]:
    """Where a name can follow a Thai cue: a cue's last word, an optional space, then a capital
    Latin letter or the first letters of a listed given name (which may be the cue's title, as
    in ผมชื่อคุณานนท์). Text without one holds no Thai name; most cues fail here (คุณต้องการ).
    Five letters of a name reject about half the cues that three let through (ดิฉันเป็น), at
    little cost to the search."""
    given, _ = name_lists()
    cue = "|".join(map(re.escape, _THAI_CUE_LAST_WORDS))
    name_start = _alternation(_shortest_prefixes(given.names, 5))
    return re.compile(rf"(?:{cue})(?<!ขอบคุณ)\s?(?=[A-Z][a-z]|{name_start})")


def _shortest_prefixes(words: Iterable[str], length: int) -> list[str]:
    """The words' first `length` letters, without those that begin with another of them."""
    prefixes = sorted({w[:length] for w in words})
    kept: list[str] = []
    for prefix in prefixes:
        if not kept or not prefix.startswith(kept[-1]):
            kept.append(prefix)
    return kept


def _alternation(words: list[str]) -> str:
    """A regex for sorted words, none the start of another, nested by shared first letters so
    `re` tests each letter once rather than every word in turn."""
    branches = []
    for letter, group in groupby(words, key=lambda word: word[0]):
        rests = [word[1:] for word in group]
        branches.append(re.escape(letter) + ("" if rests == [""] else _alternation(rests)))
    return branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
