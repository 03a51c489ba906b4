"""Every name the cues in one text point at, with a score for how sure the cue is; and the
question the prefilter asks of every turn."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import NamedTuple

from ccaudit.pii.names.english_cues import english_name_spans
from ccaudit.pii.names.layout import layout_name_spans, lone_name_spans
from ccaudit.pii.names.note_authors import note_author_spans
from ccaudit.pii.names.thai_cues import thai_name_spans
from ccaudit.thai_script import THAI_LETTER, THAI_LETTERS

THAI_SCORE = 0.85
LAYOUT_SCORE = 0.75
ENGLISH_SCORE = 0.6
_LATIN_LETTER = re.compile(r"[A-Za-z]")
# Thai ASR that sets syllables or words apart ("สวัสดี ค่ะ ดิฉัน ศศิ ธร ค่ะ"): the Thai finders
# read a line of it with those spaces taken out, and their spans are put back on the line.
_THAI_SPACE = re.compile(f"(?<=[{THAI_LETTERS}]) (?=[{THAI_LETTERS}])")
MIN_SPACES = 4
# At most this many Thai letters per space between two of them: unspaced Thai has far more.
MAX_LETTERS_PER_SPACE = 6


class NameSpan(NamedTuple):
    start: int
    end: int
    score: float


def name_spans(text: str) -> list[NameSpan]:
    """Names in `text`, in the order the finders give them (they may overlap)."""
    return list(_spans_in_order(text))


def may_hold_name(text: str) -> bool:
    """The prefilter's question: whether the PERSON recognizer finds anything in `text`. The
    finders after the first to find a name need not run. The order and the tests are
    `_spans_in_order`'s, without the spans it builds: this runs for most turns."""
    ascii_only = text.isascii()
    if not ascii_only and (
        _finds(thai_name_spans(text))
        or (_THAI_SPACE.search(text) is not None and _finds(_spaced_thai_name_spans(text)))
    ):
        return True
    if _LATIN_LETTER.search(text):
        return (
            _finds(english_name_spans(text))
            or _finds(layout_name_spans(text))
            or _finds(note_author_spans(text))
            or _finds(lone_name_spans(text))
        )
    return not ascii_only and (_finds(layout_name_spans(text)) or _finds(note_author_spans(text)))


def _finds(spans: Iterator[tuple[int, int]]) -> bool:
    return next(spans, None) is not None


def _spans_in_order(text: str) -> Iterator[NameSpan]:
    if not text.isascii():
        yield from (NameSpan(s, e, THAI_SCORE) for s, e in thai_name_spans(text))
        if _THAI_SPACE.search(text):
            yield from (NameSpan(s, e, THAI_SCORE) for s, e in _spaced_thai_name_spans(text))
    if _LATIN_LETTER.search(text):
        yield from (NameSpan(s, e, ENGLISH_SCORE) for s, e in english_name_spans(text))
        yield from (NameSpan(s, e, LAYOUT_SCORE) for s, e in layout_name_spans(text))
        yield from (NameSpan(s, e, LAYOUT_SCORE) for s, e in note_author_spans(text))
        yield from (NameSpan(s, e, LAYOUT_SCORE) for s, e in lone_name_spans(text))
    elif not text.isascii():
        yield from (NameSpan(s, e, LAYOUT_SCORE) for s, e in layout_name_spans(text))
        yield from (NameSpan(s, e, LAYOUT_SCORE) for s, e in note_author_spans(text))


def _spaced_out(line: str) -> bool:
    spaces = len(_THAI_SPACE.findall(line))
    letters = len(THAI_LETTER.findall(line))
    return spaces >= MIN_SPACES and letters <= spaces * MAX_LETTERS_PER_SPACE


def _spaced_thai_name_spans(text: str) -> Iterator[tuple[int, int]]:
    """Line by line: the detector joins many turns, spaced and not, into one text. Only the
    lines with a space between Thai letters can be spaced out, and `re` skips to them: most
    lines of a batch have none, and many are the empty lines between conversations."""
    position = 0
    while (space := _THAI_SPACE.search(text, position)) is not None:
        line_start = text.rfind("\n", 0, space.start()) + 1
        line_end = text.find("\n", space.end())
        if line_end == -1:
            line_end = len(text)
        line = text[line_start:line_end]
        if _spaced_out(line):
            kept = [i for i in range(len(line)) if not _is_thai_space(line, i)]
            joined = "".join(line[i] for i in kept)
            for start, end in thai_name_spans(joined):
                yield line_start + kept[start], line_start + kept[end - 1] + 1
        position = line_end + 1


def _is_thai_space(text: str, i: int) -> bool:
    return text[i] == " " and 0 < i < len(text) - 1 and _THAI_SPACE.match(text, i) is not None
