"""Who wrote or is tagged in a Thai social post: commenters shown by their Latin display name
(`Kamonwan Srisuk: ไปรับได้ที่...`, `💬 Jiraporn T.: สนใจค่ะ`), a poster's name on its own
line above a Thai comment, or before ` · ` (`Somsak Chaiwat · Local Guide`), and a tag
(`@Kamonwan Srisuk`). Where each line of a pasted thread is a turn of its own, the poster's
name is a turn of its own above a Thai one, and a chat export heads each message with its
author's name or handle, role and time (`nok_chonthicha (buyer) 20:14`) (`lone_author_span`);
a Thai name on its own line is two words, one a listed given name, neither a common word.

A Latin name in Thai text is read only in those places, and only when it looks like one:
two or three capitalised words, none an organisation or a cue word, the first a census given
name or one spelled as Thai names are romanised (ph, th, kh; -porn, -chai, -wan, -sak ...),
or a short nickname before a romanised given name (`Mind Chanya`).
A page or a brand (`Google Maps ·`, `Kerry Express:`) spells none so.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ccaudit.line_starts import AtLineStarts
from ccaudit.pii.names.english_lists import NOT_NAME_WORDS, is_listed_given
from ccaudit.pii.names.english_words import ORGANISATION_WORDS, OTHER_WORDS_AFTER_CUES
from ccaudit.pii.names.thai_lists import common_words, name_lists
from ccaudit.pii.names.thai_words import is_never_a_name
from ccaudit.thai_script import THAI_LETTER

_WORD = r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?"
_DISPLAY_NAME = rf"{_WORD} (?:{_WORD}(?: {_WORD})?|[A-Z]\.)"
_LEAD = r"[ \t]*(?:[^\w\s@#][ \t]*)?"
# At a line's start: the name, then `: ` or ` · `, or the end of its line. Opening with the
# line break lets `re` jump from one break to the next.
_AUTHOR = rf"{_LEAD}({_DISPLAY_NAME})(?::[ \t]| · |[ \t]*(?=\n))"
_AUTHOR_LINES = AtLineStarts(_AUTHOR)
_TAG = re.compile(rf"@({_DISPLAY_NAME})(?![\w.])")
MAX_LONE_AUTHOR = 60
_TWO_CAPITALISED = re.compile(r"[A-Z][a-z]+[ -][A-Z]")
MIN_ROMANISED = 6
MAX_NICKNAME = 5
# How romanised Thai given names sound and end (Chanya, Chonlada, Naruemon, Rungnapa, Nutcha).
_ROMANISED_GIVEN = re.compile(r"cha|chon|mon|rung|nut|rue|wim|(?:ya|da|pa)$")
_ROMANISED_THAI = re.compile(
    r"ph|th|kh|porn|pong|chai|wan|wat|wut|sak|kaew|siri|boon|thong|wong|suk|chit|nuch|pim|pat|rat"
    r"|kul|sri"
)


def social_author_spans(text: str) -> Iterator[tuple[int, int]]:
    if text.isascii() or not _TWO_CAPITALISED.search(text) or not THAI_LETTER.search(text):
        return
    for line in _AUTHOR_LINES.finditer(text):
        start, end = line.span(1)
        if _thai_after(text, line.end()) and _looks_like_a_name(text[start:end]):
            yield start, end
    if "@" in text:
        for tag in _TAG.finditer(text):
            if _looks_like_a_name(tag.group(1)):
                yield tag.span(1)


# A post's or a reply's author above it, as X and Threads show them: the display name, the
# @handle, perhaps the time (`Sophie Tran @sophtran_ · 08:31`, `↳ มิว @mewwy_blink`).
_HANDLE_AUTHOR = AtLineStarts(
    r"[ \t]*(?:↳[ \t]*)?((?:[A-Z][a-z]+|[\u0e01-\u0e4e]{2,12})(?: (?:[A-Z][a-z]+|[A-Z]\.))?)"
    r"[ \t]+(?:[^\w\s@][ \t]*)?@[A-Za-z0-9_.]{2,30}[ \t]*(?:·[^\n]*)?(?=\r?\n|$)"
)
# Pages and shops post under such a name too.
_PAGE_WORDS = (
    "ร้าน", "เพจ", "บริษัท", "ธนาคาร", "แอดมิน", "ศูนย์", "สำนักงาน", "ไลน์", "ไอจี", "เฟส", "แชท",
    "ทัก", "ติดต่อ", "สั่งซื้อ", "สอบถาม",
)  # fmt: skip


def handle_author_spans(text: str) -> Iterator[tuple[int, int]]:
    """The display name before an @handle that heads a post or a reply: a Thai given name or
    nickname that is no common word, or a Latin name that looks like one."""
    for line in _HANDLE_AUTHOR.finditer(text):
        name = line.group(1)
        if THAI_LETTER.match(name):
            word = name.split(" ")[0]
            if word.startswith(_PAGE_WORDS) or not _may_be_thai_display_name(word):
                continue
        elif not _looks_like_a_name(name):
            continue
        yield line.span(1)


def _may_be_thai_display_name(word: str) -> bool:
    given = name_lists()[0].name_at(word, 0)
    if given == len(word):
        return not is_never_a_name(word)
    return (
        len(word) <= MAX_THAI_NICKNAME and word not in common_words() and not is_never_a_name(word)
    )


MAX_THAI_NICKNAME = 6
_HANDLE = r"[a-z][a-z0-9]*[._][a-z0-9._]*[a-z0-9]"
# A chat export's header above each message: the author, their role, the time.
_HEADER_ROLE = r"(?i:buyer|seller|customer|member|guest|admin|staff|ลูกค้า|ผู้ซื้อ|ผู้ขาย)"
_HEADER_TAIL = rf"(?: \({_HEADER_ROLE}\))?(?: \d{{1,2}}[:.]\d{{2}}(?: ?[AaPp][Mm])?)?"
_LONE_AUTHOR = re.compile(rf"{_LEAD}({_DISPLAY_NAME}|{_HANDLE})({_HEADER_TAIL})[ \t]*")
_HANDLE_PART = re.compile(r"[a-z]{4,}")


def lone_author_span(text: str, next_text: str) -> tuple[int, int] | None:
    """The name that is all of `text` (but for a role and a time after it, as a chat export
    heads each message), when a message follows; without that header, when it is Thai."""
    if len(text) > MAX_LONE_AUTHOR:
        return None
    thai = _THAI_LONE_AUTHOR.fullmatch(text)
    if thai is not None:
        thai_follows = THAI_LETTER.search(next_text) is not None
        return thai.span(1) if thai_follows and _thai_display_name(thai.group(1)) else None
    line = _LONE_AUTHOR.fullmatch(text)
    if (
        line is None
        or not next_text.strip()
        or not (line.group(2) or THAI_LETTER.search(next_text))
    ):
        return None
    name = line.group(1)
    if name[0].islower() and not _HANDLE_PART.search(name):
        return None
    looks = _looks_like_a_name(name) if name[0].isupper() else handle_holds_a_name(name)
    return line.span(1) if looks else None


# A Thai display name alone on its line: two words (`ตาล ทิพวรรณ`, `วรรณิภา เจริญสุข`).
_THAI_LETTERS = r"[\u0e01-\u0e2e\u0e30-\u0e4e]"
_THAI_LONE_AUTHOR = re.compile(
    rf"[ \t]*([ก-ฮเ-ไ]{_THAI_LETTERS}{{1,11}} [ก-ฮเ-ไ]{_THAI_LETTERS}{{1,19}})[ \t]*"
)


def _thai_display_name(name: str) -> bool:
    """One of the two words a listed given name and neither a common word, a word never a
    name or a page's (`ร้านป้าแดง`, `ขายด่วน ราคาดี`)."""
    given, _ = name_lists()
    common = common_words()
    words = name.split()
    if any(w in common or is_never_a_name(w) or w.startswith(_PAGE_WORDS) for w in words):
        return False
    return any(given.name_at(w, 0) == len(w) for w in words)


def romanised_thai_name(word: str) -> bool:
    """A lower-case word of six letters or more with a Thai name's romanised syllables
    (`supaporn`, `thanyarat`)."""
    return (
        len(word) >= MIN_ROMANISED and word.isalpha() and _ROMANISED_THAI.search(word) is not None
    )


def handle_holds_a_name(handle: str) -> bool:
    """`somchai.k`, `nok_chonthicha88`: a part of the handle is a name."""
    return any(
        is_listed_given(part) or _ROMANISED_THAI.search(part)
        for part in _HANDLE_PART.findall(handle)
        if part not in NOT_NAME_WORDS and part not in ORGANISATION_WORDS
    )


def _thai_after(text: str, end: int) -> bool:
    """Thai on the rest of the line, or on the next line that holds anything."""
    line_end = text.find("\n", end)
    rest = text[end:] if line_end == -1 else text[end:line_end]
    if rest.strip():
        return THAI_LETTER.search(rest) is not None
    following = text[line_end + 1 :].lstrip("\n") if line_end != -1 else ""
    next_line = following.split("\n", 1)[0]
    return THAI_LETTER.search(next_line) is not None


def _looks_like_a_name(name: str) -> bool:
    words = [w.lower() for w in re.split(r"[ -]", name.rstrip(".")) if len(w) > 1]
    if any(
        w in NOT_NAME_WORDS or w in OTHER_WORDS_AFTER_CUES or w in ORGANISATION_WORDS for w in words
    ):
        return False
    if is_listed_given(words[0]) or any(_ROMANISED_THAI.search(w) for w in words):
        return True
    # A nickname, then the given name as Thais romanise it: `Mind Chanya`, `Pui Naruemon`.
    return (
        len(words) == 2
        and len(words[0]) <= MAX_NICKNAME
        and len(words[1]) >= MIN_ROMANISED
        and _ROMANISED_GIVEN.search(words[1]) is not None
    )
