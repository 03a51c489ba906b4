"""A name said just before its owner's e-mail address: `add mason mason.ortiz@mail.com`,
`Priya priya_k88@...`. The address begins with the word, so the word is the person's name,
though it be an everyday word too (`mason`, `will`); a mailbox word (`support support@`,
`info info@`) is no name.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ccaudit.pii.names.english_lists import NOT_NAME_WORDS
from ccaudit.pii.names.english_word_names import WORD_NAMES
from ccaudit.pii.names.english_words import ORGANISATION_WORDS, OTHER_WORDS_AFTER_CUES

_WORD_THEN_ADDRESS = re.compile(r"(?<![\w.@'’-])([A-Za-z]{3,})[ \t]+([\w.+-]+)@\w")
# All that `_WORD_THEN_ADDRESS` holds before its "@".
_BEFORE_AT = re.compile(r"[\w.+ \t-]")


def address_owner_spans(text: str) -> Iterator[tuple[int, int]]:
    for match in _words_then_addresses(text):
        word = match.group(1).lower()
        if not match.group(2).lower().startswith(word):
            continue
        if word not in WORD_NAMES and (
            word in NOT_NAME_WORDS or word in OTHER_WORDS_AFTER_CUES or word in ORGANISATION_WORDS
        ):
            continue
        yield match.span(1)


def _words_then_addresses(text: str) -> Iterator[re.Match[str]]:
    """The matches of `_WORD_THEN_ADDRESS.finditer(text)`. Each starts in the run of what the
    pattern holds before an "@" and ends right after it, so the pattern is tried only there:
    its opening lookbehind would have `re` try it at every character of the text."""
    searched_to = 0
    at = text.find("@")
    while at != -1:
        start = at
        while start > searched_to and _BEFORE_AT.match(text, start - 1):
            start -= 1
        match = _WORD_THEN_ADDRESS.search(text, start, at + 2)
        if match is not None:
            yield match
            searched_to = match.end()
        at = text.find("@", at + 1)
