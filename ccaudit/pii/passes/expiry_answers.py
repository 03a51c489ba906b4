"""Expiry dates given in answer: "What's the expiry date?" / "twelve twenty-seven".

The recognizer finds a date after an expiry word in the same turn. When the word ends the
turn before ("and the expiry date on the card?", "บัตรหมดอายุเดือนไหนคะ") and that turn gives
no date itself, nor names something else that expires (a coupon), a date that opens the
next turn (filler words aside: "it's", "ค่ะ") is the answer, written or said.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator

from ccaudit.pii.context import find_words, lowered
from ccaudit.pii.findings import Detection
from ccaudit.pii.passes.spoken_expiry import expiry_after
from ccaudit.pii.recognizers.card_expiry import EXPIRY_WORDS, about_something_else

RECOGNIZER_NAME = "ExpiryAnswerFinder"
# As a date right after its label scores (card_expiry.AFTER_EXPIRY_WORD lifted by its word).
ANSWER_SCORE = 0.55
# How far from its end the question may name the expiry date.
QUESTION_REACH = 80


def add_expiry_answers(
    texts: list[str], detections: dict[int, list[Detection]], positions: Collection[int]
) -> None:
    """`texts[p]` is the normalised text `detections[p]` point into; adds in place.
    `positions`: the turns after one that `asks_for_expiry` (the prefilter's answer)."""
    for position, start, end in _answers(texts, positions):
        detections[position].append(
            Detection("CARD_EXPIRY", start, end, ANSWER_SCORE, False, RECOGNIZER_NAME)
        )


def asks_for_expiry(question: str) -> bool:
    """Whether a turn ends by naming a card's expiry date without giving it."""
    tail = max(len(question) - QUESTION_REACH, 0)
    words = [word.end() for word in find_words(EXPIRY_WORDS, question, tail)]
    if not words or about_something_else(question, len(question)):
        return False
    low = lowered(question)
    return not any(expiry_after(low, end, written=True) for end in words)


def opens_with_expiry(text: str) -> bool:
    """Whether an expiry date opens the text, filler words aside."""
    return expiry_after(lowered(text), 0, written=True) is not None


def _answers(texts: list[str], positions: Collection[int]) -> Iterator[tuple[int, int, int]]:
    for position in sorted(positions):
        span = expiry_after(lowered(texts[position]), 0, written=True)
        if span is not None:
            yield position, *span
