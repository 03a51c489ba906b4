"""A name found once is a name wherever the conversation repeats it: "thanks gareth", "hi
liam", "ลุงเจริญ", with no cue the recognizer could follow.

Each word of a name found elsewhere (by a cue, a field or an answer) is looked for in every
turn as a whole word: Latin words in any case, Thai words not inside a longer dictionary
word (ต้น in ต้นไม้ is a tree). English names that are everyday words too (`will`) are
carried over only where they are said to someone (english_word_names), words of one or two
letters never; a Thai name that is an everyday word too (เจริญ "prosper") only after a title
or kin word (ลุงเจริญ).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Iterator
from typing import NamedTuple

from ccaudit.pii.context import lowered
from ccaudit.pii.names.english_lists import EVERYDAY_WORDS_LISTED_AS_NAMES, NOT_NAME_WORDS
from ccaudit.pii.names.english_name_words import business_follows
from ccaudit.pii.names.english_word_names import WORD_NAMES, stands_as_vocative
from ccaudit.pii.names.english_words import ORGANISATION_WORDS, OTHER_WORDS_AFTER_CUES
from ccaudit.pii.names.thai_lists import everyday_words, name_lists
from ccaudit.pii.names.thai_words import NOT_NAMES
from ccaudit.thai_script import THAI_LETTER

MIN_LETTERS = 3
# After a name, what says it is part of an address: `jennie.kw`, `tanawat at tw dot co`.
_ADDRESS_GOES_ON = re.compile(r"\.\w| at | dot")
# Before it, what says an address began earlier: `bill dot carpenter seventy one at ...`.
_ADDRESS_BEGAN = re.compile(r"(?i:dot|underscore) $")
# A name spelled out as an address: สุรเชษฐ์ เอ็ม เค แอด ฮอทเมล.
_THAI_ADDRESS_GOES_ON = re.compile(r"[^\n]{0,20}(?:แอด|แอท|ดอท)")
_THAI_TITLE_BEFORE = re.compile(r"(?:คุณ|พี่|น้อง|ลุง|ป้า|น้า|อา|ครู|นาย|นาง|ชื่อ|ผม|ดิฉัน) ?$")


class EchoWords(NamedTuple):
    latin: tuple[str, ...]  # lower case
    thai: tuple[str, ...]


def echo_words(names: Iterable[str]) -> EchoWords:
    """The words of the names worth carrying over, longest first."""
    latin, thai = set(), set()
    for name in names:
        for word in name.replace(".", " ").split():
            if len(word) < MIN_LETTERS:
                continue
            if THAI_LETTER.match(word):
                if word not in NOT_NAMES:
                    thai.add(word)
            elif word.isalpha() and (word.lower() in WORD_NAMES or not _never_echoed(word.lower())):
                latin.add(word.lower())
    return EchoWords(_longest_first(latin), _longest_first(thai))


def turns_holding(words: EchoWords, texts: list[str]) -> list[int]:
    """Positions of the texts that hold one of the words somewhere: one search of the joined
    conversation per word, rather than one per turn."""
    starts, offset = [], 0
    for text in texts:
        starts.append(offset)
        offset += len(text) + 1
    joined = "\n".join(texts)
    low = lowered(joined) if words.latin else joined
    found = {bisect_right(starts, position) - 1 for position, _ in _occurrences(low, words.latin)}
    found.update(bisect_right(starts, p) - 1 for p, _ in _occurrences(joined, words.thai))
    return sorted(found)


def echo_spans(words: EchoWords, text: str) -> Iterator[tuple[int, int]]:
    """Where `text` repeats a known name's word, standing as a name: not in a handle or an
    address (`@jennie.kw`, `tanawat at tw dot co`), not in a business's name (`Saelim
    Trading Co.`), and in Thai after a title or a non-Thai character, never inside a word.
    Plain substring searches: a regex per conversation would cost more to compile."""
    if words.latin:
        low = lowered(text)
        for start, end in _occurrences(low, words.latin):
            if low[start - 1 : start].isalpha() or low[end : end + 1].isalpha():
                continue
            if low[start:end] in WORD_NAMES and not stands_as_vocative(low, start, end):
                continue
            if not (_in_handle_or_address(text, start, end) or business_follows(text, end)):
                yield start, end
    for start, end in _occurrences(text, words.thai):
        if (
            _stands_as_thai_name(text, start, end)
            and not _inside_thai_word(text, start, end)
            and not _THAI_ADDRESS_GOES_ON.match(text, end)
        ):
            yield start, end


def _occurrences(text: str, words: tuple[str, ...]) -> Iterator[tuple[int, int]]:
    """Non-overlapping occurrences, a longer word winning where two start together."""
    taken: set[int] = set()
    for word in words:
        position = text.find(word)
        while position != -1:
            if position not in taken:
                taken.add(position)
                yield position, position + len(word)
            position = text.find(word, position + len(word))


def _longest_first(words: set[str]) -> tuple[str, ...]:
    return tuple(sorted(words, key=lambda word: (-len(word), word)))


def _stands_as_thai_name(text: str, start: int, end: int) -> bool:
    """After a title or kin word (ลุงเจริญ); or, for a word that is no everyday word too,
    after a non-Thai character or at the start."""
    if _THAI_TITLE_BEFORE.search(text, max(0, start - 5), start):
        return True
    if text[start:end] in everyday_words():
        return False
    return start == 0 or not THAI_LETTER.match(text, start - 1)


def _in_handle_or_address(text: str, start: int, end: int) -> bool:
    before, after = text[start - 1 : start], text[end : end + 5]
    return (
        before in ("@", ".", "_")
        or before.isdigit()
        or after[:1] in ("@", "_")
        or after[:1].isdigit()
        # `ferraresi-pack`: a domain's or a handle's words, all in lower case.
        or (after[:1] == "-" and after[1:2].islower() and text[start:end].islower())
        or _ADDRESS_GOES_ON.match(after) is not None
        or _ADDRESS_BEGAN.search(text, max(0, start - 12), start) is not None
    )


def _never_echoed(word: str) -> bool:
    return (
        word in NOT_NAME_WORDS
        or word in OTHER_WORDS_AFTER_CUES
        or word in EVERYDAY_WORDS_LISTED_AS_NAMES
        or word in ORGANISATION_WORDS
    )


def _inside_thai_word(text: str, start: int, end: int) -> bool:
    """The match is part of a longer dictionary word, from its start or up to its end."""
    words = name_lists()[0].words
    for n in range(1, 9):
        if end + n <= len(text) and text[start : end + n] in words:
            return True
        if start - n >= 0 and text[start - n : end] in words:
            return True
    return False
