"""Thai names as news and posts write them: a nickname in quotes glued before the full name
(`นักร้องสาว "จิ๊บ" เนตรนภา มีชัย`), a full name in quotes (`"เอมอร ทองมาก"`), and a listed
given name quoted after ชื่อ (`ผู้รับชื่อ "ธนวัฒน์ ศ."`).

The quotes say where the nickname ends, and the full name after it says it is a person's: a
given name the lists hold, then a family name set apart by a space. A quoted word alone
(`เมนู "ส้มตำ"`) is a word, not a name.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ccaudit.pii.names.thai_lists import everyday_words, name_lists
from ccaudit.pii.names.thai_words import is_never_a_name, names_a_thing, unlisted_name_length

_QUOTES = "\"“”'‘’"
# One or two quotes (CSV doubles them), a short Thai word, its closing quotes. The opening
# quotes are spelled `[q][q]?`, not `[q]{1,2}`: a pattern that opens with one character
# class lets `re` skip ahead to where it can match, one that opens with a repeat does not.
_QUOTED_NICKNAME = re.compile(
    rf"[{_QUOTES}][{_QUOTES}]?([\u0e01-\u0e4e]{{2,8}})[{_QUOTES}]{{1,2}} ?"
)
_ANY_QUOTE = re.compile(rf"[{_QUOTES}]")
_OPENING_QUOTES = re.compile(rf"[{_QUOTES}][{_QUOTES}]?(?=[\u0e01-\u0e4e])")
_CLOSING_QUOTES = re.compile(rf"[{_QUOTES}]")
_QUOTED_AFTER_NAME_WORD = re.compile(rf"ชื่อ(?:ว่า)? ?[{_QUOTES}]{{1,2}}")
_FAMILY_INITIAL = re.compile(r" [\u0e01-\u0e2e]\.")


def quoted_name_spans(text: str) -> Iterator[tuple[int, int]]:
    if not _ANY_QUOTE.search(text):
        return
    for quoted in _QUOTED_NICKNAME.finditer(text):
        nickname = quoted.group(1)
        end = _full_name_end(text, quoted.end())
        if end and not is_never_a_name(nickname):
            yield quoted.span(1)
            yield quoted.end(), end
    for opening in _OPENING_QUOTES.finditer(text):
        end = _full_name_end(text, opening.end())
        if end and _CLOSING_QUOTES.match(text, end):
            yield opening.end(), end
    if "ชื่อ" in text:
        for quoted in _QUOTED_AFTER_NAME_WORD.finditer(text):
            if names_a_thing(text, quoted.start()):
                continue
            end = _given_name_end(text, quoted.end())
            if end and _CLOSING_QUOTES.match(text, end):
                yield quoted.end(), end


def _given_name_end(text: str, start: int) -> int:
    """End of a listed given name that is no everyday word, with a family name or its initial
    after a space; or 0."""
    given = name_lists()[0].name_at(text, start)
    if not given or text[start : start + given] in everyday_words():
        return 0
    end = start + given
    initial = _FAMILY_INITIAL.match(text, end)
    return initial.end() if initial else _full_name_end(text, start) or end


def _full_name_end(text: str, start: int) -> int:
    """End of a listed given name and a family name set apart by a space, at `start`; or 0."""
    given_names, family_names = name_lists()
    given = given_names.name_at(text, start)
    if (
        not given
        or text[start + given : start + given + 1] != " "
        or text[start : start + given] in everyday_words()
    ):
        return 0
    family_start = start + given + 1
    # A listed family name that stops inside a longer word (จินดา in จินดาโชติ) gives way to it.
    family = max(
        family_names.name_at(text, family_start),
        unlisted_name_length(text, family_start, surname=True),
    )
    return family_start + family if family else 0
