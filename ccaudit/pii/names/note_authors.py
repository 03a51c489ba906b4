"""Who wrote a note or took part in a meeting, named where the note's layout says so: a
heading (`Note by Ning (L1) 13:40`, `--- บันทึกภายใน (วรวุฒิ 16 ก.ย. 2567) ---`) or a list of
attendees (`Attendees: Joanna Ramos (QA lead), client QA Rhys Gallagher`). The key says a name
follows, so a heading's name needs no list; an attendee list holds teams as often, so each of
its names must hold a listed name (layout.holds_a_listed_name).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ccaudit.line_starts import AtLineStarts
from ccaudit.pii.context import lowered
from ccaudit.pii.names.layout import holds_a_listed_name, initialled_name_at, name_at
from ccaudit.thai_script import THAI_WORD_FIRSTS


def note_author_spans(text: str) -> Iterator[tuple[int, int]]:
    # Substring tests first: most texts hold no heading's key and no attendee list.
    if "by" in text or "By" in text or "BY" in text or "บันทึก" in text or "ตอบกลับ" in text:
        yield from _heading_authors(text)
    if ":" in text and _ATTENDEES_KEY.search(lowered(text)):
        yield from _attendees(text)


# Who wrote a note, heading it: `Note by Ning (L1) 13:40`, `--- บันทึกภายใน (วรวุฒิ 16 ก.ย.
# 2567) ---`, `[บันทึกภายใน - สุดารัตน์ CS]`; the name ends at a bracket, a team's letters, a
# date or time, a dash or the line's end.
_NOTE_HEADING = AtLineStarts(
    r"[ \t]*(?:-{2,}[ \t]*|\[)?(?:(?i:(?:internal |agent |staff )?notes? (?:added |taken "
    r"|written )?by)[ \t]+|(?:บันทึกภายใน|บันทึกเพิ่มเติม|ตอบกลับลูกค้า)[ \t]*(?:\(|[-–—][ \t]*))"
    rf"(?=[A-Z{THAI_WORD_FIRSTS}])"
)
_AFTER_NOTE_AUTHOR = re.compile(r"[ \t]*(?:[()\]]|[0-9]|[A-Z]{2,4}[ \t]*\]|[-–—]|(?=[\r\n]|\Z))")


# Who took part in a meeting, a calibration or a review, listed after its key: `Attendees:
# Joanna Ramos (QA lead), Mark Anthony Villanueva (agent), client QA Rhys Gallagher`.
_ATTENDEES = AtLineStarts(
    r"[ \t]*(?i:attendees|participants|present|in attendance|panel)[ \t]*:[ \t]*"
    r"|[ \t]*ผู้เข้าร่วม(?:ประชุม)?[ \t]*:?[ \t]*"
)
_ATTENDEES_KEY = re.compile(r"attendees|participants|present|in attendance|panel|ผู้เข้าร่วม")
# An item: its words up to a comma, a semicolon or the line's end, the role in brackets after.
_LISTED_ITEM = re.compile(
    r"([^,;()\r\n]+?)[ \t]*(?:\([^()\r\n]{0,40}\))?[ \t]*(?:[,;][ \t]*|(?=[\r\n]|\Z))"
)
# Where a name may start inside an item: a capital followed by a small letter, or Thai.
_NAME_START = re.compile(rf"(?<![\w])(?:[A-Z][a-z]|[{THAI_WORD_FIRSTS}])")


def _attendees(text: str) -> Iterator[tuple[int, int]]:
    for key in _ATTENDEES.finditer(text):
        at = key.end()
        while (item := _LISTED_ITEM.match(text, at)) and item.end() > at:
            at = item.end()
            start = _NAME_START.search(text, item.start(1), item.end(1))
            end = name_at(text, start.start()) if start else 0
            if end == item.end(1) and holds_a_listed_name(text[start.start() : end]):
                yield start.start(), end


def _heading_authors(text: str) -> Iterator[tuple[int, int]]:
    for heading in _NOTE_HEADING.finditer(text):
        start = heading.end()
        end = initialled_name_at(text, start)
        if end and _AFTER_NOTE_AUTHOR.match(text, end):
            yield start, end
