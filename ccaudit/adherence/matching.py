"""Find any of several phrasings in a turn: exact on the matching key first, then fuzzy."""

from __future__ import annotations

import re
from dataclasses import dataclass

from rapidfuzz import fuzz

from ccaudit.adherence.text import MatchKey, match_key

DEFAULT_THRESHOLD = 85
# Below this many characters a fuzzy match is mostly noise ("pin" ~ "pen"), so only exact counts.
MIN_FUZZY_CHARS = 6
_BLANK = "\x00"


@dataclass(frozen=True)
class PhraseHit:
    phrase: str
    start: int
    end: int
    score: float


GAP = "..."


class PhraseSet:
    """Phrasings of one thing, compiled once per rule pack; matched against many turns.

    A phrase may hold `...` for "any words here": `call ... recorded` matches "this call is
    being recorded", its parts in order within one turn.
    """

    def __init__(self, phrases: list[str], threshold: float = DEFAULT_THRESHOLD):
        self.phrases = list(phrases)
        self.threshold = threshold
        self._needles: list[tuple[str, tuple[str, ...]]] = []
        for phrase in phrases:
            parts = tuple(k for k in (match_key(p).text for p in phrase.split(GAP)) if k)
            if parts:
                self._needles.append((phrase, parts))
        # One C-level search tells whether any exact match is possible at all, which it
        # mostly is not: most turns say none of a rule's phrases.
        first_parts = sorted({parts[0] for _, parts in self._needles}, key=len, reverse=True)
        self._any_first_part = re.compile("|".join(map(re.escape, first_parts)) or "(?!)")

    def spans(self, text: str) -> list[tuple[int, int]]:
        """Where in the turn's key any phrase occurs (used to blank out exceptions)."""
        key = match_key(text)
        spans = []
        for fuzzy in (False, True):
            if not fuzzy and not self._any_first_part.search(key.text):
                continue
            for phrase, parts in self._needles:
                hit = _find_parts(phrase, parts, key, key.text, fuzzy, self.threshold)
                while hit is not None:
                    spans.append((hit.start, hit.end))
                    hit = _find_parts(phrase, parts, key, key.text, fuzzy, self.threshold, hit.end)
            if spans or self.threshold >= 100:
                break
        return spans

    def find(self, text: str, blocked: list[tuple[int, int]] = ()) -> PhraseHit | None:
        key = match_key(text)
        haystack = _blank_out(key.text, blocked)
        for fuzzy in (False, True):
            if fuzzy and self.threshold >= 100:
                break
            if not fuzzy and not self._any_first_part.search(haystack):
                continue
            for phrase, parts in self._needles:
                hit = _find_parts(phrase, parts, key, haystack, fuzzy, self.threshold)
                if hit is not None:
                    return hit
        return None


def _find_parts(
    phrase: str,
    parts: tuple[str, ...],
    key: MatchKey,
    haystack: str,
    fuzzy: bool,
    threshold: float,
    position: int = 0,
) -> PhraseHit | None:
    first_start, score = None, 100.0
    for part in parts:
        # In the fuzzy pass a lone part is known not to occur exactly; only gapped ones may.
        found = _exact(part, key, haystack, position) if len(parts) > 1 or not fuzzy else None
        if found is None and fuzzy and len(part) >= MIN_FUZZY_CHARS:
            found = _fuzzy(part, haystack, position, threshold)
        if found is None:
            return None
        start, position, part_score = found
        first_start = start if first_start is None else first_start
        score = min(score, part_score)
    return PhraseHit(phrase, first_start, position, score)


def _exact(needle: str, key: MatchKey, haystack: str, position: int):
    start = haystack.find(needle, position)
    while start != -1:
        end = start + len(needle)
        if _on_word_edges(key, needle, start, end):
            return start, end, 100.0
        start = haystack.find(needle, start + 1)
    return None


def _fuzzy(needle: str, haystack: str, position: int, threshold: float):
    rest = haystack[position:]
    if len(rest) < len(needle):
        score = fuzz.ratio(needle, rest, score_cutoff=threshold)
        return (position, len(haystack), score) if score and _BLANK not in rest else None
    found = fuzz.partial_ratio_alignment(needle, rest, score_cutoff=threshold)
    if found is None or _BLANK in rest[found.dest_start : found.dest_end]:
        return None
    return position + found.dest_start, position + found.dest_end, found.score


def _on_word_edges(key: MatchKey, needle: str, start: int, end: int) -> bool:
    """A Latin edge must fall on a word edge ("pin" is not in "spinning"), and so must both
    edges of a short needle (ขอ is not in ขอบคุณ). A longer Thai needle may start or end
    inside a word, because newmm may segment a compound (การบันทึกเสียง) as one word."""
    short = len(needle) < MIN_FUZZY_CHARS
    if (short or needle[0].isascii()) and start not in key.word_starts:
        return False
    return not ((short or needle[-1].isascii()) and end not in key.word_ends)


def _blank_out(text: str, spans: list[tuple[int, int]]) -> str:
    if not spans:
        return text
    chars = list(text)
    for start, end in spans:
        chars[start:end] = _BLANK * (end - start)
    return "".join(chars)
