"""One-time codes given in answer, further from their word than the recognizer looks.

"I've just sent a verification code to your phone, can you read it back?" / "uh yeah it's
3771, wait, there's another digit, 377159". A turn that speaks of a one-time code (its
words, or a code and its delivery: "the fraud team texted me a code") is answered in the
next turn, where a remark, a correction or an apology often stands between the code and
the turn before, further than the OTP recognizer's window reaches. Every number of a
code's length in that answer is a code, unless the recognizers found it as something
else, another kind of number is named right before it, or it cannot be a code wherever
its word is (an amount, a time, a label's number, another code's).

The answer may come a turn later, when the turn between holds no number and names no other
kind: "do you need it?" / "no, never read it to anyone" / "oh, it was 482291 anyway".

A password is answered too, without its word: "and the security password on the account?" /
"bluebell ninety two", "is it the word one? it's marmalade sixty-one." (see
ccaudit.pii.recognizers.otp.ANSWERED_PASSWORD).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Collection, Iterable, Iterator, Sequence
from itertools import accumulate

from ccaudit.pii.context import lowered
from ccaudit.pii.findings import Detection
from ccaudit.pii.near_words import near_words
from ccaudit.pii.numbers import digit_runs
from ccaudit.pii.passes.answers import answer_line, last_line
from ccaudit.pii.recognizers.otp import (
    ANSWERED_PASSWORD,
    CODE_HINT,
    PASSWORD,
    OtpRecognizer,
    may_be_a_code,
    may_speak_of_a_code,
    speaks_of_a_code,
)

RECOGNIZER_NAME = "CodeAnswerFinder"
# As a number beside its own context word would score.
ANSWER_SCORE = 0.5
# How far before a number a word naming another kind of number takes it ("account 0412").
OTHER_KIND_REACH = 30
# How much of a question, from its end, may hold the password word.
QUESTION_REACH = 100
# Letters and digits typed together in the question: it gives the password itself.
_TYPED_PASSWORD = re.compile(r"(?<!\S)(?=\S*[0-9])(?=\S*[A-Za-z])[A-Za-z0-9#!@$%&*_.-]{5,32}")
_ASKS_FOR_PASSWORD = re.compile(
    r"password|passcode|pass word|security word|memorable word|รหัสผ่าน|รหัส ผ่าน", re.IGNORECASE
)
# What every way of asking above holds, in the lowered text: three substring tests cost a
# fraction of the caseless search, which most conversations then need not make.
_PASSWORD_WORD_PIECES = ("word", "code", "รหัส")
# The same search in the lowered text, a fraction of the caseless one's cost. It finds the
# same, unless the text holds a letter that `re` takes caselessly for another and `lowered`
# keeps (ı and İ for i, ſ for s).
_ASKS_FOR_PASSWORD_LOWERED = re.compile(_ASKS_FOR_PASSWORD.pattern)
_CASELESS_ONLY = ("\u0130", "\u0131", "\u017f")


def add_code_answers(
    texts: list[str],
    detections: dict[int, list[Detection]],
    positions: Collection[int],
    speakers: Sequence[str | None] = (),
) -> None:
    """`texts[p]` is the normalised text `detections[p]` point into; adds in place. Only
    turns in `positions` can hold an answer; `speakers[p]` says who speaks turn p, where
    known."""
    asking_for_codes, asking_for_passwords = _turns_that_may_ask(texts)
    for position in sorted(positions):
        text, found = texts[position], detections[position]
        if position - 1 in asking_for_passwords:
            password = password_answer(texts, position)
            if password is not None:
                _add_password(found, *password)
        if (
            position - 1 in asking_for_codes or position - 2 in asking_for_codes
        ) and _answers_a_code(texts, position, speakers):
            _add_codes(text, found)


def password_answers(texts: Sequence[str]) -> set[int]:
    """The turns that give a password in answer to the turn before."""
    return {
        p + 1 for p in _turns_that_may_ask(texts, codes=False)[1] if password_answer(texts, p + 1)
    }


def _turns_that_may_ask(texts: Sequence[str], codes: bool = True) -> tuple[set[int], set[int]]:
    """The turns that may speak of a code (if `codes`), and those that may ask for a
    password, found in one look at the whole conversation (most name neither)."""
    joined = "\n".join(texts)
    codes = codes and may_speak_of_a_code(joined)
    low = lowered(joined)
    passwords = (
        list(_password_requests(joined, low))
        if any(piece in low for piece in _PASSWORD_WORD_PIECES)
        else []
    )
    if not (codes or passwords):
        return set(), set()
    starts = list(accumulate((len(text) + 1 for text in texts[:-1]), initial=0))

    def turns(matches: Iterable[re.Match[str]]) -> set[int]:
        return {bisect_right(starts, match.start()) - 1 for match in matches}

    return (turns(CODE_HINT.finditer(low)) if codes else set()), turns(passwords)


def _password_requests(text: str, low: str) -> Iterator[re.Match[str]]:
    """`_ASKS_FOR_PASSWORD`'s matches in `text`; `low` is `lowered(text)`."""
    if any(letter in text for letter in _CASELESS_ONLY):
        return _ASKS_FOR_PASSWORD.finditer(text)
    return _ASKS_FOR_PASSWORD_LOWERED.finditer(low)


def _add_codes(text: str, found: list[Detection]) -> None:
    fewest, most = OtpRecognizer.DIGITS
    for start, end, count in digit_runs(text):
        if not fewest <= count <= most or any(d.start < end and start < d.end for d in found):
            continue
        if may_be_a_code(text, start, end) and not _other_kind_before(text, start):
            found.append(Detection("OTP", start, end, ANSWER_SCORE, False, RECOGNIZER_NAME))


def _add_password(found: list[Detection], start: int, end: int) -> None:
    """The whole password, in place of a code found in its number ("lantern 1990")."""
    inside = [d for d in found if d.entity_type == "OTP" and start <= d.start and d.end <= end]
    if any(d.start < end and start < d.end for d in found if d not in inside):
        return
    found[:] = [d for d in found if d not in inside]
    found.append(Detection("OTP", start, end, ANSWER_SCORE, False, RECOGNIZER_NAME))


def _answers_a_code(texts: list[str], position: int, speakers: Sequence[str | None]) -> bool:
    """A word of another kind in the turn between counts only when the one asking says it
    ("and your phone?"), not the one answering ("my granddaughter set up the phone")."""
    if position == 0:
        return False
    if speaks_of_a_code(texts[position - 1]):
        return True
    between = texts[position - 1]
    answering_speaks = len(speakers) > position and (
        speakers[position] not in (None, "unknown") and speakers[position - 1] == speakers[position]
    )
    return (
        position >= 2
        and speaks_of_a_code(texts[position - 2])
        and not digit_runs(between)
        and (answering_speaks or not _names_another_kind(between, 0, len(between)))
    )


def _other_kind_before(text: str, start: int) -> bool:
    return _names_another_kind(text, max(start - OTHER_KIND_REACH, 0), start)


def _names_another_kind(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] holds a context word of an entity other than OTP, or one that
    says a number is no code (a postcode, a room)."""
    return any(
        (entity == "OTP") == negative
        for _, keys in near_words().words_in(text, start, end)
        for entity, negative in keys
    )


def password_answer(texts: Sequence[str], position: int) -> tuple[int, int] | None:
    """The span of a password that opens `texts[position]`, if the turn before asks for one
    (and gives none itself)."""
    if not 0 < position < len(texts):
        return None
    question = last_line(texts[position - 1])
    if _ASKS_FOR_PASSWORD.search(question, max(len(question) - QUESTION_REACH, 0)) is None:
        return None
    text = texts[position]
    match = ANSWERED_PASSWORD.match(text, answer_line(text)[0])
    if match is None or PASSWORD.search(question) or _TYPED_PASSWORD.search(question):
        return None
    return match.span("password")
