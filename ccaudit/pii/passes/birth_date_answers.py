"""Dates of birth given in answer: "Could you confirm your date of birth for me so I can pull
up the account?" / "sure, 14 March 1988".

The recognizer needs its birth word within a few dozen characters of the date. A question
can name the date of birth early and go on ("... for me so I can verify you"), which puts the
word out of its reach. A turn whose first line opens with a date (filler and values found
already aside) and says little else, right after a turn that names the birth date near its
end and gives no date itself, gives the date of birth.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from ccaudit.pii.context import find_words, words_regex
from ccaudit.pii.findings import Detection
from ccaudit.pii.passes.answers import MAX_ANSWER_CHARS, answer_line, last_line, opens_answer
from ccaudit.pii.recognizers.date_of_birth import DateOfBirthRecognizer, is_compact_date

RECOGNIZER_NAME = "BirthDateAnswerFinder"
# As a date beside its own birth word scores.
ANSWER_SCORE = 0.5
# How much of the question, from its end, may hold the birth word.
QUESTION_REACH = 120
_BIRTH_WORDS = words_regex(DateOfBirthRecognizer.CONTEXT)
_NOT_BIRTH = words_regex(DateOfBirthRecognizer.NEGATIVE_CONTEXT)
_DATES = [re.compile(p.regex, re.IGNORECASE) for p in DateOfBirthRecognizer.PATTERNS]
# After the date: filler and marks only ("ค่ะ", "right?", "I think").
_AFTER = re.compile(r"(?:[^\w]|ค่ะ|คะ|ครับ|นะ|จ้ะ|ค่า|i think|right|yes|yeah|ok|okay)*", re.I)


def add_birth_date_answers(
    texts: list[str], detections: dict[int, list[Detection]], positions: Collection[int]
) -> None:
    """`texts[p]` is the normalised text `detections[p]` point into; adds in place."""
    for position in sorted(positions):
        if position == 0 or not asks_for_birth_date(texts[position - 1]):
            continue
        text = texts[position]
        first, last = answer_line(text)
        if last - first > MAX_ANSWER_CHARS:
            continue
        found = [d for d in detections[position] if d.start < last and first < d.end]
        if any(d.entity_type == "DATE_OF_BIRTH" for d in found):
            continue
        span = _opening_date(_without(text, found), first, last)
        if span is not None and any(d.start < span[1] and span[0] < d.end for d in found):
            continue
        if span is not None:
            detections[position].append(
                Detection("DATE_OF_BIRTH", *span, ANSWER_SCORE, False, RECOGNIZER_NAME)
            )


def asks_for_birth_date(question: str) -> bool:
    """Whether the last line of a turn names the birth date near its end without giving a
    date, and is not about a death."""
    line = last_line(question)
    tail = max(len(line) - QUESTION_REACH, 0)
    words = list(find_words(_BIRTH_WORDS, line, tail))
    if not words or any(find_words(_NOT_BIRTH, line, tail)):
        return False
    after = words[-1].end()
    return not any(date.search(line, after) for date in _DATES)


def _without(text: str, found: list[Detection]) -> str:
    """The text with what was found blanked out: an answer may give the e-mail address asked
    for with the date ("somchai@mail.com / 5 Oct 1991")."""
    for detection in found:
        text = (
            text[: detection.start]
            + " " * (detection.end - detection.start)
            + text[detection.end :]
        )
    return text


def _opening_date(text: str, first: int, last: int) -> tuple[int, int] | None:
    """The span of a date that opens text[first:last] and runs to its end, filler aside."""
    for date in _DATES:
        match = date.search(text, first, last)
        if match is None or not opens_answer(text, first, match.start()):
            continue
        if match.group().isdigit() and not is_compact_date(match.group()):
            continue
        if _AFTER.fullmatch(text, match.end(), last):
            return match.span()
    return None
