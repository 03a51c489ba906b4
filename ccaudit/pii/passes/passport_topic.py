"""Passport numbers given a few turns after the word, and read back.

"do we need to send passports before we arrive?" / "no, only at check-in" / "oh I had it
typed already, mine is PA6129734"; "ขอเลขพาสปอร์ตค่ะ" / ... / "ขอโทษค่ะ สัญญาณขาด รบกวนอ่าน
ใหม่ทั้งหมด" / "ได้ครับ เอ เอ 1259074"; "new one is e 73110528" / "e 73110528" (read back).
A turn that names passports opens the topic for the next few turns, until a turn names
another kind of value: there a value shaped like a passport number with its letters is
one (digits alone are as often a phone or an account), unless a word before it in its line
names it as something else (a booking, a tracking number).
"""

from __future__ import annotations

import re
from collections.abc import Collection

from ccaudit.pii.context import has_word, lowered
from ccaudit.pii.findings import Detection
from ccaudit.pii.near_words import near_words
from ccaudit.pii.recognizers.passport import PASSPORT_WORDS, PassportRecognizer, passport_shapes

RECOGNIZER_NAME = "PassportTopicFinder"
# As a passport shape beside its own word in its line scores.
TOPIC_SCORE = 0.5
_LOOSE_SHAPE = re.compile(r"(?<![A-Za-z0-9])[A-Za-z]{1,2} ?[0-9]{6,9}(?![A-Za-z0-9])")
# How many turns after the word the topic stays open.
TOPIC_TURNS = 5
# A context word that names passports holds one of these (see near_words).
_PASSPORT_WORD_PIECES = tuple(sorted({word.lower() for word in PassportRecognizer.CONTEXT}))


def add_passport_topic(
    texts: list[str], detections: dict[int, list[Detection]], positions: Collection[int]
) -> None:
    """`texts[p]` is the normalised text `detections[p]` point into; adds in place. Only
    turns in `positions` can hold a passport number."""
    joined = "\n".join(texts)
    if not has_word(PASSPORT_WORDS, joined, 0, len(joined)):
        return  # most conversations: no passport named, no topic to follow
    open_until = -1
    given: set[str] = set()  # the passports found in the topic, as letters and digits
    for position, text in enumerate(texts):
        if position > open_until and not _may_name_passports(text):
            continue  # outside the topic, only a word naming passports matters here
        words = near_words().words_in(text, 0, len(text))
        if position <= open_until:
            other = next((end for end, keys in words if _closes(keys)), None)
            if position in positions:
                found = detections[position]
                end = len(text) if other is None else other
                _add_shapes(text, found, end)
                _add_read_backs(text, found, end, given)
                given |= {_key(text[d.start : d.end]) for d in found if d.entity_type == "PASSPORT"}
            if other is not None:
                open_until = -1
                given.clear()
        if any(("PASSPORT", False) in keys for _, keys in words):
            open_until = position + TOPIC_TURNS


def _may_name_passports(text: str) -> bool:
    """Whether near_words may find a word naming passports: one holds a passport word."""
    low = lowered(text)
    return any(piece in low for piece in _PASSPORT_WORD_PIECES)


def _closes(keys: frozenset[tuple[str, bool]]) -> bool:
    """Whether a word names another kind of value, or a number that is no passport's."""
    return any((entity == "PASSPORT") == negative for entity, negative in keys)


def _add_shapes(text: str, found: list[Detection], end: int) -> None:
    for start, stop in passport_shapes(text, 0, end):
        value = text[start:stop]
        if not any(character.isalpha() for character in value):
            continue
        if any(d.start < stop and start < d.end for d in found):
            continue
        found.append(Detection("PASSPORT", start, stop, TOPIC_SCORE, False, RECOGNIZER_NAME))


def _add_read_backs(text: str, found: list[Detection], end: int, given: set[str]) -> None:
    """A passport found earlier in the topic, read back in a shape too loose to trust alone:
    two small letters and the digits ("er 1244906", as "is 021234567" also reads)."""
    if not given:
        return
    for match in _LOOSE_SHAPE.finditer(text, 0, end):
        start, stop = match.span()
        if _key(match.group()) in given and not any(
            d.start < stop and start < d.end for d in found
        ):
            found.append(Detection("PASSPORT", start, stop, TOPIC_SCORE, False, RECOGNIZER_NAME))


def _key(value: str) -> str:
    return "".join(character for character in value.lower() if character.isalnum())
