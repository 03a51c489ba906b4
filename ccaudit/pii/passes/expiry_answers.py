"""Expiry dates given in answer: "What's the expiry date?" / "twelve twenty-seven".

The recognizer finds a date after an expiry word in the same turn. When the word ends the
turn before ("and the expiry date on the card?", "บัตรหมดอายุเดือนไหนคะ") and that turn gives
no date itself, nor names something else that expires (a coupon), a date that opens the
next turn (filler words aside: "it's", "ค่ะ") is the answer, written or said.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterator, Sequence

from ccaudit.pii.context import find_words, has_word, lowered, words_regex
from ccaudit.pii.findings import Detection
from ccaudit.pii.near_words import near_words
from ccaudit.pii.passes.answers import answer_line
from ccaudit.pii.passes.spoken_expiry import expiry_after
from ccaudit.pii.recognizers.card_expiry import EXPIRY_WORDS, about_something_else

RECOGNIZER_NAME = "ExpiryAnswerFinder"
# As a date right after its label scores (card_expiry.AFTER_EXPIRY_WORD lifted by its word).
ANSWER_SCORE = 0.55
_WRITTEN_DATE = re.compile(r"[ \t]*(?:0?[1-9]|1[0-2]) ?/ ?(?:20)?[0-9]{2}(?![0-9])")
_THE_CARDS = frozenset({"CARD_EXPIRY", "CREDIT_CARD"})
# Where the next word starts: after a blank, or a quote or bracket opening it.
_NEXT_WORD = re.compile(r"(?<=[\s\"'“‘(])[^\s\"'“‘(]")
# How far from its end the question may name the expiry date.
QUESTION_REACH = 80
# A turn between question and answer that asks for a moment is short.
MAX_WAIT_CHARS = 60
_CARD_WORDS = words_regex(("card", "บัตร", "visa", "mastercard", "amex", "credit", "debit"))


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
    dated = {p for p, found in detections.items() for d in found if d.entity_type == "CARD_EXPIRY"}
    for position in dated - {0}:
        found = detections[position]
        found[:] = [
            d
            for d in found
            if not (
                d.entity_type == "CARD_EXPIRY"
                and _owner_named_the_turn_before(texts, position, d.start)
            )
        ]


def expiry_answer_turns(texts: Sequence[str], position: int) -> Iterator[int]:
    """The turns that may answer `texts[position]` if it asks for the expiry date: the next,
    or the one after it when the next only asks for a moment ("hold on, the print is tiny")."""
    after = position + 1
    if after >= len(texts):
        return
    if opens_with_expiry(texts[after]):
        if asks_for_expiry(texts[position]):
            yield after
        return
    wait = texts[after]
    if (
        after + 1 < len(texts)
        and len(wait) <= MAX_WAIT_CHARS
        and not any(character.isdigit() for character in wait)
        and opens_with_expiry(texts[after + 1])
        and asks_for_expiry(texts[position])
    ):
        yield after + 1


def _owner_named_the_turn_before(texts: list[str], position: int, start: int) -> bool:
    """Whether a date whose own turn names no card before it has its expiry word in the turn
    before named as something else's: "it says the voucher is valid until 12/26?" / "yes,
    it's valid until December 2026"."""
    text = texts[position]
    line_start = text.rfind("\n", 0, start) + 1
    if has_word(_CARD_WORDS, text, line_start, start):
        return False
    before = texts[position - 1]
    words = list(find_words(EXPIRY_WORDS, before))
    return bool(words) and about_something_else(before, words[-1].end())


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
    """The date that opens each answer, and (if `again`) the dates said later in its line: the
    same date in other words ("06/28, zero six slash twenty eight", "พฤศจิกา twenty eight ค่ะ
    eleven twenty eight") or a correction ("oh nine twenty seven, no wait, that's my old one,
    it's eleven twenty nine")."""
    for position in sorted(positions):
        if position >= len(texts):
            continue
        low = lowered(texts[position])
        first, last = answer_line(low)
        span = expiry_after(low, first, written=True)
        if span is not None:
            yield position, *span
        if not again:
            continue
        # A written MM/YY with the date said after it is the recognizer's to find.
        written = _WRITTEN_DATE.match(low, first) if span is None else None
        end = span[1] if span is not None else written.end() if written else None
        if end is not None:
            yield from ((position, *later) for later in _later_dates(low, end, last))


def _later_dates(low: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """Dates in low[start:end], each found where a word starts, until a word that names
    another kind of value ("and the cvv is 338")."""
    position = start
    while position < end:
        span = expiry_after(low, position, written=True) or _written_date(low, position)
        if span is not None and span[1] <= end and not _three_digits(low[span[0] : span[1]]):
            yield span
            position = span[1]
            continue
        word = _NEXT_WORD.search(low, position + 1, end)
        if word is None or _names_another_kind(low, position, word.start()):
            return
        position = word.start()


def _written_date(low: str, position: int) -> tuple[int, int] | None:
    match = _WRITTEN_DATE.match(low, position)
    return (match.end() - len(match.group().lstrip()), match.end()) if match else None


def _names_another_kind(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] names a value other than the card's ("card" is its own)."""
    return any(
        entity not in _THE_CARDS and not negative
        for _, keys in near_words().words_in(text, start, end)
        for entity, negative in keys
    )
