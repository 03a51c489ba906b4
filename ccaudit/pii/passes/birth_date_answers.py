"""Dates of birth given in answer: "Could you confirm your date of birth for me so I can pull
up the account?" / "sure, 14 March 1988".

The recognizer needs its birth word within a few dozen characters of the date. A question
can name the date of birth early and go on ("... for me so I can verify you"), which puts the
word out of its reach. A turn whose first line opens with a date (filler and values found
already aside) and says little else in its sentence, right after a turn that names the birth
date near its end and gives no date itself, gives the date of birth; so does such a line right
after one that asks, where a reader has put several speakers' lines into one turn.

Agents read the date back ("fifteenth of august nineteen eighty eight thank you"), with no
birth word near it either. A turn whose first line opens with a date that shares its month
or a number with a date of birth found in the turn right before is that date read back;
so is such a date later in the turn of the date of birth, said again or corrected.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterator

from ccaudit.pii.context import find_words, words_regex
from ccaudit.pii.findings import Detection
from ccaudit.pii.passes.answers import (
    MAX_ANSWER_CHARS,
    answer_line,
    asks_to_repeat,
    last_line,
    opens_answer,
)
from ccaudit.pii.recognizers.date_of_birth import (
    THAI_MONTH_NAMES,
    DateOfBirthRecognizer,
    is_compact_date,
)

RECOGNIZER_NAME = "BirthDateAnswerFinder"
# As a date beside its own birth word scores.
ANSWER_SCORE = 0.5
# How much of the question, from its end, may hold the birth word.
QUESTION_REACH = 120
_BIRTH_WORDS = words_regex(DateOfBirthRecognizer.CONTEXT)
_NOT_BIRTH = words_regex(DateOfBirthRecognizer.NEGATIVE_CONTEXT)
# In answer to the question, also a month-first date said aloud, whose separators are lost:
# "eight twelve fifty four" is 81254, "four eleven twenty fifteen" 4112015.
_DATES = [
    *(p.compiled for p in DateOfBirthRecognizer.PATTERNS),
    re.compile(r"(?<![0-9])(?:[0-9]{7}|[0-9]{5})(?![0-9])"),
]
# After the date: filler and marks only ("ค่ะ", "right?", "I think"), perhaps ending its
# sentence before another ("14 March 1988. And my card is ...").
_AFTER = re.compile(
    r"(?:[^\w]|ค่ะ|คะ|ครับ|นะ|จ้ะ|ค่า|i think|right|yes|yeah|ok|okay)*?(?:[.!][ \t].*)?", re.I
)
# What two ways of saying one date share: a month's name (English by its first three letters,
# Thai full or said, ธันวาคม or ธันวา) or a number of two digits or more.
_EN_MONTH = r"(?<![a-z])(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
_DATE_PART = re.compile(rf"{_EN_MONTH}|{'|'.join(THAI_MONTH_NAMES)}|[0-9]{{2,}}", re.I)
_MONTH_OF_THAI_NAME = {name: str(i % 12) for i, name in enumerate(THAI_MONTH_NAMES)}


def add_birth_date_answers(
    texts: list[str], detections: dict[int, list[Detection]], positions: Collection[int]
) -> None:
    """`texts[p]` is the normalised text `detections[p]` point into; adds in place."""
    # Most conversations neither speak of a birth date nor hold one: one look settles it.
    if (
        not any(d.entity_type == "DATE_OF_BIRTH" for found in detections.values() for d in found)
        and next(find_words(_BIRTH_WORDS, "\n".join(texts)), None) is None
    ):
        return
    for position in sorted(positions):
        text = texts[position]
        for question, line_start, line_end in _question_and_answer_lines(texts, position):
            if not asks_for_birth_date(question):
                continue
            label_end, _ = answer_line(text[line_start:line_end])
            first, last = line_start + label_end, line_end
            if last - first > MAX_ANSWER_CHARS:
                continue
            found = [d for d in detections[position] if d.start < last and first < d.end]
            if any(d.entity_type == "DATE_OF_BIRTH" for d in found):
                continue
            span = _opening_date(_without(text, found), first, last)
            if span is not None and not any(d.start < span[1] and span[0] < d.end for d in found):
                detections[position].append(
                    Detection("DATE_OF_BIRTH", *span, ANSWER_SCORE, False, RECOGNIZER_NAME)
                )
        if position > 0:
            _add_read_back(texts, detections, position)
        _add_said_again(text, detections[position])


def _add_read_back(texts: list[str], detections: dict[int, list[Detection]], position: int) -> None:
    before = texts[position - 1]
    births = [
        before[d.start : d.end]
        for d in detections.get(position - 1, ())
        if d.entity_type == "DATE_OF_BIRTH"
    ]
    if not births:
        return
    text = texts[position]
    first, last = answer_line(text)
    found = [d for d in detections[position] if d.start < last and first < d.end]
    if any(d.entity_type == "DATE_OF_BIRTH" for d in found):
        return
    parts = set().union(*map(_date_parts, births))
    cleaned = _without(text, found)
    for date in _DATES:
        match = date.search(cleaned, first, last)
        if match is None or not opens_answer(cleaned, first, match.start()):
            continue
        if match.group().isdigit() and not is_compact_date(match.group()):
            continue
        if _date_parts(match.group()) & parts:
            span = match.span()
            detections[position].append(
                Detection("DATE_OF_BIRTH", *span, ANSWER_SCORE, False, RECOGNIZER_NAME)
            )
            return


def _add_said_again(text: str, found: list[Detection]) -> None:
    """A date later in the turn of a date of birth that shares a part with it, out of the
    recognizer's reach of the birth word: the speaker says it again, or corrects it ("oh
    sorry that is the thai year, it is twenty march nineteen eighty nine")."""
    births = [d for d in found if d.entity_type == "DATE_OF_BIRTH"]
    if not births:
        return
    parts = set().union(*(_date_parts(text[d.start : d.end], True) for d in births))
    cleaned = _without(text, found)
    position = max(d.end for d in births)
    for date in _DATES:
        match = date.search(cleaned, position)
        if match is None or (match.group().isdigit() and not is_compact_date(match.group())):
            continue
        if _date_parts(match.group(), True) & parts:
            found.append(
                Detection("DATE_OF_BIRTH", *match.span(), ANSWER_SCORE, False, RECOGNIZER_NAME)
            )
            return


def _date_parts(date: str, only_month_and_year: bool = False) -> set[str]:
    """Month names and numbers of a date, numbers by their last two digits; only a month's
    name and a four-digit year if `only_month_and_year` (a day or a month as a number is
    shared by too many dates)."""
    parts = set()
    for part in _DATE_PART.findall(date):
        part = part.lower()
        if part.isdigit():
            if len(part) == 4 or not only_month_and_year:
                parts.add(part[-2:])
        else:
            parts.add(_MONTH_OF_THAI_NAME.get(part, part))
    return parts


def _question_and_answer_lines(texts: list[str], position: int) -> Iterator[tuple[str, int, int]]:
    """(the question's line, where its answer's line starts and ends): the turn's first line
    after the last line of the turn before (or of the question before, when that turn asks to
    hear the answer again), and, where a reader has put several speakers' lines into one
    turn, each of its other lines after the line before it."""
    text = texts[position]
    start = text.find("\n") + 1
    first_line_end = start - 1 if start else len(text)
    if position > 0:
        yield last_line(texts[position - 1]), 0, first_line_end
    if position > 2 and asks_to_repeat(texts[position - 1]):
        yield last_line(texts[position - 3]), 0, first_line_end
    # Most turns are one line, or name no birth date at all.
    if start and next(find_words(_BIRTH_WORDS, text), None) is None:
        return
    while start > 0:
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        yield text[text.rfind("\n", 0, start - 1) + 1 : start - 1], start, end
        start = end + 1 if end < len(text) else 0


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
