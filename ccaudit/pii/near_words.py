"""Which recognizers' context words stand near a span: one search for all of them.

Every number recognizer asks, for each digit run, whether its context words are near, and
the context enhancer asks again, for each result, for its positive and negative words. Each
asked with its own words, that was a search per recognizer per number. Here the context
words of every ccaudit recognizer are one alternation: a span's window is searched once, and
each word found counts for every recognizer whose words it holds (เลขบัตรประชาชน holds บัตร,
a card word, and บัตรประชาชน, an ID word), as a search with that recognizer's own words would
have found them. The answer is kept for the text being analysed, which every recognizer and
then the enhancer are given in turn.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from functools import cache

from ccaudit.pii.context import (
    CONTEXT_AFTER,
    CONTEXT_BEFORE,
    context_window,
    find_words,
    words_regex,
)

# How far before a span the words that veto it are looked for (labels come before values).
NEGATIVE_BEFORE = 15
Key = tuple[str, bool]  # (entity, negative)


class NearWords:
    def __init__(self, words: Mapping[Key, Iterable[str]]):
        lowered = {key: {w.lower() for w in group} for key, group in words.items()}
        every = set().union(*lowered.values())
        self.entities = frozenset(entity for entity, _ in lowered)
        self._regex = words_regex(every)
        self._owners = {word: _owners(word, lowered) for word in every}
        self._text: str | None = None
        self._found: dict[tuple[int, int], frozenset[Key]] = {}

    def near(self, text: str, start: int, end: int) -> frozenset[Key]:
        """(entity, False) for each entity with a context word within CONTEXT_BEFORE
        characters before text[start:end] or CONTEXT_AFTER after it (not past the line),
        and (entity, True) for each with a negative word within NEGATIVE_BEFORE before it."""
        if text is not self._text:
            self._text, self._found = text, {}
        keys = self._found.get((start, end))
        if keys is None:
            keys = self._found[start, end] = self._search(text, start, end)
        return keys

    def words_in(self, text: str, start: int, end: int) -> list[tuple[int, frozenset[Key]]]:
        """(where it ends, whose words it holds) for each context word in text[start:end]."""
        return [
            (word.end(), self._owners[word.group()])
            for word in find_words(self._regex, text, start, end)
        ]

    def _search(self, text: str, start: int, end: int) -> frozenset[Key]:
        first, last = context_window(text, start, end, CONTEXT_BEFORE, CONTEXT_AFTER)
        keys: set[Key] = set()
        for word in find_words(self._regex, text, first, last):
            word_start, word_end = word.span()
            if word_end <= start:
                near_start = word_start >= start - NEGATIVE_BEFORE
                keys.update(k for k in self._owners[word.group()] if near_start or not k[1])
            elif word_start >= end:
                keys.update(k for k in self._owners[word.group()] if not k[1])
        return frozenset(keys)


def _owners(word: str, words: Mapping[Key, set[str]]) -> frozenset[Key]:
    """The keys with a word that `word` holds where a search would find it on its own."""
    return frozenset(
        key for key, group in words.items() if any(_holds(word, other) for other in group)
    )


def _holds(word: str, other: str) -> bool:
    if not (other.isascii() and other[0].isalpha()):
        return other in word
    return re.search(rf"(?<![a-z]){re.escape(other)}(?![a-z])", word) is not None


@cache
def near_words() -> NearWords:
    """For ccaudit's own recognizers, built once."""
    from ccaudit.pii.registry import RECOGNIZERS

    words: dict[Key, Iterable[str]] = {}
    for recognizer in RECOGNIZERS:
        context = getattr(recognizer, "CONTEXT", ())
        if context:
            words[recognizer.ENTITY, False] = context
            words[recognizer.ENTITY, True] = getattr(recognizer, "NEGATIVE_CONTEXT", ())
    return NearWords(words)
