"""Numbers read out in pieces across turns: "my card is 4532 0151" / "uh-huh" / "1128 ...".

A chain starts with a digit run that ends its turn and continues through the same speaker's
following turns that hold nothing but a digit run, stepping over at most one interjection of
the other speaker between them: a backchannel ("uh-huh", "ค่ะ") or any short turn without
digits that neither asks to hear it again ("sorry, can you repeat that?") nor asks for
something else ("and your phone?"): "Okay, go on.", "got it, and the rest?", "ค่ะ แล้วต่อไปคะ".
The chain is reported when the digits of two or more pieces, taken together, make a valid
card, Thai ID, Thai or (beside phone words) North-American phone, or bank account. The last
digits of a card or an ID are often said alone ("ศูนย์ หนึ่ง ค่ะ", "oh seven"): too few to be
made digits on their own, such a turn ends a chain whose checksum it completes.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from typing import NamedTuple

from ccaudit.model import Turn
from ccaudit.normalize.spoken_digits_mixed import SPOKEN_DIGIT_WORDS, spoken_digit
from ccaudit.pii.context import find_words, words_regex
from ccaudit.pii.numbers import digit_runs, digits_only, is_card_number, is_thai_id_valid
from ccaudit.pii.phones import is_phone_number
from ccaudit.pii.recognizers.bank_account import BankAccountRecognizer
from ccaudit.pii.recognizers.phone_number import PhoneNumberRecognizer

MAX_DIGITS = 19
# A turn that says only this many digit words can close a chain (see `_said_digits`).
MAX_SAID_DIGITS = 3
_NANP = re.compile(r"[2-9][0-9]{2}[2-9][0-9]{6}")
_FILLER = re.compile(
    r"(?:[\s,.!?:;\-]|ค่ะ|คะ|ครับ|นะ|จ้ะ|จ้า|ค่า|um|uh|and|then|แล้วก็|ต่อ)*", re.IGNORECASE
)
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
_NOT_INTERJECTION = re.compile(
    r"[0-9]|repeat|again|sorry|pardon|what|which|didn|your|name|phone|mail|address|ซ้ำ"
    r"|อีกครั้ง|ทวน|ขอโทษ|ไม่ได้ยิน|อะไร|ใหม่|ของคุณ|ชื่อ|เบอร์|อีเมล|ที่อยู่",
    re.IGNORECASE,
)
# Turns before a number that may hold its context ("which account should we refund to?").
CONTEXT_TURNS = 2
_SAID_WORD = re.compile(f"{SPOKEN_DIGIT_WORDS}")
_SAID_PIECE = re.compile(
    rf"(?<![A-Za-z])(?:{SPOKEN_DIGIT_WORDS})"
    rf"(?:[ ,]*(?:{SPOKEN_DIGIT_WORDS})){{0,{MAX_SAID_DIGITS - 1}}}(?![A-Za-z])"
)
_ACCOUNT_WORDS = words_regex(BankAccountRecognizer.CONTEXT)
_PHONE_WORDS = words_regex(PhoneNumberRecognizer.CONTEXT)


class Fragment(NamedTuple):
    position: int  # index into the sequence of turns given to find_split_numbers
    start: int
    end: int
    digits: str
    said: bool = False  # digit words the normaliser left as words


@dataclass(frozen=True)
class SplitNumber:
    entity_type: str
    fragments: tuple[Fragment, ...]
    validated: bool


def find_split_numbers(
    turns: Sequence[Turn], texts: Sequence[str], with_digits: Collection[int]
) -> list[SplitNumber]:
    """`texts` are the normalised texts of `turns`; fragment offsets point into them.
    Only turns in `with_digits` can hold a piece."""
    found: list[SplitNumber] = []
    used: set[int] = set()
    for position in sorted(with_digits):
        # A piece follows in the next turn, or in the one after a backchannel.
        if position in used or (
            position + 1 not in with_digits and position + 2 not in with_digits
        ):
            continue
        tail = _tail(position, texts[position])
        if tail is None:
            continue
        pieces = _continuations(turns, texts, with_digits, position, len(tail.digits))
        if not pieces:
            continue
        context = [texts[p] for p in range(position, max(position - CONTEXT_TURNS, 0) - 1, -1)]
        split = _longest_valid([tail, *pieces], context)
        if split:
            found.append(split)
            used.update(f.position for f in split.fragments)
    return found


def _tail(position: int, text: str) -> Fragment | None:
    """The number that ends the turn (only filler words after it), if any."""
    runs = digit_runs(text)
    if not runs:
        return None
    start, end, _ = runs[-1]
    glued_to_code = start > 0 and text[start - 1].isascii() and text[start - 1].isalnum()
    if glued_to_code or not _FILLER.fullmatch(text, end):
        return None
    return Fragment(position, start, end, digits_only(text[start:end]))


def _whole(position: int, text: str) -> Fragment | None:
    """The number that is all the turn says (filler words aside), if any."""
    runs = digit_runs(text)
    if len(runs) != 1:
        return None
    start, end, _ = runs[0]
    if not (_FILLER.fullmatch(text, 0, start) and _FILLER.fullmatch(text, end)):
        return None
    return Fragment(position, start, end, digits_only(text[start:end]))


def _continuations(
    turns: Sequence[Turn],
    texts: Sequence[str],
    with_digits: Collection[int],
    position: int,
    digits: int,
) -> list[Fragment]:
    speaker = (turns[position].role, turns[position].speaker)
    pieces: list[Fragment] = []
    nxt = position + 1
    while nxt < len(texts) and digits < MAX_DIGITS:
        if (turns[nxt].role, turns[nxt].speaker) != speaker:
            # Only an interjection before another piece of ours is stepped over; the regexes,
            # much the dearest test on a turn that is none, go last.
            after = nxt + 1
            if (
                after >= len(texts)
                or (turns[after].role, turns[after].speaker) != speaker
                or (after not in with_digits and _said_digits(after, texts[after]) is None)
                or not _is_interjection(texts[nxt])
            ):
                break
            nxt = after
        if nxt not in with_digits:
            said = _said_digits(nxt, texts[nxt])
            if said is not None:
                pieces.append(said)
            break
        whole = _whole(nxt, texts[nxt])
        if whole is None:
            break
        pieces.append(whole)
        digits += len(pieces[-1].digits)
        nxt += 1
    return pieces


def _said_digits(position: int, text: str) -> Fragment | None:
    """The few digit words that are all a turn says (filler words aside), as a closing piece."""
    said = _SAID_PIECE.search(text)
    if said is None or not (
        _FILLER.fullmatch(text, 0, said.start()) and _FILLER.fullmatch(text, said.end())
    ):
        return None
    digits = "".join(spoken_digit(w) or "" for w in _SAID_WORD.findall(said.group().lower()))
    return Fragment(position, *said.span(), digits, said=True) if digits else None


def _is_interjection(text: str) -> bool:
    if _BACKCHANNEL.match(text):
        return True
    return len(text.strip()) <= MAX_INTERJECTION_CHARS and not _NOT_INTERJECTION.search(text)


def _longest_valid(chain: list[Fragment], context: list[str]) -> SplitNumber | None:
    first = chain[0].digits
    if is_card_number(first) or (len(first) == 13 and is_thai_id_valid(first)):
        return None  # the first piece is a whole number already; what follows is another
    for size in range(len(chain), 1, -1):
        pieces = tuple(chain[:size])
        entity = _entity_of("".join(f.digits for f in pieces), context)
        if entity and not _checksum_closes(entity, chain, size):
            continue
        if entity:
            return SplitNumber(entity, pieces, validated=entity in {"CREDIT_CARD", "TH_TNIN"})
    return None


def _checksum_closes(entity: str, chain: list[Fragment], size: int) -> bool:
    """A piece of digit words said alone (the last of a chain) counts only where a checksum
    shows the number is whole with it."""
    return not any(f.said for f in chain[:size]) or entity in {"CREDIT_CARD", "TH_TNIN"}


def _entity_of(digits: str, context: list[str]) -> str | None:
    """`context`: the texts of the first piece's turn and the turns before it, nearest first;
    the nearest account or phone words decide between the two for ten digits."""
    if is_card_number(digits):
        return "CREDIT_CARD"
    if len(digits) == 13 and is_thai_id_valid(digits):
        return "TH_TNIN"
    is_account = len(digits) in (10, 12)
    is_thai_phone = digits.startswith("0") and len(digits) in (9, 10) and is_phone_number(digits)
    for text in context:
        if is_account and next(find_words(_ACCOUNT_WORDS, text), None):
            return "BANK_ACCOUNT"
        if is_thai_phone and next(find_words(_PHONE_WORDS, text), None):
            return "PHONE_NUMBER"
    if is_thai_phone:
        return "PHONE_NUMBER"
    # Ten digits not starting with 0 are a Thai account as often as a North-American phone:
    # a phone only beside phone words, with no account word in any of the turns.
    if _NANP.fullmatch(digits) and any(next(find_words(_PHONE_WORDS, t), None) for t in context):
        return "PHONE_NUMBER"
    return None
