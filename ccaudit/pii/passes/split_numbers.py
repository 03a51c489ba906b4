"""Numbers read out in pieces across turns: "my card is 4532 0151" / "uh-huh" / "1128 ...".

A chain starts with a digit run that ends its turn and continues through the same speaker's
following turns that hold nothing but a digit run, stepping over at most one interjection of
the other speaker between them: a backchannel ("uh-huh", "ค่ะ") or any short turn without
digits that neither asks to hear it again ("sorry, can you repeat that?") nor asks for
something else ("and your phone?"): "Okay, go on.", "got it, and the rest?", "ค่ะ แล้วต่อไปคะ".
One turn may hold several pieces with only filler between them ("3685 2808, then 414 850",
"52 อืม แล้วก็ 75892"). The chain is reported when the digits of two or more pieces, taken
together, make a valid card, Thai ID, Thai or (beside phone words) North-American phone, or
bank account, or a one-time code's length right after a code was sent or asked for. The last
digits of a card or an ID are often said alone ("ศูนย์ หนึ่ง ค่ะ", "oh seven"): too few to be
made digits on their own, such a turn ends a chain whose checksum it completes.

People also talk around the pieces ("44218096 เอ่อ เดี๋ยว นะคะ แว่น", "customer and then 7975 ...
the expiry is ..."), and where speakers are not labelled every turn is one speaker's. A piece
with a few other words before or after it is loose: it may start or end a chain only of a
card or an ID, whose checksum shows the pieces belong together, and only beside that number's
own words ("card", "บัตรประชาชน") in the turns around its first piece. An aside inside a
turn ("4309 hold on my glasses 6704") leaves its pieces loose; the other speaker saying a
piece back ("155704 and the last five") is stepped over. A piece taken back and said again
("3869 sorry no it's 3864", or a turn opening "sorry 0537") replaces the one taken back; a
year after a month's name is a date's, no piece.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterator, Mapping, Sequence
from dataclasses import dataclass
from types import MappingProxyType
from typing import NamedTuple

from ccaudit.model import Turn
from ccaudit.normalize.checksums import is_card_number, is_thai_id_valid
from ccaudit.normalize.digit_runs import DigitToken
from ccaudit.normalize.spoken_digits_mixed import SPOKEN_DIGIT_WORDS, spoken_digit
from ccaudit.normalize.spoken_digits_th import runs_into_word
from ccaudit.pii.context import find_words, words_regex
from ccaudit.pii.numbers import digit_runs, digits_only
from ccaudit.pii.phones import is_phone_number
from ccaudit.pii.recognizers.bank_account import BankAccountRecognizer
from ccaudit.pii.recognizers.credit_card import CardNumberRecognizer
from ccaudit.pii.recognizers.date_of_birth import EN_MONTHS, TH_MONTHS, THAI_MONTH_NAMES
from ccaudit.pii.recognizers.otp import OtpRecognizer, speaks_of_a_code
from ccaudit.pii.recognizers.phone_number import (
    ONLY_PHONE_WORDS,
    ROUTING_WORDS,
    PhoneNumberRecognizer,
)
from ccaudit.pii.recognizers.th_tnin import ThaiNationalIdRecognizer

MAX_DIGITS = 19
# A turn that says only this many digit words can close a chain (see `_piece`).
MAX_SAID_DIGITS = 3
_NANP = re.compile(r"[2-9][0-9]{2}[2-9][0-9]{6}")
_THAI_MOBILE = re.compile(r"0[689][0-9]{8}")
# Around a piece: marks, particles, hesitations, and a dash said (ขีด) as accounts are read.
_FILLER = re.compile(
    r"(?:[\s,.!?:;\-]|ค่ะ|คะ|ครับ|นะ|จ้ะ|จ้า|ค่า|um|uh|er|erm|and|then|dash|แล้วก็|ต่อ|เอ่อ|อืม"
    r"|เอิ่ม|อ่า|ขีด"
    # How many digits it was: "สิบ สอง ตัว", "twelve digits".
    r"|(?:(?:ยี่ ?)?สิบ(?: ?(?:สอง|สาม|หก|เก้า))?|ten|twelve|thirteen|fourteen|fifteen|sixteen"
    r"|nineteen) ?(?:ตัว|หลัก|digits?|numbers?))*",
    re.IGNORECASE,
)
# Between two pieces in one line: a comma, a pause written as dots, or a hesitation, never a
# time's colon or a decimal point (a card wrapped onto the next line is wrapped_cards'). The
# spaces before a mark are their own group: `[ \t]*` then `[ \t]+` would try every split of a
# long run of spaces.
_JOIN = re.compile(
    r"(?:[ \t]*(?:,|\.{2,3}|…))?[ \t]+"
    r"(?:(?:um|uh|er|erm|and|then|แล้วก็|เอ่อ|อืม|เอิ่ม|อ่า|ค่ะ|ครับ|คะ|นะ|ต่อ|เลย)(?:,|\.{2,3}|…)?[ \t]+)*",
    re.IGNORECASE,
)
# A year after a month's name ("4 กุมภาพันธ์ 2503", "march 1985") is a date's, no piece.
_MONTH_BEFORE_YEAR = re.compile(
    rf"(?:(?<![A-Za-z])(?:{EN_MONTHS})|{TH_MONTHS}|{'|'.join(THAI_MONTH_NAMES)})\.?,?[ \t]*\Z",
    re.IGNORECASE,
)
# A year of the common or the Buddhist era: 19xx, 20xx, 24xx, 25xx.
_YEAR = re.compile(r"(?:19|20|24|25)[0-9]{2}")
MONTH_REACH = 16
_NOT_BESIDE = frozenset(":/_abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
# A count of the number's digits said after it ("6782 ครับ 12 ตัว", "fourteen digits") is no
# piece of it.
_DIGIT_COUNT_AFTER = re.compile(r"[ \t]*(?:ตัว|หลัก|digits?|numbers)(?![A-Za-z])", re.IGNORECASE)
# A loose piece: at most this many other words (and characters) beside it in its turn.
LOOSE_WORDS = 4
LOOSE_CHARS = 32
_BACKCHANNEL = re.compile(
    r"^(?:[\s,.!?~ๆ]|uh-?huh|uh huh|mm-?hmm|mhm|mm+|hmm+|okay|ok|alright|all right|yes|yeah|yep"
    r"|yup|right|sure|go on|go ahead|got it|i see|continue|and|then|thanks|thank you"
    r"|ค่ะ|คะ|ค่า|ครับ|ครับผม|อืม|อื้อ|อือ|อ๋อ|โอเค|ใช่|ได้|เชิญ|ต่อเลย|ต่อ|จ้ะ|จ้า|นะคะ|นะครับ"
    r"|เข้าใจแล้ว|รับทราบ|แล้วก็)+$",
    re.IGNORECASE,
)
# A short turn between two pieces; a longer one is a reply of its own.
MAX_INTERJECTION_CHARS = 40
# Words that ask to hear the number again, or ask for something other than its rest.
_ASKS_FOR_MORE = (
    r"repeat|again|sorry|pardon|what|which|didn|your|name|phone|mail|address|expir|cvv|cvc"
    r"|security|birth|ซ้ำ|อีกครั้ง|ทวน|ขอโทษ|ไม่ได้ยิน|อะไร|ใหม่|ของคุณ|ชื่อ|เบอร์|อีเมล|ที่อยู่|หมดอายุ"
    r"|หลังบัตร|เกิด"
)
_OTHER_WORDS = re.compile(_ASKS_FOR_MORE, re.IGNORECASE)
# What the speaker says after a piece that turns to another thing.
_NAMES_ANOTHER_THING = re.compile(
    r"your|name|phone|mail|address|expir|cvv|cvc|security|birth|code|pin|otp|[0-9]"
    r"|ชื่อ|เบอร์|อีเมล|ที่อยู่|หมดอายุ|หลังบัตร|เกิด|รหัส",
    re.IGNORECASE,
)
_THE_REST = re.compile(
    r"[\s,.]*(?:(?:ok|okay|got it|yes|yep|ค่ะ|ครับ)[\s,.]*)?(?:and|then|แล้ว)?\s*(?:the\s)?"
    r"(?:last|rest|next|remaining|ต่อ|ที่เหลือ)",
    re.IGNORECASE,
)
# Taking a piece back to say it again: "no sorry", "uh sorry no it's", "ขอโทษค่ะ ไม่ใช่".
# A bare "wait" is a pause ("wait, 0366"), not a correction.
_CORRECTION_WORDS = r"sorry|i mean|oops|wait,? no|no,? wait|ขอโทษ|ไม่ใช่|เอ๊ย|เอ้ย|อุ๊ย"
_CORRECTION = re.compile(
    rf"[\s,.…-]*(?:(?:uh|um|er|no|oh)[\s,.…]+)*(?:{_CORRECTION_WORDS})"
    r"(?:[\s,.!…-]|ค่ะ|คะ|ครับ|นะ|no|it'?s|its|it is|that'?s|เป็น)*",
    re.IGNORECASE,
)
# Where a correction before a piece may start: a few words before it, no further back.
CORRECTION_REACH = 2 * LOOSE_CHARS
# A number of its own, too, is no interjection; a time stamp's or a label's digits ("S1 (0:29)
# uh huh") are.
_NOT_INTERJECTION = re.compile(
    rf"(?<![0-9:A-Za-z])[0-9]+(?![0-9:])|{_ASKS_FOR_MORE}", re.IGNORECASE
)
# Turns before a number that may hold its context ("which account should we refund to?").
CONTEXT_TURNS = 2
# Turns before a loose piece's number that may hold its card or ID words: the request may
# come a few turns earlier when the number is read again ("sorry, it's nineteen digits?").
LOOSE_CONTEXT_TURNS = 4
_SAID_WORD = re.compile(f"{SPOKEN_DIGIT_WORDS}")
# A digit word that opens a longer Thai word is none: โอเค ("okay"), a vowel sign right after
# it (สามี "husband", สามารถ "can"), or a dictionary word it begins (ศูนย์บริการ, ห้าง, โทร:
# `_said_pieces` asks the normaliser's runs_into_word).
_NOT_A_DIGIT_WORD = r"(?!โอเค)"
_SAID_WORD_ALONE = rf"{_NOT_A_DIGIT_WORD}(?:{SPOKEN_DIGIT_WORDS})(?![\u0e30-\u0e3a\u0e47-\u0e4e])"
_SAID_PIECE = re.compile(
    rf"(?<![A-Za-z]){_SAID_WORD_ALONE}"
    rf"(?:[ ,]*{_SAID_WORD_ALONE}){{0,{MAX_SAID_DIGITS - 1}}}(?![A-Za-z])"
)
_ACCOUNT_WORDS = words_regex(BankAccountRecognizer.CONTEXT)
_ROUTING_WORDS = words_regex(ROUTING_WORDS)
MIN_OTHER_ACCOUNT = 8
MAX_OTHER_ACCOUNT = 14
_PHONE_WORDS = words_regex(PhoneNumberRecognizer.CONTEXT)
_CHECKED_WORDS = {
    "CREDIT_CARD": words_regex(CardNumberRecognizer.CONTEXT),
    "TH_TNIN": words_regex(ThaiNationalIdRecognizer.CONTEXT),
}
_NEGATIVE_WORDS = {
    entity: words_regex(recognizer.NEGATIVE_CONTEXT + recognizer.WEAK_NEGATIVE_CONTEXT)
    for entity, recognizer in (
        ("CREDIT_CARD", CardNumberRecognizer),
        ("TH_TNIN", ThaiNationalIdRecognizer),
    )
}
NEGATIVE_REACH = 40


class Fragment(NamedTuple):
    position: int  # index into the sequence of turns given to find_split_numbers
    start: int
    end: int
    digits: str
    said: bool = False  # digit words the normaliser left as words
    loose: bool = False  # other words beside it in its turn (see the module's docstring)


@dataclass(frozen=True)
class SplitNumber:
    entity_type: str
    fragments: tuple[Fragment, ...]
    validated: bool


def find_split_numbers(
    turns: Sequence[Turn],
    texts: Sequence[str],
    with_digits: Collection[int],
    known: Mapping[str, str] = MappingProxyType({}),
) -> list[SplitNumber]:
    """`texts` are the normalised texts of `turns`; fragment offsets point into them.
    Only turns in `with_digits` can hold a piece. `known` maps the digits of numbers found
    whole elsewhere in the conversation to their entity: the same number read again in
    pieces ("can you repeat that slower?") is that entity, whatever its length."""
    found: list[SplitNumber] = []
    used: set[int] = set()
    said_starts = _said_starts(turns, texts, with_digits)
    for position in sorted({*with_digits, *said_starts}):
        if position in used:
            continue
        text = texts[position]
        if position in said_starts:
            tail, follows = said_starts[position], True
        else:
            inside = len(digit_runs(text)) > 1 and _checked_inside(
                position, text, _words_start(turns[position], text)
            )
            if inside:
                found.extend(inside)
                used.add(position)
                continue
            # A piece follows in the next turn, or in the one after a backchannel, or in this one.
            follows = position + 1 in with_digits or position + 2 in with_digits
            if not follows and len(digit_runs(text)) < 2:
                continue
            tail = _tail(position, text, _words_start(turns[position], text))
            if not tail:
                continue
        digits = sum(len(f.digits) for f in tail)
        pieces = (
            _continuations(turns, texts, with_digits, position, digits, tail[-1].digits)
            if follows
            else []
        )
        # The next piece said again after a correction, with no piece between (one taken back
        # in between was the continuations' to drop).
        if pieces and not any(p in with_digits for p in range(position + 1, pieces[0].position)):
            tail = _tail_taken_back(turns, texts, tail, pieces[0])
        if len(tail) + len(pieces) < 2:
            continue
        split = _longest_valid([*tail, *pieces], texts, position, known)
        if split:
            found.append(split)
            used.update(f.position for f in split.fragments)
    return found


def _said_starts(
    turns: Sequence[Turn], texts: Sequence[str], with_digits: Collection[int]
) -> dict[int, list[Fragment]]:
    """Turns that say only a digit word or three ("หนึ่ง", the first digit of a Thai ID read
    alone) right before a turn with digits of the same speaker's, with that piece: they may
    open a chain."""
    starts: dict[int, list[Fragment]] = {}
    for position in with_digits:
        for before in (position - 1, position - 2):
            if before < 0 or before in with_digits:
                continue
            same = (turns[before].role, turns[before].speaker) == (
                turns[position].role,
                turns[position].speaker,
            )
            text = texts[before]
            piece = same and _said_alone(before, text, _words_start(turns[before], text))
            if piece:
                starts[before] = piece
    return starts


def _said_alone(position: int, text: str, begin: int) -> list[Fragment]:
    """The digit words a turn says with nothing but filler around them, as one piece."""
    said = next(_said_pieces(text, begin), None)
    if (
        said is None
        or not _FILLER.fullmatch(text, begin, said.start())
        or not _FILLER.fullmatch(text, said.end())
    ):
        return []
    digits = _digits_of_words(said.group())
    return [Fragment(position, *said.span(), digits, said=True)] if digits else []


def _words_start(turn: Turn, text: str) -> int:
    """Where the speaker's words start in `text`, after a speaker label the turn kept."""
    if turn.said_from and text.startswith(turn.text[: turn.said_from]):
        return turn.said_from
    return 0


def _numbers_together(
    text: str, begin: int, last: bool = False
) -> tuple[list[tuple[int, int]], bool]:
    """The first numbers of the turn from `begin` on (or, if `last`, its last ones) with only
    filler between them, and whether other numbers follow them. A number beside a colon or a
    slash is part of a time or a date, and one glued to Latin letters part of a code or a
    label (S2, TH1234), never a piece."""
    runs = digit_runs(text)
    group: list[tuple[int, int]] = []
    for start, end, _ in reversed(runs) if last else runs:
        if (
            start < begin
            or text[start - 1 : start] in _NOT_BESIDE
            or text[end : end + 1] in _NOT_BESIDE
            or _DIGIT_COUNT_AFTER.match(text, end)
        ):
            continue
        if _YEAR.fullmatch(text, start, end) and _MONTH_BEFORE_YEAR.search(
            text, max(start - MONTH_REACH, 0), start
        ):
            return (group[::-1] if last else group), bool(group)
        if group and not (
            _JOIN.fullmatch(text, end, group[-1][0])
            if last
            else _JOIN.fullmatch(text, group[-1][1], start)
        ):
            return (group[::-1] if last else group), True
        group.append((start, end))
    return (group[::-1] if last else group), False


def _checked_inside(position: int, text: str, begin: int) -> list[SplitNumber]:
    """Cards and Thai IDs whose pieces stand with only filler between them anywhere in one
    turn, with more said after them ("ห้าห้าหก... ครับ ต่อเลยครับ เจ็ดหก... ค่ะ บัตรหมดอายุ...");
    their checksum shows the pieces belong together."""
    groups: list[list[tuple[int, int]]] = [[]]
    for start, end, _ in digit_runs(text):
        if (
            start < begin
            or text[start - 1 : start] in _NOT_BESIDE
            or _DIGIT_COUNT_AFTER.match(text, end)
        ):
            continue
        group = groups[-1]
        if group and _JOIN.fullmatch(text, group[-1][1], start) is None:
            groups.append(group := [])
        if text[end : end + 1] not in _NOT_BESIDE:
            group.append((start, end))
    return [
        split
        for group in groups
        if len(group) >= 2
        for split in _checked_pieces(position, text, group)
    ]


def _checked_pieces(position: int, text: str, group: list[tuple[int, int]]) -> list[SplitNumber]:
    """The longest runs of two or more of the group's pieces that make a card or a Thai ID."""
    pieces = _fragments(position, text, group, loose=False)
    found: list[SplitNumber] = []
    first = 0
    while first < len(pieces) - 1:
        for last in range(len(pieces), first + 1, -1):
            digits = "".join(f.digits for f in pieces[first:last])
            entity = _checked_entity(digits)
            if (
                entity
                and _checked_entity(pieces[first].digits) is None
                and not _named_otherwise(entity, text, pieces[first].start)
            ):
                found.append(SplitNumber(entity, tuple(pieces[first:last]), validated=True))
                first = last
                break
        else:
            first += 1
    return found


def _named_otherwise(entity: str, text: str, start: int) -> bool:
    """Whether a word just before the number says it is something else (an order number)."""
    words = _NEGATIVE_WORDS[entity]
    return next(find_words(words, text, max(start - NEGATIVE_REACH, 0), start), None) is not None


def _checked_entity(digits: str) -> str | None:
    if is_card_number(digits):
        return "CREDIT_CARD"
    if len(digits) == 13 and is_thai_id_valid(digits):
        return "TH_TNIN"
    return None


def _fragments(
    position: int, text: str, group: list[tuple[int, int]], loose: bool
) -> list[Fragment]:
    return [Fragment(position, s, e, digits_only(text[s:e]), loose=loose) for s, e in group]


def _few_words(text: str, start: int, end: int, scale: int = 1) -> bool:
    """Whether text[start:end] is short enough to sit beside a loose piece (`scale` times as
    long after the piece a chain goes on from: "6000 sorry hang on the light's bad in here")."""
    between = text[start:end].strip(" \t\n,.;:…-")
    return len(between) <= LOOSE_CHARS * scale and len(between.split()) <= LOOSE_WORDS * scale


def _tail(position: int, text: str, begin: int) -> list[Fragment]:
    """The numbers that end the turn (only filler after them, or a few words: loose)."""
    group, _ = _numbers_together(text, begin, last=True)
    if not group:
        return []
    end = group[-1][1]
    if _FILLER.fullmatch(text, end):
        return _fragments(position, text, group, loose=False)
    if _few_words(text, end, len(text)) and not _OTHER_WORDS.search(text, end):
        return _fragments(position, text, group, loose=True)
    return []


def _piece(
    position: int, text: str, begin: int, has_digits: bool = True
) -> tuple[list[Fragment], bool]:
    """What a following turn adds to a chain: its first numbers, or the few digit words it
    says alone, and whether the chain may go on after it (nothing but filler after them).
    With a few words before or after them instead of filler, the piece is loose."""
    group, more = _numbers_together(text, begin) if has_digits else ([], False)
    if group:
        begin = _after_a_correction(text, begin, group[0][0])
    while more and (said_again := _said_again(text, group[-1][1])):
        if len(group) == 1:  # the piece taken back was all there was: start after it
            begin = said_again[0][0][0]
        group, more = group[:-1] + said_again[0], said_again[1]
    aside = more and _after_an_aside(text, group[-1][1])
    if aside:
        group, more = group + aside, False
    first_run = group[0][0] if group else len(text)
    said = next(_said_pieces(text, begin, first_run), None)
    start = said.start() if said else first_run
    if start == len(text):
        return [], False
    before = _FILLER.fullmatch(text, begin, start) is not None
    if not before and (
        not _few_words(text, begin, start) or _OTHER_WORDS.search(text, begin, start)
    ):
        return [], False
    if said:
        digits = _digits_of_words(said.group())
        if not digits:
            return [], False
        if not (group and _JOIN.fullmatch(text, said.end(), first_run)):
            # Digit words said alone end a chain, in one piece or a few with filler between
            # ("เจ็ดสาม... เอ่อ ห้าศูนย์ค่ะ").
            fragments = [Fragment(position, *said.span(), digits, said=True)]
            while more_said := _said_last(text, fragments[-1].end):
                more_digits = _digits_of_words(more_said.group())
                fragments.append(Fragment(position, *more_said.span(), more_digits, said=True))
            loose = not (before and _FILLER.fullmatch(text, fragments[-1].end))
            return [f._replace(loose=loose) for f in fragments], False
    after = not more and _FILLER.fullmatch(text, group[-1][1]) is not None
    said_last = None if after or more else _said_last(text, group[-1][1])
    loose = bool(aside) or not (before and (after or said_last))
    fragments = _fragments(position, text, group, loose)
    if said:
        fragments.insert(0, Fragment(position, *said.span(), digits, said=True, loose=loose))
    if said_last:
        # "4615 and then two two": the last digits said alone end the chain.
        digits = _digits_of_words(said_last.group())
        fragments.append(Fragment(position, *said_last.span(), digits, said=True, loose=loose))
    # A few words after the piece that name nothing else ("oh three two six sorry me
    # glasses"): the piece is loose, and the chain may go on after it.
    goes_on = after or (
        not more
        and said_last is None
        and _few_words(text, group[-1][1], len(text), scale=2)
        and not _NAMES_ANOTHER_THING.search(text, group[-1][1])
    )
    return fragments, goes_on


def _after_a_correction(text: str, begin: int, end: int) -> int:
    """Where the turn's piece starts when a few words before it take something back ("three
    seven uh sorry 3780 1579"): after the correction; else `begin`."""
    if end - begin > CORRECTION_REACH:
        return begin  # more than a few words before the piece: no correction of it
    corrections = list(_CORRECTION.finditer(text, begin, end))
    if (
        not corrections
        or not _few_words(text, begin, corrections[-1].start())
        or _OTHER_WORDS.search(text, begin, corrections[0].start())
    ):
        return begin
    return corrections[-1].end()


def _said_again(text: str, end: int) -> tuple[list[tuple[int, int]], bool] | None:
    """The numbers said after a correction that follows the piece ending at `end` ("6797, no
    sorry, 6779"), and whether more follow them: they replace that piece."""
    rest, more = _numbers_together(text, end)
    correction = rest and _CORRECTION.match(text, end, rest[0][0])
    if not correction:
        return None
    # A few more words may say what was wrong: "sorry that last one was three not one".
    start = rest[0][0]
    if correction.end() < start and (
        not _few_words(text, correction.end(), start, scale=2)
        or _NAMES_ANOTHER_THING.search(text, correction.end(), start)
    ):
        return None
    return rest, more


def _after_an_aside(text: str, end: int) -> list[tuple[int, int]]:
    """The numbers that end the turn after a few words that name nothing else ("4309 hold on
    my glasses 6704"): the rest of the same piece, loose."""
    rest, more = _numbers_together(text, end)
    if not rest or more or not _FILLER.fullmatch(text, rest[-1][1]):
        return []
    start = rest[0][0]
    if not _few_words(text, end, start) or _NAMES_ANOTHER_THING.search(text, end, start):
        return []
    return [] if _OTHER_WORDS.search(text, end, start) else rest


def _said_last(text: str, end: int) -> re.Match | None:
    """Digit words said alone after a turn's numbers with only filler around them."""
    join = _JOIN.match(text, end)
    said = join and next(_said_pieces(text, join.end(), at_start=True), None)
    return said if said and _FILLER.fullmatch(text, said.end()) else None


def _continuations(
    turns: Sequence[Turn],
    texts: Sequence[str],
    with_digits: Collection[int],
    position: int,
    digits: int,
    last_piece: str,
) -> list[Fragment]:
    """`last_piece`: the digits of the chain's piece so far last, which the other speaker
    may say back between two pieces ("สอง ห้า ห้า เอ่อ" / "สอง ห้า ห้า" / "ศูนย์ เก้า ...")."""
    speaker = (turns[position].role, turns[position].speaker)
    pieces: list[Fragment] = []
    nxt = position + 1
    while nxt < len(texts) and digits < MAX_DIGITS:
        other = (turns[nxt].role, turns[nxt].speaker) != speaker
        fragments, goes_on = ([], False) if other else _piece_of(turns, texts, with_digits, nxt)
        # Only an interjection before another piece of ours is stepped over: a turn of the
        # other speaker's, or one without a piece where speakers are not told apart. The
        # regexes, much the dearest test on a turn that is none, go last.
        if not fragments:
            after = nxt + 1
            if after >= len(texts) or (turns[after].role, turns[after].speaker) != speaker:
                break
            fragments, goes_on = _piece_of(turns, texts, with_digits, after)
            said_back = _says_back(texts[nxt], pieces[-1].digits if pieces else last_piece)
            if not fragments or not (said_back or _is_interjection(texts[nxt])):
                break
            nxt = after
        if pieces and _takes_back(turns[nxt], texts[nxt], pieces[-1], fragments[0]):
            digits -= len(pieces.pop().digits)  # "0357" / "sorry 0537": said again
        pieces.extend(fragments)
        if not goes_on:
            break
        digits += sum(len(f.digits) for f in fragments)
        nxt += 1
    return pieces


def _tail_taken_back(
    turns: Sequence[Turn], texts: Sequence[str], tail: list[Fragment], first: Fragment
) -> list[Fragment]:
    """The first turn's pieces without the last group of digits that the next piece, said
    after a correction, says again ("4532 0152" / "sorry 0151": 4532 then 0151)."""
    turn, text = turns[first.position], texts[first.position]
    last = tail[-1]
    if _takes_back(turn, text, last, first):
        return tail[:-1]
    source = texts[last.position]
    group = re.search(rf"[0-9]{{{len(first.digits)}}}\Z", source[last.start : last.end])
    if group is None or group.start() == 0 or source[last.start + group.start() - 1] != " ":
        return tail
    shorter = last._replace(
        end=last.start + group.start() - 1, digits=last.digits[: -len(first.digits)]
    )
    return (
        [*tail[:-1], shorter]
        if _takes_back(turn, text, shorter, first, same_length=False)
        else tail
    )


def _takes_back(
    turn: Turn, text: str, last: Fragment, first: Fragment, same_length: bool = True
) -> bool:
    """Whether the turn opens by taking the piece before back and saying it again."""
    correction = _CORRECTION.match(text, _words_start(turn, text))
    return (
        correction is not None
        and correction.end() <= first.start
        and (len(first.digits) == len(last.digits) or not same_length)
    )


def _says_back(text: str, digits: str) -> bool:
    """Whether a short turn says the given piece back, as a check, and asks for nothing."""
    if len(text) > MAX_INTERJECTION_CHARS or not digits or _OTHER_WORDS.search(text):
        return False
    found = _digits_in(text)
    if "".join(d for _, _, d in found) == digits:
        return True
    # "155704 and the last five": said back, then the rest asked for.
    return bool(found) and found[0][2] == digits and _THE_REST.match(text, found[0][1]) is not None


def _digits_in(text: str) -> list[tuple[int, int, str]]:
    """The digits a turn holds, written or said as words."""
    found = [(s, e, digits_only(text[s:e])) for s, e, _ in digit_runs(text)]
    found += [(m.start(), m.end(), _digits_of_words(m.group())) for m in _said_pieces(text, 0)]
    return sorted(found)


def _piece_of(
    turns: Sequence[Turn], texts: Sequence[str], with_digits: Collection[int], position: int
) -> tuple[list[Fragment], bool]:
    text = texts[position]
    return _piece(position, text, _words_start(turns[position], text), position in with_digits)


def _said_pieces(
    text: str, start: int, end: int | None = None, at_start: bool = False
) -> Iterator[re.Match[str]]:
    """The matches of `_SAID_PIECE` in text[start:end] (only one at `start` if `at_start`)
    whose last word is a digit word, not the start of a longer Thai word."""
    end = len(text) if end is None else end
    said = _SAID_PIECE.match(text, start, end) if at_start else _SAID_PIECE.search(text, start, end)
    while said is not None:
        last = list(_SAID_WORD.finditer(text, said.start(), said.end()))[-1]
        if not runs_into_word(text, DigitToken(last.start(), last.end(), "", True)):
            yield said
        if at_start:
            return
        said = _SAID_PIECE.search(text, said.end(), end)


def _digits_of_words(words: str) -> str:
    return "".join(spoken_digit(w) or "" for w in _SAID_WORD.findall(words.lower()))


def _is_interjection(text: str) -> bool:
    if _BACKCHANNEL.match(text):
        return True
    return len(text.strip()) <= MAX_INTERJECTION_CHARS and not _NOT_INTERJECTION.search(text)


def _longest_valid(
    chain: list[Fragment], texts: Sequence[str], position: int, known: Mapping[str, str]
) -> SplitNumber | None:
    first = chain[0].digits
    if is_card_number(first) or (len(first) == 13 and is_thai_id_valid(first)):
        return None  # the first piece is a whole number already; what follows is another
    context = _turns_before(texts, position, CONTEXT_TURNS)
    for size in range(len(chain), 1, -1):
        pieces = tuple(chain[:size])
        digits = "".join(f.digits for f in pieces)
        if digits in known and pieces[-1].position != position:
            return SplitNumber(known[digits], pieces, validated=known[digits] in _CHECKED_WORDS)
        entity = _entity_of(digits, context, chain[0].start)
        if entity and _pieces_may_make(entity, pieces, texts, position):
            return SplitNumber(entity, pieces, validated=entity in _CHECKED_WORDS)
    return None


def _turns_before(texts: Sequence[str], position: int, turns: int) -> list[str]:
    """The texts of the turn at `position` and of `turns` turns before it, nearest first."""
    return [texts[p] for p in range(position, max(position - turns, 0) - 1, -1)]


def _pieces_may_make(
    entity: str, pieces: tuple[Fragment, ...], texts: Sequence[str], position: int
) -> bool:
    """Digit words said alone, and loose pieces, count only where a checksum shows the number
    is whole with them; loose pieces only beside the number's own words too."""
    if not any(f.said or f.loose for f in pieces):
        return True
    if entity == "PHONE_NUMBER" and not any(f.loose for f in pieces):
        # A Thai mobile read three digits at a time, asked for by its words ("และเบอร์ผู้รับ
        # ครับ" / "ศูนย์เก้าหนึ่ง" / "แปดแปดสอง" / ...): its shape is near a checksum's proof.
        digits = "".join(f.digits for f in pieces)
        return bool(_THAI_MOBILE.fullmatch(digits)) and any(
            next(find_words(_PHONE_WORDS, text), None)
            for text in _turns_before(texts, position, CONTEXT_TURNS)
        )
    if entity in ("BANK_ACCOUNT", "OTP"):
        # Its own words decided the entity (see `_entity_of`): the last digits said alone
        # after it was asked for ("double seven one eight" / "okay go ahead" / "three oh") end
        # it too, but no loose piece does.
        return not any(f.loose for f in pieces)
    words = _CHECKED_WORDS.get(entity)
    if words is None:
        return False
    return not any(f.loose for f in pieces) or any(
        next(find_words(words, text), None)
        for text in _turns_before(texts, position, LOOSE_CONTEXT_TURNS)
    )


def _last_at(words: re.Pattern[str], text: str) -> int | None:
    """Where the last of these words starts in the text, or None."""
    last = None
    for match in find_words(words, text):
        last = match.start()
    return last


def _entity_of(digits: str, context: list[str], first_start: int) -> str | None:
    """`context`: the texts of the first piece's turn and the turns before it, nearest first;
    the nearest account or phone words decide between the two for ten digits. The first piece
    starts at `first_start` in its turn."""
    if is_card_number(digits):
        return "CREDIT_CARD"
    if len(digits) == 13 and is_thai_id_valid(digits):
        return "TH_TNIN"
    is_account = len(digits) in (10, 12)
    # Other countries' accounts run from 8 to 14 digits: one only where account words are said,
    # and no routing number or sort code nearer ("BSB is 055899" / "and the account number");
    # a sort code is among the account words too, so a tie is the sort code.
    other_account = MIN_OTHER_ACCOUNT <= len(digits) <= MAX_OTHER_ACCOUNT
    is_thai_phone = digits.startswith("0") and len(digits) in (9, 10) and is_phone_number(digits)
    for index, text in enumerate(context):
        said_before = text[:first_start] if index == 0 else text
        account_at = _last_at(_ACCOUNT_WORDS, said_before)
        routing_at = _last_at(_ROUTING_WORDS, said_before)
        if routing_at is not None and (account_at is None or routing_at >= account_at):
            other_account = False
        account_words = account_at is not None
        phone_words = next(find_words(ONLY_PHONE_WORDS, text), None) is not None
        if account_words and (is_account or other_account and not phone_words):
            return "BANK_ACCOUNT"
        if is_thai_phone and next(find_words(_PHONE_WORDS, text), None):
            return "PHONE_NUMBER"
        # Nearer phone words make another length a phone and its extension (โทร 02... ต่อ 4127).
        other_account = other_account and not phone_words
    if is_thai_phone:
        return "PHONE_NUMBER"
    # Ten digits not starting with 0 are a Thai account as often as a North-American phone:
    # a phone only beside phone words, with no account word in any of the turns.
    if _NANP.fullmatch(digits) and any(next(find_words(_PHONE_WORDS, t), None) for t in context):
        return "PHONE_NUMBER"
    # A one-time code read in halves right after it was sent or asked for ("I've sent a code,
    # can you read it to me?" / "seven two nine" / "mhm" / "double four one").
    fewest, most = OtpRecognizer.DIGITS
    if fewest <= len(digits) <= most and any(speaks_of_a_code(t) for t in context[1:]):
        return "OTP"
    return None
