"""The context words of every ccaudit recognizer in one alternation, each word mapped to the
recognizers whose words it holds (เลขบัตรประชาชน holds บัตร, a card word, and บัตรประชาชน, an ID
word), as a search with each recognizer's own words would have found them. It reads a
question once for every kind of number it may ask for (ccaudit.pii.passes.answers).

Measured: searching each number's window with it instead of with each recognizer's own words
costs more than it saves, since `re` tries the alternation's many first letters everywhere.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from functools import cache

from ccaudit.pii.context import (
    find_words,
    words_regex,
)

Key = tuple[str, bool]  # (entity, negative)


class NearWords:
    def __init__(self, words: Mapping[Key, Iterable[str]]):
        lowered = {key: {w.lower() for w in group} for key, group in words.items()}
        every = set().union(*lowered.values())
        self.entities = frozenset(entity for entity, _ in lowered)
        self._regex = words_regex(every)
        self._owners = {word: _owners(word, lowered) for word in every}

    def words_in(self, text: str, start: int, end: int) -> list[tuple[int, frozenset[Key]]]:
        """(where it ends, whose words it holds) for each context word in text[start:end]."""
        return [
            (word.end(), self._owners[word.group()])
            for word in find_words(self._regex, text, start, end)
        ]


def _owners(word: str, words: Mapping[Key, set[str]]) -> frozenset[Key]:
    """The keys with a word that `word` holds where a search would find it on its own."""
    return frozenset(
        key for key, group in words.items() if any(_holds(word, other) for other in group)
    )


def _holds(word: str, other: str) -> bool:
    if other not in word:  # the common case, and no pattern to compile for it
        return False
    if not (other.isascii() and other[0].isalpha()):
        return True
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
