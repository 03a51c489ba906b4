"""Numbers given in answer: "and the three digit code on the back?" / "seven one nine".

A turn that says a number and little else, right after a turn whose last words ask for a
kind of number ("ขอเลขบัญชีต้นทางครับ", "what's the best number to reach you?"), gives
that kind of number, with no context word of its own near it. The nearest word to the end
of the question decides the kind, among those whose length the number has; a Thai ID must
pass its checksum and a phone must be one a carrier could issue. A turn in which the
recognizers found anything already (a speaker's label aside) is left as it is.

Some transcripts keep the speaker's label in a turn's text ("ch1: ", "Visitor 12: ") or put
several lines in one turn: the answer is then the first line after its label, the question
the last line of the turn before.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Sequence

from ccaudit.normalize.checksums import is_luhn_valid, is_thai_id_valid
from ccaudit.pii.context import find_words, words_regex
from ccaudit.pii.findings import Detection
from ccaudit.pii.near_words import near_words
from ccaudit.pii.numbers import digit_runs, digits_only
from ccaudit.pii.phones import is_phone_number
from ccaudit.pii.recognizers.bank_account import THAI_BANKS
from ccaudit.pii.recognizers.card_cvv import SOCIAL_SECURITY
from ccaudit.pii.recognizers.passport import passport_shapes
from ccaudit.pii.recognizers.phone_number import NORTH_AMERICAN_WRITTEN, ROUTING_WORDS

RECOGNIZER_NAME = "AnswerFinder"
# As a number beside its own context word would score at least.
ANSWER_SCORE = 0.5
# How much of the question, from its end, may hold the word that asks.
QUESTION_REACH = 100
# Longer turns say more than a number; what they say is no answer to the question before.
MAX_ANSWER_CHARS = 80
_REPEAT = re.compile(
    r"(?:say|read|repeat|give me) (?:that|it|those|the \w+) (?:again|once more)|repeat that"
    r"|come again|pardon|one more time|ขออีก(?:ที|ครั้ง|รอบ)|อีกครั้ง(?:ค่ะ|ครับ|นะ)|ทวนอีก",
    re.IGNORECASE,
)
# A turn between the question and its answer that only says "go on".
_GO_AHEAD = re.compile(
    r"(?:[\s.,!]|ok(?:ay)?|sure|of course|go ahead|go on|ready|i'?m ready|yes|yeah|yep|alright"
    r"|mm[- ]?hm|uh[- ]?huh|please|ค่ะ|คะ|ครับ|ได้|เลย|เชิญ|ว่ามา|บอกมา|แจ้งมา|ต่อ|พร้อม|แล้ว)+",
    re.IGNORECASE,
)
# A speaker's label left at the start of a line: "ch1: ", "Visitor 4471: ", "ลูกค้า 10:10: ",
# "You 10:16am: ",
# or one without a colon that the reader did not take for a label: "[caller] ", "S2 (0:41) ",
# "CLR  ", "spk_1  " (a short code and a gap), "customer " (a role's name alone).
_SPEAKER_LABEL = re.compile(
    r"[^\n:.?!,]{1,32}?(?:[ \t][0-9]{1,2}:[0-9]{2}(?: ?[ap]m)?)?:[ \t]+"
    r"|\[?[^\s\]\[]{1,20}\][ \t]+"
    r"|[^\s\[\]()]{1,12}[ \t]+[(\[][0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?[)\]][ \t]+"
    r"|[A-Za-z][A-Za-z_]{1,7}[0-9]{0,3}(?:[ \t]{2,}|\t)"
    r"|(?:agent|customer|caller|cust|rep|operator|client|patient)[ \t]+"
)
# A short remark before the answer: "is that safe? ok it's 612".
_REMARK = re.compile(r"[^\n0-9.?!]{1,40}[.?!]")
# Words and marks an answer may carry around its number: "okay it's ...", "ได้แล้วค่ะ ... ค่ะ",
# an emoji; not a currency sign or a percent, which make it an amount.
_AROUND = re.compile(
    r"(?:[^\w฿$€£%]|ค่ะ|คะ|ครับ|นะ|จ้ะ|จ้า|ค่า|ได้แล้ว|คือ|um|uh|er|okay|ok|yes|yeah|ya|yep|yup|sure|so"
    r"|it's|its|it is|that's|i got|i have|got it|right|sorry)*",
    re.IGNORECASE,
)
_ROUTING = words_regex(ROUTING_WORDS)
# A word that says where the thing asked for is kept: "on your account", "under the policy",
# "associated with your account".
_HOLDER = re.compile(
    r"\b(?:on|under|(?:associated|linked|registered|attached) (?:with|to)) "
    r"(?:your|the|this|that|my|his|her)(?: \w+){1,3}$",
    re.IGNORECASE,
)
# A bank named before the account number it answers with; กรุงเทพ (also the city) only here.
_BANK_NAMED = re.compile(
    r"\s*(?:ธนาคาร|ธ\.|bank of )?(?:"
    + "|".join(re.escape(bank) for bank in (*THAI_BANKS, "กรุงเทพ"))
    + r")(?:\s*bank)?",
    re.IGNORECASE,
)
# The kinds a short code can be, which only its context words tell apart.
_GUESSED = frozenset({"OTP", "CARD_CVV"})
_SIM_PREFIX = "89"
# Which entity a number of so many digits can be, and how to check one that has no
# checksum of its own.
DIGITS = {
    "CARD_CVV": (3, 4),
    "OTP": (4, 8),
    "PHONE_NUMBER": (9, 15),
    "BANK_ACCOUNT": (8, 12),  # other countries' accounts too (a British one has 8)
    "TH_TNIN": (13, 13),
    "CREDIT_CARD": (14, 19),
}


def add_answers(
    texts: list[str],
    detections: dict[int, list[Detection]],
    positions: Collection[int],
    wants: Callable[[str], bool],
    speakers: Sequence[str | None] = (),
) -> None:
    """`texts[p]` is the normalised text `detections[p]` point into; adds in place. Only
    turns in `positions` can hold an answer, and only of a wanted entity. `speakers` (each
    turn's label), where known, let an answer follow the same speaker's first message."""
    for position in sorted(positions):
        if position == 0:
            continue
        text = texts[position]
        first, last = answer_line(text)
        found = any(d.start < last and first < d.end for d in detections[position])
        if found:
            _take_the_kind_asked(
                text, detections[position], texts[position - 1], (first, last), wants
            )
        if found or last - first > MAX_ANSWER_CHARS:
            continue  # found already, or more than an answer
        passport = _passport_given(text, (first, last), texts[position - 1])
        if passport is not None and wants("PASSPORT"):
            detections[position].append(
                Detection("PASSPORT", *passport, ANSWER_SCORE, False, RECOGNIZER_NAME)
            )
            continue
        run = _the_number(text, first, last)
        if run is None:
            continue
        start, end, count = run
        digits = digits_only(text[start:end])
        entity = _kind_asked(texts, position, digits, speakers)
        if entity is not None and wants(entity):
            validated = entity == "TH_TNIN" or (entity == "CREDIT_CARD" and count >= 14)
            detections[position].append(
                Detection(entity, start, end, ANSWER_SCORE, validated, RECOGNIZER_NAME)
            )


def _the_number(text: str, first: int, last: int) -> tuple[int, int, int] | None:
    """The one number of the answer line text[first:last], with nothing but filler around it:
    (start, end, digit count). A North-American phone written `(260) 446-3079` is one."""
    runs = [run for run in digit_runs(text) if first <= run[0] and run[1] <= last]
    written = NORTH_AMERICAN_WRITTEN.search(text, first, last)
    if len(runs) == 2 and written and written.start() <= runs[0][0] < runs[1][1] == written.end():
        runs = [(written.start(), written.end(), 10)]
    if len(runs) != 1:
        return None
    start, end, _ = runs[0]
    if not (opens_answer(text, first, start) and _AROUND.fullmatch(text, end, last)):
        return None
    return runs[0]


def _kind_asked(
    texts: list[str], position: int, digits: str, speakers: Sequence[str | None]
) -> str | None:
    """The kind of number the question before the answer at `position` asks for: the turn
    before, or a turn further back when the one between answers too, says go on, or asks to
    hear the answer again."""
    before = texts[position - 1]
    entity = _asked_for(last_line(before), digits)
    if entity is None and _second_message(speakers, position) and _short_answer(before):
        # Two things asked at once, answered in two messages: "ขอชื่อ-นามสกุล และเลขบัญชีค่ะ"
        # / "มาลัย จันทร์เพ็ญ" / "1934471025".
        entity = _asked_for(last_line(texts[position - 2]), digits)
    if entity is None and position >= 2 and _go_ahead(before):
        # Asked, then told to go on: "update my mobile" / "of course go ahead" / the number.
        entity = _asked_for(last_line(texts[position - 2]), digits)
    if entity is None and position >= 3 and asks_to_repeat(before):
        # Asked, answered, asked again: "and your number?" / ... / "say that again?".
        entity = _asked_for(last_line(texts[position - 3]), digits)
    return entity


def _second_message(speakers: Sequence[str | None], position: int) -> bool:
    """The turn is the second of one speaker's messages after another speaker's turn."""
    if position < 2 or position >= len(speakers) or speakers[position] is None:
        return False
    return speakers[position - 1] == speakers[position] != speakers[position - 2]


def asks_to_repeat(text: str) -> bool:
    """A turn that asks to hear the last answer again: "sorry you cut out, could you say that
    again", "ขออีกครั้งค่ะ"."""
    first, last = answer_line(text)
    return last - first <= MAX_ANSWER_CHARS and _REPEAT.search(text, first, last) is not None


def _go_ahead(text: str) -> bool:
    """A turn that only says go on: "of course go ahead", "ค่ะ เชิญค่ะ"."""
    first, last = answer_line(text)
    return _GO_AHEAD.fullmatch(text, first, last) is not None


def _short_answer(text: str) -> bool:
    first, last = answer_line(text)
    return last - first <= MAX_ANSWER_CHARS and "\n" not in text[last:].strip() and "?" not in text


def _take_the_kind_asked(
    text: str,
    found: list[Detection],
    question: str,
    line: tuple[int, int],
    wants: Callable[[str], bool],
) -> None:
    """A code whose kind the recognizers guessed from its own turn alone ("and the code is
    4401") takes the kind the question asked for: after "and the code on the front of the
    card?" it is the card's, not a one-time code."""
    question, (first, last) = last_line(question), line
    for index, detection in enumerate(found):
        if detection.entity_type in _GUESSED and first <= detection.start < last:
            digits = digits_only(text[detection.start : detection.end])
            asked = _asked_for(question, digits)
            if asked in _GUESSED and asked != detection.entity_type and wants(asked):
                found[index] = detection._replace(entity_type=asked)


def _passport_given(text: str, line: tuple[int, int], question: str) -> tuple[int, int] | None:
    """The one passport-shaped value of an answer to a turn whose last line speaks of a
    passport: "your passport number and nationality?" / "KJ4471203, Irish". It may carry
    a few words more (a nationality, an expiry), as passports are asked for with them."""
    question = last_line(question)
    words = near_words().words_in(question, max(len(question) - QUESTION_REACH, 0), len(question))
    if not any(("PASSPORT", False) in keys for _, keys in words):
        return None
    answer = near_words().words_in(text, *line)
    if any(("PASSPORT", True) in keys for _, keys in answer):
        return None  # "my order is ...", "tracking ..."
    shapes = passport_shapes(text, *line)
    return shapes[0] if len(shapes) == 1 else None


def answer_line(text: str) -> tuple[int, int]:
    """Where the first line of a turn starts after any speaker's label, and where it ends."""
    end = text.find("\n")
    end = len(text) if end < 0 else end
    label = _SPEAKER_LABEL.match(text, 0, end)
    return (label.end() if label else 0), end


def last_line(text: str) -> str:
    return text[text.rfind("\n") + 1 :]


def opens_answer(text: str, first: int, start: int) -> bool:
    """Whether only filler, perhaps after a short remark or the bank's name ("กรุงเทพค่ะ
    199-4-..."), stands before the number."""
    if _AROUND.fullmatch(text, first, start):
        return True
    bank = _BANK_NAMED.match(text, first, start)
    if bank is not None and _AROUND.fullmatch(text, bank.end(), start):
        return True
    remark = _REMARK.match(text, first, start)
    return remark is not None and _AROUND.fullmatch(text, remark.end(), start) is not None


def _asked_for(question: str, digits: str) -> str | None:
    """The entity the last asking word of the question names that the digits can be."""
    words = near_words().words_in(question, max(len(question) - QUESTION_REACH, 0), len(question))
    for end, keys in reversed(words):
        if _HOLDER.search(question, 0, end) or SOCIAL_SECURITY.search(
            question, max(end - len("social security number"), 0), end
        ):
            # "the phone number on your account": the account holds what is asked; "the last
            # four of your social security number" asks for no card's security code.
            continue
        # "number" is a phone word, and the last word of "account number", "card number":
        # a word that names something else as well asks for that.
        for entity, negative in sorted(keys, key=_phone_last):
            if negative or not _can_be(entity, digits):
                continue
            # "the routing number for direct deposit": a bank's number, not an account's.
            if entity == "BANK_ACCOUNT" and next(find_words(_ROUTING, question), None):
                continue
            return entity
    return None


def _phone_last(key: tuple[str, bool]) -> bool:
    return key[0] == "PHONE_NUMBER"


def _can_be(entity: str, digits: str) -> bool:
    fewest, most = DIGITS.get(entity, (0, -1))
    if not fewest <= len(digits) <= most:
        return False
    if entity == "TH_TNIN":
        return is_thai_id_valid(digits)
    if entity == "CREDIT_CARD":
        # 89 opens a SIM card's ICCID (the telecom industry's issuer number), which carries a
        # Luhn check digit as payment cards do: "the sim number on the back of the new card".
        return is_luhn_valid(digits) and not digits.startswith(_SIM_PREFIX)
    if entity == "PHONE_NUMBER":
        return is_phone_number(digits) or len(digits) in (10, 11)
    return True
