"""Thai names after words that only sometimes introduce one: an agent's greeting
(`ธนาคารสวัสดีค่ะ วิมลรัตน์ค่ะ`, `สวัสดีครับ ธนพล รับสายครับ`) and a contact or a
recipient named before a number or a note (`ติดต่อ สุรชัย โทร 08...`, `ผู้รับ อรุณี (ภรรยา)`).

These words are followed by everything else as often (สวัสดีค่ะ ยินดีต้อนรับ, ติดต่อกลับ), so
only a listed given name that is no common word counts, and only where it stands alone: a
particle or `รับสาย` after a greeting, a number, a bracket, `โทร` or `เบอร์` after the rest.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ccaudit.pii.names.thai_lists import common_words, name_lists

_GREETING = re.compile(r"สวัสดี(?:ค่ะ|ครับ|คะ|ค่า)? ?(?:ค่ะ|ครับ)? ?")
_AFTER_GREETING = re.compile(r" ?(?:ค่ะ|ครับ|คะ|ค่า|รับ ?สาย|ยินดี)")
_CONTACT = re.compile(r"(?:ติดต่อ|ผู้รับ|ผู้ติดต่อ|ผู้ส่ง) ?")
_AFTER_CONTACT = re.compile(r" ?(?:[(0-9๐-๙]|โทร|เบอร์|ได้ที่|$|\n)")


def thai_intro_name_spans(text: str) -> Iterator[tuple[int, int]]:
    if "สวัสดี" in text:
        yield from _names_after(text, _GREETING, _AFTER_GREETING)
    if "ติดต่อ" in text or "ผู้" in text:
        yield from _names_after(text, _CONTACT, _AFTER_CONTACT)


def _names_after(text: str, cue: re.Pattern[str], after: re.Pattern[str]):
    given, family = name_lists()
    for match in cue.finditer(text):
        start = match.end()
        length = given.name_at(text, start)
        if not length or text[start : start + length] in common_words():
            continue
        end = start + length
        surname_start = end + 1 if text[end : end + 1] == " " else end
        surname = family.name_at(text, surname_start)
        if surname:
            end = surname_start + surname
        if after.match(text, end):
            yield start, end
