"""Names a speaker addresses right after a greeting, a thank-you or an apology: สวัสดีค่ะคุณ
วิภาวดี, ขอบคุณครับคุณมาลัย, ขอโทษด้วยนะคะคุณต้อง, เรียนคุณอำนาจใช่ไหมคะ.

After a bare คุณ an everyday word is mostly what "you" do or are (คุณต้องกรอก "you must fill
in"), so the cue finder in `thai_cues` reads one as a name only where a particle closes it.
Said to someone being greeted or thanked, คุณ is a title: the word after it is a name even when
it is also a word (สมบัติ "wealth", มาลัย "garland", อาทิตย์ "Sunday"), provided it stands alone,
is not how one addresses a stranger or a relative (คุณลูกค้า, คุณแม่, คุณหมอ) and, unless a name
list holds it, is not a verb. This is a strong cue, as a title is: any other word standing alone
there is taken for a name.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ccaudit.pii.names.thai_lists import everyday_words, name_lists, verbs
from ccaudit.pii.names.thai_words import PARTICLE, is_never_a_name, unlisted_name_length

_ADDRESSED = re.compile(
    r"(?:สวัสดี|ขอบคุณ(?:มาก)?|ขอโทษ(?:ด้วย)?|ขออภัย(?:ด้วย)?|ยินดีต้อนรับ|เรียน)"
    r"(?:นะ)?(?:ค่ะ|ค่า|คะ|ครับ|คับ|จ้ะ|จ้า|ฮะ)? ?คุณ"
)
# Ways to address someone that are no name: a role, a relative, everyone.
_ADDRESSES = """
    ลูกค้า แม่ พ่อ หมอ ครู พยาบาล ป้า ลุง น้า ยาย ตา ย่า ปู่ พี่ น้อง นาย หญิง ท่าน ทุกท่าน ทุกคน
    สมาชิก เจ้าหน้าที่ พนักงาน ผู้ชม ผู้ฟัง ผู้ใช้ ผู้ใช้บริการ ลูกค้าที่รัก มาก ที่ สำหรับ เช่นกัน
"""
_ADDRESS_WORDS = frozenset(_ADDRESSES.split())
_DAYS = frozenset(("จันทร์", "อังคาร", "พุธ", "พฤหัส", "ศุกร์", "เสาร์", "อาทิตย์"))
_THAI_RUN = re.compile(r"[\u0e01-\u0e4e]{2,6}")
# What ends a name said to someone: a particle, a space, a mark or a digit, the end, or the
# question whether it is them (คุณอำนาจใช่ไหมคะ).
_CLOSED = re.compile(rf"{PARTICLE.pattern}|ใช่|[ \n.,!?)~:;\d๐-๙]|$")


def vocative_name_spans(text: str) -> Iterator[tuple[int, int]]:
    if "คุณ" not in text:
        return
    given, family = name_lists()
    for cue in _ADDRESSED.finditer(text):
        start = cue.end()
        length = given.name_at(text, start)
        if not length:
            length = (
                unlisted_name_length(text, start)
                or _word_length(text, start)
                or _short_word_length(text, start)
            )
            # What the one greeted or thanked does (ขอบคุณค่ะ คุณรอนะคะ), not who they are.
            if text[start : start + length] in verbs():
                continue
        end = start + length
        word = text[start:end]
        if not length or not _CLOSED.match(text, end) or _is_an_address(word):
            continue
        if text[end : end + 1] == " " and (surname := family.name_at(text, end + 1)):
            end += 1 + surname
        yield start, end


def _word_length(text: str, start: int) -> int:
    """A dictionary word that is also a name (สมบัติ, มาลัย, วิภาวดี) standing alone."""
    words = name_lists()[0].words
    for end in range(min(len(text), start + 12), start + 1, -1):
        if text[start:end] in words and _CLOSED.match(text, end):
            return end - start
    return 0


def _short_word_length(text: str, start: int) -> int:
    """A short unlisted name that happens to begin with a word (มาลัย: มา "come"), though not
    two words run together (ไปก่อน "go first")."""
    run = _THAI_RUN.match(text, start)
    if run is None or not _CLOSED.match(text, run.end()):
        return 0
    word = run.group()
    if any(_is_a_word(word[:n]) and _is_a_word(word[n:]) for n in range(1, len(word))):
        return 0
    return len(word)


def _is_a_word(part: str) -> bool:
    return part in everyday_words() or is_never_a_name(part)


def _is_an_address(word: str) -> bool:
    if word in _ADDRESS_WORDS or word.startswith(("ผู้", "ลูกค้า")):
        return True
    return word not in _DAYS and is_never_a_name(word)
