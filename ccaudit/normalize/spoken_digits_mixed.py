"""Digits said in English and Thai by turns: "zero nine หก three สี่ four" -> "096 34".

Bilingual callers switch language from one digit to the next. The English and the Thai
steps each see only their own words, so such a run falls apart into pieces too short for
either. Here a run may hold both kinds of words (and written digits); it changes only when it
holds words of both languages and at least four spoken digits, and each Thai word ends where
the Thai step would let it end (not inside a longer word such as สามี). The other steps'
replacements inside a mixed run give way to it (see `normalize`).
"""

from __future__ import annotations

import re

from ccaudit.normalize.digit_runs import BLANK, DigitToken, RunPolicy, run_replacements
from ccaudit.normalize.offsets import Replacement
from ccaudit.normalize.spoken_digits_en import (
    ENGLISH_DIGITS,
    english_digit_token,
    english_token_regex,
    has_english_digit_word,
    lowered,
)
from ccaudit.normalize.spoken_digits_th import (
    DIGIT_WORDS,
    INNER_ONLY,
    runs_into_word,
    thai_digit_of,
    without_inner_only_ends,
)
from ccaudit.thai_script import is_thai_letter

_THAI_WORD = "|".join(DIGIT_WORDS)
_TOKEN = rf"(?:{english_token_regex()}|{_THAI_WORD}|[0-9]+)"
_TOKEN_PATTERN = re.compile(_TOKEN)
_SEPARATOR = rf"(?:{BLANK}*[,-]?{BLANK}*)"
_RUN_PATTERN = re.compile(rf"(?<![A-Za-z0-9'_]){_TOKEN}(?:{_SEPARATOR}{_TOKEN})+")
# Single digit words of both languages (lower case), for a few said apart from any run.
SPOKEN_DIGIT_WORDS = "|".join(
    [
        *(w for w in DIGIT_WORDS if w not in INNER_ONLY),
        *sorted(ENGLISH_DIGITS, key=len, reverse=True),
    ]
)
_LATIN_LETTER = re.compile(r"[A-Za-z]")
POLICY = RunPolicy(min_spoken=4, min_spoken_beside_written=4, min_spoken_standing_alone=4)


def spoken_mixed_digits(text: str) -> list[tuple[int, int, list[Replacement]]]:
    """(start, end, replacements) of each run that mixes English and Thai digit words."""
    if _LATIN_LETTER.search(text) is None:
        return []
    text = lowered(text)
    if not has_english_digit_word(text):
        return []
    runs = []
    for run in _RUN_PATTERN.finditer(text):
        tokens = _tokens(text, run.start(), run.end())
        languages = {token_language for _, token_language in tokens}
        if not {"en", "th"} <= languages:
            continue
        digit_tokens = without_inner_only_ends(text, [token for token, _ in tokens])
        if not digit_tokens:
            continue
        replacements = run_replacements(text, digit_tokens, POLICY)
        if replacements:
            runs.append((digit_tokens[0].start, digit_tokens[-1].end, replacements))
    return runs


def _tokens(text: str, start: int, end: int) -> list[tuple[DigitToken, str]]:
    """The run's tokens with their language; a Thai word that runs on into a longer word
    ends the run before it."""
    tokens: list[tuple[DigitToken, str]] = []
    for match in _TOKEN_PATTERN.finditer(text, start, end):
        word = match.group()
        if word[0].isdigit():
            tokens.append((DigitToken(*match.span(), word, False), "digits"))
            continue
        digit = thai_digit_of(word)
        if digit is None:
            tokens.append((english_digit_token(match), "en"))
            continue
        token = DigitToken(*match.span(), digit, True)
        if _before_thai_letter(text, token.end) and runs_into_word(text, token):
            break
        tokens.append((token, "th"))
    return tokens


def spoken_digit(word: str) -> str | None:
    """The digit one lower-case digit word of either language says, or None."""
    return thai_digit_of(word) or ENGLISH_DIGITS.get(word)


def _before_thai_letter(text: str, position: int) -> bool:
    return position < len(text) and is_thai_letter(text[position])
