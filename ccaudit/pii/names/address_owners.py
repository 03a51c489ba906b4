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


def address_owner_spans(text: str) -> Iterator[tuple[int, int]]:
    for match in _WORD_THEN_ADDRESS.finditer(text):
        word = match.group(1).lower()
        if not match.group(2).lower().startswith(word):
            continue
        if word not in WORD_NAMES and (
            word in NOT_NAME_WORDS or word in OTHER_WORDS_AFTER_CUES or word in ORGANISATION_WORDS
        ):
            continue
        yield match.span(1)
