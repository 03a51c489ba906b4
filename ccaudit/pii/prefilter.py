"""Cheap checks that every turn able to hold PII passes; the rest skip Presidio.

They must stay a superset of what the recognizers and the normaliser look for: digits
(ASCII and Thai), '@', runs of three spoken digits (fewer are words: สองสามวัน is "a couple
of days"), spoken email addresses (an "at" word), and names after their cues, checked as
the PERSON recognizer checks them, since คุณ ("you") and "I'm" open most turns.
"""

from __future__ import annotations

import re

from ccaudit.normalize.spoken_digits_th import DIGIT_WORDS
from ccaudit.pii.recognizers.person import (
    EN_CUE_STARTS,
    THAI_CUE_STARTS,
    english_name_spans,
    thai_name_spans,
)

_DIGIT_OR_AT = re.compile(r"[0-9\u0E50-\u0E59@]")
_THAI_LETTER = re.compile(r"[\u0E01-\u0E4E]")
_LATIN_LETTER = re.compile(r"[A-Za-z]")
_TH_DIGIT = f"(?:{'|'.join(DIGIT_WORDS)})"
# Patterns here start with a literal in every top-level alternative, so that `re` can skip
# ahead to a possible first character; a leading lookbehind or group would stop it.
_TH_SPOKEN_DIGITS = re.compile(rf"{_TH_DIGIT}\s?{_TH_DIGIT}\s?{_TH_DIGIT}")
_TH_AT = re.compile("แอท|แอ็ท|แอด|แอ็ด")
_EN_DIGIT_WORD = r"(?:zero|oh|one|two|three|four|five|six|seven|eight|nine|double|triple)(?![a-z])"
# Three digit words in a row, whatever non-letters stand between them; `_has_spoken_english`
# checks that the first one starts a word.
_EN_SPOKEN_DIGITS = re.compile(rf"{_EN_DIGIT_WORD}(?:[^a-z]+{_EN_DIGIT_WORD}){{2}}")


def may_contain_pii(text: str) -> bool:
    if _DIGIT_OR_AT.search(text):
        return True
    if _THAI_LETTER.search(text) and (
        _TH_SPOKEN_DIGITS.search(text) or _TH_AT.search(text) or _has_thai_name(text)
    ):
        return True
    if not _LATIN_LETTER.search(text):
        return False
    low = text.lower()
    return _has_spoken_english(low) or _has_english_name(text, low)


def _has_thai_name(text: str) -> bool:
    """Most turns hold no cue at all; one plain search says so before any name lookup."""
    if THAI_CUE_STARTS.search(text) is None:
        return False
    return next(thai_name_spans(text), None) is not None


def _has_english_name(text: str, low: str) -> bool:
    """As `_has_thai_name`; `low` is text.lower(), where every cue would show too."""
    if EN_CUE_STARTS.search(low) is None:
        return False
    return next(english_name_spans(text), None) is not None


def _has_spoken_english(text: str) -> bool:
    """Three spoken digits in a row, or an address read out (" at " and "dot")."""
    if " at " in text and "dot" in text:
        return True
    match = _EN_SPOKEN_DIGITS.search(text)
    while match is not None:
        start = match.start()
        if start == 0 or not ("a" <= text[start - 1] <= "z"):
            return True
        match = _EN_SPOKEN_DIGITS.search(text, start + 1)
    return False
