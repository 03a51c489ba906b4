"""Carry a redaction of a text into the word items that spell it.

Amazon Transcribe items, Google Speech-to-Text words and Deepgram words each hold one word
of a turn (or of a transcript field). A value spoken as several words spans several items:
each item takes its own characters of a replacement as long as the value (a mask), else the
first item it touches takes the replacement and the others lose their part of it; so every
word of the value goes and the items keep their times. Parts of a word outside the value
(`1111.`) stay.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ccaudit.errors import InputFileError


@dataclass(frozen=True)
class WordRef:
    """One word item: where it is, the strings that hold its word, and the word."""

    item: str
    leaves: tuple[str, ...]
    content: str


@dataclass(frozen=True)
class TextEdit:
    start: int
    end: int
    replacement: str


Span = tuple[int, int] | None


def locate_words(text: str, words: Sequence[WordRef], strict: bool) -> list[Span]:
    """Each word's span in `text`, in order. Strictly (the reader built `text` from these
    words) only blanks may lie between them, else the file cannot be redacted exactly;
    loosely (a field and its word list) a word not found is left out."""
    spans: list[Span] = []
    cursor = 0
    folded = text.casefold() if len(text.casefold()) == len(text) else text
    for word in words:
        content = word.content if strict else word.content.casefold()
        at = (text if strict else folded).find(content, cursor) if content else cursor
        if strict and (at < 0 or text[cursor:at].strip()):
            raise InputFileError(f"{word.item}: word items do not spell the turn's text")
        if at < 0:
            spans.append(None)
            continue
        spans.append((at, at + len(content)))
        cursor = at + len(content)
    return spans


def project(spans: list[Span], words: Sequence[WordRef], edits: list[TextEdit]) -> dict[int, str]:
    """word index -> its new content, for the words the edits touch."""
    changed: dict[int, str] = {}
    for edit in sorted(edits, key=lambda e: e.start):
        touched = [
            i
            for i, span in enumerate(spans)
            if span and span[0] < edit.end and edit.start < span[1]
        ]
        for n, i in enumerate(touched):
            start, _ = spans[i]
            word = changed.get(i, words[i].content)
            # Offsets inside the word, shifted by what earlier edits (all before this one) did.
            shift = len(word) - len(words[i].content)
            lo = max(edit.start - start, 0) + shift
            hi = min(edit.end - start, len(words[i].content)) + shift
            changed[i] = word[:lo] + _share(edit, spans[i], n) + word[hi:]
    return changed


def _share(edit: TextEdit, span: tuple[int, int], n: int) -> str:
    """A word's part of the replacement: its own characters of it when the replacement is
    as long as the value (a mask of written digits, so offsets hold), else all of it in the
    first word and nothing in the others."""
    if len(edit.replacement) != edit.end - edit.start:
        return edit.replacement if n == 0 else ""
    lo, hi = max(span[0], edit.start) - edit.start, min(span[1], edit.end) - edit.start
    return edit.replacement[lo:hi]
