"""A nickname glued to the words after it: พี่เต้ดูแลระบบ ("Te looks after the system"),
น้องจอยส่งของให้ ("Joy sent it"). Thai sets no space after a name, so where the name ends is
told by what follows: the shortest run of letters that is in no dictionary, does not begin
with a dictionary word (โอนมา "sent over"), and that a common word follows. A dictionary
word is left alone (น้องกินข้าว "the kid eats" holds the verb กิน); nicknames that are words
too (ต้น, ฟ้า) need a particle, a space or a repeat.
"""

from __future__ import annotations

from ccaudit.pii.names.thai_lists import common_words, dictionary_words, everyday_words
from ccaudit.pii.names.thai_words import NOT_NAMES, is_never_a_name, may_begin_a_word
from ccaudit.thai_script import THAI_WORD, is_thai_letter

MIN_LETTERS = 3
MAX_LETTERS = 6
_FOLLOWING_WORD = range(2, 7)
MAX_WORD = 16


def glued_nickname_length(text: str, start: int) -> int:
    """Length of the nickname at `start` that a common word follows unspaced, or 0."""
    for length in range(MIN_LETTERS, MAX_LETTERS + 1):
        end = start + length
        if end >= len(text) or not is_thai_letter(text[end]):
            return 0
        if not may_begin_a_word(text[end]):
            continue
        word = text[start:end]
        if not THAI_WORD.fullmatch(word) or _is_or_begins_with_a_word(text, start, end):
            continue
        if _cuts_a_word(text, start, end):
            return 0
        if _common_word_at(text, end):
            return length
    return 0


def _is_or_begins_with_a_word(text: str, start: int, end: int) -> bool:
    """A dictionary word; or one followed by the start of another that reaches the end or
    beyond (ออม|ทำ, รบ|กวน); or an everyday or kin word first (จะ|โทรเข้า, พี่|จอย). จอย is
    จอ "screen" and a letter that begins no word there."""
    word = text[start:end]
    if word in dictionary_words() or is_never_a_name(word):
        return True
    words = dictionary_words()
    return any(
        word[:n] in words
        and may_begin_a_word(word[n])
        and (
            word[:n] in NOT_NAMES
            or word[:n] in everyday_words()
            or _word_reaching(text, start + n, end)
        )
        for n in range(1, len(word))
    )


def _cuts_a_word(text: str, start: int, end: int) -> bool:
    """A dictionary word runs from `start` past `end` (เบื้อง|ต้น, เรี|ยก): the letters are the
    start of that word, not a nickname."""
    words = dictionary_words()
    return any(
        text[start:stop] in words and (stop == len(text) or may_begin_a_word(text[stop]))
        for stop in range(end + 1, min(len(text), start + MAX_WORD) + 1)
    )


def is_a_phrase(text: str, start: int, end: int) -> bool:
    """text[start:end] is a dictionary word and then a common one, run together: แมว|ป่วย
    ("the cat is ill"), เค้า|ไม่ว่าง ("she is busy"); มา|ยด์ is no such pair. The first word
    has three letters or more: two may cut a syllable (เห|มียว)."""
    words = dictionary_words()
    return any(
        text[start : start + n] in words
        and may_begin_a_word(text[start + n])
        and _common_word_at(text[:end], start + n)
        for n in range(3, end - start - 1)
    )


def _word_reaching(text: str, start: int, end: int) -> bool:
    """A common word, or a dictionary word of three letters or more (วต is an abbreviation),
    from `start` to `end` or beyond."""
    common, words = common_words(), dictionary_words()
    return any(
        text[start:stop] in common or (stop - start > 2 and text[start:stop] in words)
        for stop in range(max(end, start + 2), start + 9)
    )


def _common_word_at(text: str, start: int) -> bool:
    words = common_words()
    return any(
        start + n <= len(text)
        and text[start : start + n] in words
        and (start + n == len(text) or may_begin_a_word(text[start + n]))
        for n in _FOLLOWING_WORD
    )
