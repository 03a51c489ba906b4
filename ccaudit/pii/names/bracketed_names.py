"""A name's other form in brackets (or after a slash) right after it: the nickname
(`Chonthicha Kaewdee (Nok)`, `ปิยะ สุขดี (ต่าย)`), the name in the other script
(`คุณวันดี มีชัย (Wandee Meechai)`, `Ploy Sirirat / พลอย ศิริรัตน์`) or in capitals as on a
passport (`(CHONTHICHA)`).

Only brackets that hold nothing but a name count: not a relation or a role (`(ภรรยา)`,
`(Manager)`), a team, a code (`(AGT219)`, `(NOC)`) or a remark. After a name in Latin letters
only one Latin word counts (`(Nok)`): two are a role or a team as often (`(Acct Holder)`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ccaudit.pii.names.english_cues import KIN_WORDS, ROLE_WORDS
from ccaudit.pii.names.english_lists import EVERYDAY_WORDS_LISTED_AS_NAMES, NOT_NAME_WORDS
from ccaudit.pii.names.english_words import ORGANISATION_WORDS, OTHER_WORDS_AFTER_CUES
from ccaudit.pii.names.thai_lists import (
    common_words,
    dictionary_words,
    everyday_words,
    name_lists,
)
from ccaudit.pii.names.thai_words import is_never_a_name, may_begin_a_word, unlisted_name_length

_LATIN_WORD = r"(?:[A-Z][a-z]{2,}|[A-Z]{3,})"
# Thai letters and marks, not ฯ: นิติฯ is short for a word, no name.
_THAI_WORD = r"[\u0e01-\u0e2e\u0e30-\u0e4e]{2,20}"
_OTHER_FORM = re.compile(
    r"[ \t]?(?:\((?P<bracketed>[^()\n]{2,40})\)"
    r"|/ (?P<slashed>[^/\n]{2,40}?)(?=[ \t]*(?:$|\n)))"
)
_LATIN_NAME = re.compile(rf"{_LATIN_WORD}(?: {_LATIN_WORD}){{0,2}}")
_THAI_NAME = re.compile(rf"{_THAI_WORD}(?: {_THAI_WORD})?")
# Capitals of three letters are a code or a team (NOC, AGT, VIP) more often than a name.
MIN_CAPITALS = 4


def bracketed_name_spans(text: str, name_end: int) -> Iterator[tuple[int, int]]:
    """The other form of the name that ends at `name_end`, if one follows it."""
    form = _OTHER_FORM.match(text, name_end)
    # `Ffion (Northwind):` labels a speaker by name and company.
    if form is None or text[form.end() : form.end() + 1] in (":", "："):
        return
    group = "bracketed" if form.group("bracketed") is not None else "slashed"
    start, end = form.span(group)
    after_latin = text[name_end - 1 : name_end].isascii()
    if _is_a_name(form.group(group), after_latin):
        yield start, end


def _is_a_name(words: str, after_latin: bool) -> bool:
    if _LATIN_NAME.fullmatch(words):
        if after_latin and " " in words:
            return False
        return all(_is_a_latin_name_word(word) for word in words.split())
    if _THAI_NAME.fullmatch(words):
        return _is_a_thai_name(words.split())
    return False


def _is_a_latin_name_word(word: str) -> bool:
    low = word.lower()
    if word.isupper() and len(word) < MIN_CAPITALS:
        return False
    return not (
        low in NOT_NAME_WORDS
        or low in OTHER_WORDS_AFTER_CUES
        or low in ORGANISATION_WORDS
        or low in EVERYDAY_WORDS_LISTED_AS_NAMES
        or low in KIN_WORDS
        or low in ROLE_WORDS
    )


# Nicknames are short: a longer dictionary word in brackets is a role or a note (ธุรการ).
MAX_NICKNAME_WORD = 4


def _is_a_thai_word(word: str) -> bool:
    """A common word, two run together (กะ|ดึก "night shift"), or a long dictionary word."""
    common = common_words()
    return (
        word in common
        or (len(word) > MAX_NICKNAME_WORD and word in dictionary_words())
        or any(
            word[:n] in common and word[n:] in common and may_begin_a_word(word[n])
            for n in range(2, len(word) - 1)
        )
    )


def _is_a_thai_name(words: list[str]) -> bool:
    given_names, family_names = name_lists()
    given = words[0]
    if is_never_a_name(given) or given in everyday_words():
        return False
    listed = given_names.name_at(given, 0) == len(given)
    if not (listed or unlisted_name_length(given, 0) == len(given)):
        return False
    if len(words) == 1:
        return not _is_a_thai_word(given)
    family = words[1]
    return family_names.name_at(family, 0) == len(family) or bool(
        unlisted_name_length(family, 0, surname=True) == len(family)
    )
