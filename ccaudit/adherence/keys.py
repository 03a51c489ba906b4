"""Words joined into one searchable string, remembering where each word sits in it.

Thai words are joined without spaces (Thai writes none, and a phrase may be segmented
differently from the call), Latin words keep one space between them. A phrase is found in
this string by its characters, then mapped back to the words it covers.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ccaudit.adherence.tokens import is_latin


@dataclass(frozen=True)
class Key:
    text: str
    starts: tuple[int, ...]  # where word i starts in text
    ends: tuple[int, ...]  # where word i ends
    word_at: tuple[int, ...]  # the word each character belongs to (a space: the next word)


def build_key(words: Sequence[str]) -> Key:
    parts: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    word_at: list[int] = []
    length = 0
    previous_latin = False
    for index, word in enumerate(words):
        latin = is_latin(word)
        if parts and (latin or previous_latin):
            parts.append(" ")
            word_at.append(index)
            length += 1
        starts.append(length)
        parts.append(word)
        word_at.extend([index] * len(word))
        length += len(word)
        ends.append(length)
        previous_latin = word[-1].isascii()
    return Key("".join(parts), tuple(starts), tuple(ends), tuple(word_at))


def phrase_key(words: Sequence[str]) -> str:
    return build_key(words).text if words else ""
