"""Expiry dates given in answer: "What's the expiry date?" / "twelve twenty-seven".

The recognizer finds a date after an expiry word in the same turn. When the word ends the
turn before ("and the expiry date on the card?", "บัตรหมดอายุเดือนไหนคะ") and that turn gives
no date itself, nor names something else that expires (a coupon), a date that opens the
next turn (filler words aside: "it's", "ค่ะ") is the answer, written or said.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterator

from ccaudit.pii.context import find_words, lowered
from ccaudit.pii.findings import Detection
from ccaudit.pii.passes.answers import answer_line
from ccaudit.pii.passes.spoken_expiry import expiry_after
from ccaudit.pii.recognizers.card_expiry import EXPIRY_WORDS, about_something_else

RECOGNIZER_NAME = "ExpiryAnswerFinder"
# As a date right after its label scores (card_expiry.AFTER_EXPIRY_WORD lifted by its word).
ANSWER_SCORE = 0.55
_WRITTEN_DATE = re.compile(r"[ \t]*(?:0?[1-9]|1[0-2]) ?/ ?(?:20)?[0-9]{2}(?![0-9])")
# How far from its end the question may name the expiry date.
QUESTION_REACH = 80


def add_expiry_answers(
    texts: list[str], detections: dict[int, list[Detection]], positions: Collection[int]
) -> None:
    """`texts[p]` is the normalised text `detections[p]` point into; adds in place.
    `positions`: the turns after one that `asks_for_expiry` (the prefilter's answer)."""
    answered = list(_answers(texts, positions))
    # The agent reading the date back, in other words perhaps ("ธ.ค. 70" / "ธันวาคม 2570
    # นะคะ"), in the turn after the answer; only a turn that may hold PII was normalised.
    read_back = {p + 1 for p, _, _ in answered} - set(positions)
    answered += [
        (p, start, end)
        for p, start, end in _answers(texts, [p for p in read_back if p in detections], False)
        # Three bare digits ("338", not 3/38) after the date are the CVV, given unasked.
        if not _three_digits(texts[p][start:end])
    ]
    for position, start, end in answered:
        detections[position].append(
            Detection("CARD_EXPIRY", start, end, ANSWER_SCORE, False, RECOGNIZER_NAME)
        )


def _three_digits(date: str) -> bool:
    digits = date.replace(" ", "")
    return digits.isdigit() and len(digits) == 3


def asks_for_expiry(question: str) -> bool:
    """Whether a turn ends by naming a card's expiry date without giving it."""
    tail = max(len(question) - QUESTION_REACH, 0)
    found = list(find_words(EXPIRY_WORDS, question, tail))
    if not found:
        return False
    # Whose expiry: a word just before the expiry word, or just before the question's end.
    if about_something_else(question, found[-1].start()) or about_something_else(
        question, len(question)
    ):
        return False
    words = [word.end() for word in found]
    low = lowered(question)
    return not any(expiry_after(low, end, written=True) for end in words)


def opens_with_expiry(text: str) -> bool:
    """Whether an expiry date opens the text, filler words and a speaker's label aside."""
    return expiry_after(lowered(text), answer_line(text)[0], written=True) is not None


def _answers(
    texts: list[str], positions: Collection[int], again: bool = True
) -> Iterator[tuple[int, int, int]]:
    """The date that opens each answer, and (if `again`) the same date said again right
    after it ("06/28, zero six slash twenty eight")."""
    for position in sorted(positions):
        if position >= len(texts):
            continue
        low = lowered(texts[position])
        first = answer_line(low)[0]
        span = expiry_after(low, first, written=True)
        if span is not None:
            yield position, *span
        if not again:
            continue
        # A written MM/YY with the date said after it is the recognizer's to find.
        written = _WRITTEN_DATE.match(low, first) if span is None else None
        end = span[1] if span is not None else written.end() if written else None
        again = expiry_after(low, end, written=True) if end is not None else None
        # Said again means right after it: "and uh three three eight" is the CVV.
        if again is not None and not low[end : again[0]].strip(" \t,;.-"):
            yield position, *again
