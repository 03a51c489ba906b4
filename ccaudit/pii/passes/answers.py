"""Numbers given in answer: "and the three digit code on the back?" / "seven one nine".

A turn that says a number and little else, right after a turn whose last words ask for a
kind of number ("ขอเลขบัญชีต้นทางครับ", "what's the best number to reach you?"), gives
that kind of number, with no context word of its own near it. The nearest word to the end
of the question decides the kind, among those whose length the number has; a Thai ID must
pass its checksum and a phone must be one a carrier could issue. A turn in which the
recognizers found anything already is left as it is.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection

from ccaudit.pii.findings import Detection
from ccaudit.pii.near_words import near_words
from ccaudit.pii.numbers import digit_runs, digits_only, is_luhn_valid, is_thai_id_valid
from ccaudit.pii.phones import is_phone_number

RECOGNIZER_NAME = "AnswerFinder"
# As a number beside its own context word would score at least.
ANSWER_SCORE = 0.5
# How much of the question, from its end, may hold the word that asks.
QUESTION_REACH = 100
# Longer turns say more than a number; what they say is no answer to the question before.
MAX_ANSWER_CHARS = 80
# Words an answer may carry around its number: "okay it's ...", "ได้แล้วค่ะ ... ค่ะ".
_AROUND = re.compile(
    r"(?:[\s,.!?:;\-]|ค่ะ|คะ|ครับ|นะ|จ้ะ|จ้า|ค่า|ได้แล้ว|คือ|um|uh|er|okay|ok|yes|yeah|sure|so"
    r"|it's|its|it is|that's|i got|i have|got it|right|sorry)*",
    re.IGNORECASE,
)
# Which entity a number of so many digits can be, and how to check one that has no
# checksum of its own.
DIGITS = {
    "CARD_CVV": (3, 4),
    "OTP": (4, 8),
    "PHONE_NUMBER": (9, 15),
    "BANK_ACCOUNT": (10, 12),
    "TH_TNIN": (13, 13),
    "CREDIT_CARD": (14, 19),
}


def add_answers(
    texts: list[str],
    detections: dict[int, list[Detection]],
    positions: Collection[int],
    wants: Callable[[str], bool],
) -> None:
    """`texts[p]` is the normalised text `detections[p]` point into; adds in place. Only
    turns in `positions` can hold an answer, and only of a wanted entity."""
    for position in sorted(positions):
        if position == 0:
            continue
        text = texts[position]
        if detections[position] or len(text) > MAX_ANSWER_CHARS:
            continue  # found already, or more than an answer
        runs = digit_runs(text)
        if len(runs) != 1:
            continue
        start, end, count = runs[0]
        if not (_AROUND.fullmatch(text, 0, start) and _AROUND.fullmatch(text, end)):
            continue
        entity = _asked_for(texts[position - 1], digits_only(text[start:end]))
        if entity is not None and wants(entity):
            validated = entity == "TH_TNIN" or (entity == "CREDIT_CARD" and count >= 14)
            detections[position].append(
                Detection(entity, start, end, ANSWER_SCORE, validated, RECOGNIZER_NAME)
            )


def _asked_for(question: str, digits: str) -> str | None:
    """The entity the last asking word of the question names that the digits can be."""
    words = near_words().words_in(question, max(len(question) - QUESTION_REACH, 0), len(question))
    for _, keys in reversed(words):
        for entity, negative in keys:
            if not negative and _can_be(entity, digits):
                return entity
    return None


def _can_be(entity: str, digits: str) -> bool:
    fewest, most = DIGITS.get(entity, (0, -1))
    if not fewest <= len(digits) <= most:
        return False
    if entity == "TH_TNIN":
        return is_thai_id_valid(digits)
    if entity == "CREDIT_CARD":
        return is_luhn_valid(digits)
    if entity == "PHONE_NUMBER":
        return is_phone_number(digits) or len(digits) in (10, 11)
    return True
