"""What every ccaudit pattern recognizer shares: where to look, context words, a threshold.

Presidio's PatternRecognizer runs each pattern over the whole text. Most of a contact-centre
text is words, so ours look only where a match can be: number patterns at the start of the
digit runs found once per text (ccaudit.pii.numbers.digit_runs), context-bound patterns near
their context words, others near an anchor such as '@'. Scoring follows PatternRecognizer:
a passing `validate_result` scores 1.0, a failing one or `invalidate_result` drops the match.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from itertools import pairwise
from typing import ClassVar

from presidio_analyzer import (
    EntityRecognizer,
    Pattern,
    PatternRecognizer,
    RecognizerResult,
)

from ccaudit.pii.context import (
    CONTEXT_AFTER,
    CONTEXT_BEFORE,
    context_window,
    find_words,
    has_word,
    words_regex,
)
from ccaudit.pii.entity import DeclaredEntity
from ccaudit.pii.numbers import digit_runs

# Scores below this are dropped. Recognizers that need context start under it and the
# context enhancer lifts them over it (see ccaudit.pii.context).
CONTEXT_THRESHOLD = 0.4
WINDOW_BEFORE = 60
WINDOW_AFTER = 80
MAX_WIDEN = 30
Window = tuple[int, int]
# Keys of a result's recognition metadata: whether a checksum passed, and the pattern's name.
VALIDATED = "validated"
PATTERN = "pattern"


class RePattern(Pattern):
    """A Presidio Pattern compiled once, as ccaudit runs it: with Python's re, ignoring case.

    Presidio's Pattern checks its regex by compiling it with the regex module, a compile that
    nothing then uses (ccaudit's recognizers match with `compiled`): some 0.15 s of CPU for
    ccaudit's patterns at every start. An invalid regex still fails here, with Presidio's error.
    """

    def __init__(self, name: str, regex: str, score: float):
        try:
            self.compiled = re.compile(regex, re.IGNORECASE)
        except re.error as error:
            raise ValueError(f"Invalid regex pattern: {error}") from None
        if not 0 <= score <= 1:
            raise ValueError(f"Invalid score: {score}. Score should be between 0 and 1")
        self.name = name
        self.regex = regex
        self.score = score
        self.compiled_regex = None
        self.compiled_with_flags = None


class ContextPatternRecognizer(DeclaredEntity, PatternRecognizer):
    """A PatternRecognizer declared by class attributes, one subclass per entity."""

    PATTERNS: ClassVar[tuple[RePattern, ...]]
    CONTEXT: ClassVar[tuple[str, ...]]
    NEGATIVE_CONTEXT: ClassVar[tuple[str, ...]] = ()
    # Words that veto a match only when none of its own context words is near it too ("order",
    # "ref": "Full PAN for ref 4987 ..." is still a card).
    WEAK_NEGATIVE_CONTEXT: ClassVar[tuple[str, ...]] = ()
    NEEDS_CONTEXT: ClassVar[bool] = False
    # A match passing validate_result scores 1.0 and needs no context (cards).
    VALID_WITHOUT_CONTEXT: ClassVar[bool] = False
    # (fewest, most) digits of a match; set for recognizers that look only inside numbers.
    DIGITS: ClassVar[tuple[int, int] | None] = None
    # For a number recognizer with many patterns: the characters a pattern's match opens
    # with, so that it is not tried at a run that opens otherwise (others are always tried).
    OPENS_WITH: ClassVar[dict[str, str]] = {}

    def __init__(self, supported_language: str = "th"):
        super().__init__(
            supported_entity=self.ENTITY,
            name=type(self).__name__,
            supported_language=supported_language,
            patterns=list(self.PATTERNS),
            context=list(self.CONTEXT),
        )
        self.negative_context = self.NEGATIVE_CONTEXT
        self.weak_negative_context = self.WEAK_NEGATIVE_CONTEXT
        if self.NEEDS_CONTEXT:
            self.score_thresholds = {"default": CONTEXT_THRESHOLD}
        self._compiled = [(p, p.compiled) for p in self.PATTERNS]
        # For each character OPENS_WITH names, the patterns to try at a number opening with it.
        self._opening_with = {
            character: [
                (p, c)
                for p, c in self._compiled
                if character in self.OPENS_WITH.get(p.name, character)
            ]
            for character in "".join(self.OPENS_WITH.values())
        }
        self._context_regex = words_regex(self.CONTEXT)
        self._last_windows: tuple[str, list[int] | list[Window]] | None = None

    def may_match(self, text: str) -> bool:
        """Whether there is anywhere to look. The detector leaves a recognizer out of the
        analyzer call when there is not, which spares Presidio's per-recognizer work."""
        return bool(self._windows_of(text))

    def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None):
        results = []
        if self.DIGITS:
            for start in self._windows_of(text):
                self._match_number(text, start, results)
        else:
            for start, end in self._windows_of(text):
                for pattern, compiled in self._compiled:
                    for match in compiled.finditer(text, start, end):
                        result = self._result(pattern, match.start(), match.end(), match.group())
                        if result is not None:
                            results.append(result)
        return EntityRecognizer.remove_duplicates(results) if _overlap(results) else results

    def _match_number(self, text: str, start: int, results: list[RecognizerResult]) -> None:
        """Every pattern of a number recognizer is bounded like a digit run (NUM_START or a
        lookbehind before its '+', and NUM_END), so a match covers a whole run: each pattern
        is tried once, at the run's start (or just after its '+', where a card or ID does not
        take the sign)."""
        first = text[start]
        for pattern, compiled in self._opening_with.get(first, self._compiled):
            match = compiled.match(text, start)
            if match is None and first == "+":
                match = compiled.match(text, start + 1)
            if match is not None:
                result = self._result(pattern, match.start(), match.end(), match.group())
                if result is not None:
                    results.append(result)

    def _windows_of(self, text: str) -> list[int] | list[Window]:
        """`windows`, found once for the text that `may_match` and then `analyze` are given."""
        if self._last_windows is None or self._last_windows[0] is not text:
            self._last_windows = (
                text,
                self.number_starts(text) if self.DIGITS else self.windows(text),
            )
        return self._last_windows[1]

    def number_starts(self, text: str) -> list[int]:
        """For a number recognizer: where the digit runs it could match start."""
        fewest, most = self.DIGITS
        if self.NEEDS_CONTEXT and not self.VALID_WITHOUT_CONTEXT and self._context_regex:
            # The enhancer would drop the rest; not making them saves Presidio's work.
            return [
                s
                for s, e, count in digit_runs(text)
                if fewest <= count <= most and self._context_near(text, s, e)
            ]
        return [s for s, _, count in digit_runs(text) if fewest <= count <= most]

    def windows(self, text: str) -> list[Window]:
        """For the other recognizers: stretches of text where their patterns can match."""
        if self.NEEDS_CONTEXT and self._context_regex is not None:
            words = (m.span() for m in find_words(self._context_regex, text))
            return near_matches(text, words)
        return [(0, len(text))]

    def _context_near(self, text: str, start: int, end: int) -> bool:
        first, last = context_window(text, start, end, CONTEXT_BEFORE, CONTEXT_AFTER)
        return has_word(self._context_regex, text, first, start) or has_word(
            self._context_regex, text, end, last
        )

    def pattern_score(self, pattern: Pattern, pattern_text: str) -> float:
        """The score a match starts with, before validation and context."""
        return pattern.score

    def _result(
        self, pattern: Pattern, start: int, end: int, value: str
    ) -> RecognizerResult | None:
        """The result a match gives, or None. What Presidio's PatternRecognizer puts in an
        AnalysisExplanation, the detector reads from the metadata (VALIDATED, PATTERN): one
        object fewer per match."""
        validation = self.validate_result(value)
        score = self.pattern_score(pattern, value)
        if validation is not None:
            score = self.MAX_SCORE if validation else self.MIN_SCORE
        if self.invalidate_result(value):
            score = self.MIN_SCORE
        if score <= self.MIN_SCORE:
            return None
        return RecognizerResult(
            self.ENTITY,
            start,
            end,
            score,
            recognition_metadata={
                RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
                VALIDATED: validation is True,
                PATTERN: pattern.name,
            },
        )


def _overlap(results: list[RecognizerResult]) -> bool:
    """Whether two results share text: only then is there a duplicate or a contained match to
    remove (scores of zero are never made)."""
    spans = sorted((r.start, r.end) for r in results)
    return any(end > next_start for (_, end), (next_start, _) in pairwise(spans))


def near_matches(
    text: str, anchors: Iterable[Window], before: int = WINDOW_BEFORE, after: int = WINDOW_AFTER
) -> list[Window]:
    """Merged windows around anchor spans, widened to whole words at both ends so that
    a pattern's boundary lookarounds see the real neighbours."""
    windows: list[Window] = []
    for anchor_start, anchor_end in anchors:
        start = _word_start(text, max(anchor_start - before, 0))
        end = _word_end(text, min(anchor_end + after, len(text)))
        if windows and start <= windows[-1][1]:
            windows[-1] = (windows[-1][0], max(end, windows[-1][1]))
        else:
            windows.append((start, end))
    return windows


def _word_start(text: str, position: int) -> int:
    stop = max(position - MAX_WIDEN, 0)
    while position > stop and not text[position - 1].isspace():
        position -= 1
    return position


def _word_end(text: str, position: int) -> int:
    stop = min(position + MAX_WIDEN, len(text))
    while position < stop and not text[position].isspace():
        position += 1
    return position
