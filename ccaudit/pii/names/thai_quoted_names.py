"""Thai names as news and posts write them: a nickname in quotes glued before the full name
(`นักร้องสาว "แพม" พิมพ์ชนก ใจดี`), or a full name in quotes (`"ธนวัฒน์ ศรีสุข"`).

The quotes say where the nickname ends, and the full name after it says it is a person's: a
given name the lists hold, then a family name set apart by a space. A quoted word alone
(`เมนู "ส้มตำ"`) is a word, not a name.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ccaudit.pii.names.thai_lists import everyday_words, name_lists
from ccaudit.pii.names.thai_words import is_never_a_name, unlisted_name_length

_QUOTES = "\"“”'‘’"
# One or two quotes (CSV doubles them), a short Thai word, its closing quotes.
_QUOTED_NICKNAME = re.compile(rf"[{_QUOTES}]{{1,2}}([\u0e01-\u0e4e]{{2,8}})[{_QUOTES}]{{1,2}} ?")
_OPENING_QUOTES = re.compile(rf"[{_QUOTES}]{{1,2}}(?=[\u0e01-\u0e4e])")
_CLOSING_QUOTES = re.compile(rf"[{_QUOTES}]")


def quoted_name_spans(text: str) -> Iterator[tuple[int, int]]:
    if not any(quote in text for quote in _QUOTES):
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
