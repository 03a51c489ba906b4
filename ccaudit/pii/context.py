"""Context scoring by character window, which works on unsegmented Thai.

Presidio's LemmaContextAwareEnhancer compares lemmas of the few tokens before a match:
blank spaCy pipelines give no lemmas, and Thai has no spaces to count tokens by. Here a
recognizer's context words are looked for in the characters around the match instead.
English words must stand alone (`exp` is not found in `explain`); Thai words cannot, so
they match anywhere in the window, except before a vowel or tone mark that needs the
word's last consonant (พิน is no word of ลุมพินี, a place: that น opens the syllable นี).
Words in a recognizer's `negative_context` (an IMEI label before a 15-digit run, say) veto
a match that follows them closely: labels come before values, and whatever follows a value
is usually the next item's label.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache
from itertools import groupby
from operator import itemgetter

from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.context_aware_enhancers import ContextAwareEnhancer
from presidio_analyzer.nlp_engine import NlpArtifacts

CONTEXT_BEFORE = 40
CONTEXT_AFTER = 20
# Thai vowel signs above, below and after a consonant, and tone marks: never a word's first
# character.
_TAKES_THE_CONSONANT_BEFORE = re.compile("[\u0e30-\u0e3a\u0e47-\u0e4e]")


def words_regex(words: Iterable[str]) -> re.Pattern[str] | None:
    """One alternation that takes the longest word where one starts. Boundaries are checked
    by `find_words`: a leading lookbehind would stop `re` from skipping ahead by first
    character."""
    ordered = sorted({w.lower() for w in words})
    return re.compile(_longest_first(ordered)) if ordered else None


def _longest_first(words: list[str]) -> str:
    """Sorted words nested by shared first letters (exp, expire, expiry as
    `e(?:x(?:p(?:i(?:r(?:e|y)))?))`), so that `re` tests a letter once where a flat list tests
    every word that starts with it; a longer word is tried before the word it extends, so
    the matches are those of a flat alternation sorted longest first."""
    branches = []
    for letter, group in groupby(words, key=itemgetter(0)):
        rests = [word[1:] for word in group]
        if len(rests) == 1:
            branches.append(re.escape(letter + rests[0]))
            continue
        longer = [rest for rest in rests if rest]
        optional = "?" if len(longer) < len(rests) else ""
        branches.append(f"{re.escape(letter)}(?:{_longest_first(longer)}){optional}")
    return "|".join(branches)


@lru_cache(maxsize=4)
def lowered(text: str) -> str:
    """Lowercase with every position unchanged (str.lower turns İ into two characters)."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


def find_words(
    pattern: re.Pattern[str], text: str, start: int = 0, end: int | None = None
) -> Iterator[re.Match[str]]:
    """Context words in text[start:end]; an English word must not sit inside a longer one."""
    low = lowered(text)
    for match in pattern.finditer(low, start, len(low) if end is None else end):
        if _stands_alone(low, match):
            yield match


def has_word(pattern: re.Pattern[str], text: str, start: int, end: int) -> bool:
    """Whether `find_words` finds anything in text[start:end], without building a generator
    (this runs for every number and every result)."""
    low = lowered(text)
    match = pattern.search(low, start, end)
    while match is not None:
        if _stands_alone(low, match):
            return True
        match = pattern.search(low, match.end(), end)
    return False


def context_window(text: str, start: int, end: int, before: int, after: int) -> tuple[int, int]:
    """Where to look for context around text[start:end]. It may reach into the turn before
    (an agent's question), but not into the next turn, which is about something else."""
    next_turn = text.find("\n", end, end + after)
    return max(start - before, 0), next_turn if next_turn != -1 else end + after


def _stands_alone(low: str, match: re.Match[str]) -> bool:
    """An English word must not sit inside a longer one; a Thai word must not end on a
    consonant that the next mark takes into the next syllable."""
    word = match.group()
    start, end = match.span()
    if not (word.isascii() and word[0].isalpha()):
        return end == len(low) or not _TAKES_THE_CONSONANT_BEFORE.match(low, end)
    before = low[start - 1] if start > 0 else " "
    after = low[end] if end < len(low) else " "
    return not (("a" <= before <= "z") or ("a" <= after <= "z"))


class WindowContextEnhancer(ContextAwareEnhancer):
    """Raise a result's score when one of its recognizer's context words is nearby."""

    def __init__(
        self,
        context_similarity_factor: float = 0.4,
        min_score_with_context_similarity: float = 0.4,
        chars_before: int = CONTEXT_BEFORE,
        chars_after: int = CONTEXT_AFTER,
        negative_chars_before: int = 15,
        negative_chars_after: int = 0,
    ):
        super().__init__(
            context_similarity_factor,
            min_score_with_context_similarity,
            context_prefix_count=chars_before,
            context_suffix_count=chars_after,
        )
        self.negative_before = negative_chars_before
        self.negative_after = negative_chars_after

        self._patterns: dict[
            str, tuple[re.Pattern[str] | None, re.Pattern[str] | None, re.Pattern[str] | None]
        ] = {}

    def enhance_using_context(
        self,
        text: str,
        raw_results: list[RecognizerResult],
        nlp_artifacts: NlpArtifacts,
        recognizers: list[EntityRecognizer],
        context: list[str] | None = None,
    ) -> list[RecognizerResult]:
        by_id = {r.id: r for r in recognizers}
        for result in raw_results:
            recognizer = by_id.get(
                result.recognition_metadata[RecognizerResult.RECOGNIZER_IDENTIFIER_KEY]
            )
            if recognizer is None:
                continue
            positive, negative, weak = self._compiled(recognizer, context)
            if negative and self._near(
                negative, text, result, self.negative_before, self.negative_after
            ):
                result.score = self.MIN_SCORE
                continue
            if weak and self._near(weak, text, result, self.negative_before, self.negative_after):
                named = positive is not None and self._near(
                    positive, text, result, self.context_prefix_count, self.context_suffix_count
                )
                if not named:
                    result.score = self.MIN_SCORE
                    continue
            if result.score >= self.MAX_SCORE:
                continue  # a validated card: context cannot raise it further
            if positive and self._near(
                positive, text, result, self.context_prefix_count, self.context_suffix_count
            ):
                boosted = result.score + self.context_similarity_factor
                result.score = min(
                    max(boosted, self.min_score_with_context_similarity), self.MAX_SCORE
                )
        return raw_results

    def _compiled(
        self, recognizer: EntityRecognizer, context: list[str] | None
    ) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None, re.Pattern[str] | None]:
        key = recognizer.id if not context else f"{recognizer.id}:{'|'.join(context)}"
        if key not in self._patterns:
            words = list(recognizer.context or []) + list(context or [])
            negative = getattr(recognizer, "negative_context", ())
            weak = getattr(recognizer, "weak_negative_context", ())
            self._patterns[key] = (words_regex(words), words_regex(negative), words_regex(weak))
        return self._patterns[key]

    @staticmethod
    def _near(
        pattern: re.Pattern[str], text: str, result: RecognizerResult, before: int, after: int
    ) -> bool:
        first, last = context_window(text, result.start, result.end, before, after)
        return has_word(pattern, text, first, result.start) or has_word(
            pattern, text, result.end, last
        )
