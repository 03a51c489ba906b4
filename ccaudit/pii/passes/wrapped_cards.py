"""Card numbers wrapped onto the next line inside one turn: "Mastercard 5425 2334 3010\\n9903".

Digit runs never cross a line break (the batch joins turns with them), so each line's piece
is read alone, the first perhaps as a 12-digit bank account. Two runs with only a line break
between them whose digits together make a valid card, with card words in the turn or the
one before, are one card. It scores as a validated card, so keep_best drops the pieces'
own readings, which all score lower.
"""

from __future__ import annotations

import re
from itertools import pairwise

from ccaudit.normalize.checksums import is_card_number
from ccaudit.pii.context import CONTEXT_AFTER, CONTEXT_BEFORE, context_window, has_word, words_regex
from ccaudit.pii.findings import Detection
from ccaudit.pii.numbers import digit_runs, digits_only
from ccaudit.pii.recognizers.credit_card import CardNumberRecognizer

RECOGNIZER_NAME = "WrappedCardFinder"
_LINE_BREAK = re.compile(r"[ \t]*\r?\n[ \t]*")
_CARD_WORDS = words_regex(CardNumberRecognizer.CONTEXT)


def add_wrapped_cards(texts: list[str], detections: dict[int, list[Detection]]) -> None:
    """`texts[p]` is the normalised text `detections[p]` point into; adds in place."""
    for position, found in detections.items():
        text = texts[position]
        if "\n" not in text:
            continue
        for (start, first_end, _), (second_start, end, _) in pairwise(digit_runs(text)):
            if not _LINE_BREAK.fullmatch(text, first_end, second_start):
                continue
            if _glued_to_code(text, start, end) or not is_card_number(digits_only(text[start:end])):
                continue
            previous = texts[position - 1][-CONTEXT_BEFORE:] if position > 0 else ""
            if _card_words_near(text, start, end) or has_word(
                _CARD_WORDS, previous, 0, len(previous)
            ):
                found.append(Detection("CREDIT_CARD", start, end, 1.0, True, RECOGNIZER_NAME))


def _glued_to_code(text: str, start: int, end: int) -> bool:
    """Digits glued to Latin letters are a code (a tracking number), as in numbers.NUM_START."""
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    return (before.isascii() and before.isalpha()) or (after.isascii() and after.isalnum())


def _card_words_near(text: str, start: int, end: int) -> bool:
    first, last = context_window(text, start, end, CONTEXT_BEFORE, CONTEXT_AFTER)
    return has_word(_CARD_WORDS, text, first, start) or has_word(_CARD_WORDS, text, end, last)
