"""Thai words around names: the particles that close a name, the words after a cue that are
never a name, and the nouns before ชื่อ that name a thing rather than a person.

An unlisted name (most nicknames: ต้น, เบนซ์, แพรว are in no list) is read only after a cue
that can only introduce a name, and only up to a particle, a space or punctuation, so that
ชื่อที่ถูกต้อง ("the correct name") or ชื่อแม่ค่ะ ("mother's name") stays quiet.
"""

from __future__ import annotations

import re
from functools import cache

from ccaudit.pii.names.thai_lists import alternation, everyday_words, name_lists

# Polite and final particles, which end a name said alone (มาลีค่ะ, ชื่อต้นครับ).
PARTICLE = re.compile(r"ค่ะ|ค่า|คะ|ครับ|คับ|จ้ะ|จ้า|จ๊ะ|นะ|ฮะ")
# Kin and role nouns, question words, months and days: what follows ชื่อ or a title without
# being a name (ชื่อแม่ "mother's name", ชื่ออะไร "what name").
_NOT_NAMES = """
    แม่ พ่อ ลูก ลูกสาว ลูกชาย สามี ภรรยา เมีย ผัว แฟน ตัวเอง เจ้าของ บัญชี บัตร ผู้รับ ลูกค้า
    เล่น จริง เต็ม สกุล นามสกุล ร้าน เพจ บริษัท สินค้า เดิม ใหม่ คน เด็ก ผู้ใช้ ผู้ใช้บริการ
    มกรา มกราคม กุมภา กุมภาพันธ์ มีนา มีนาคม เมษา เมษายน พฤษภา พฤษภาคม มิถุนา มิถุนายน
    กรกฎา กรกฎาคม สิงหา สิงหาคม กันยา กันยายน ตุลา ตุลาคม พฤศจิกา พฤศจิกายน ธันวา ธันวาคม
    จันทร์ อังคาร พุธ พฤหัส พฤหัสบดี ศุกร์ เสาร์ อาทิตย์ บอท ระบบ แอดมิน
    พี่ น้อง ลุง ป้า น้า อา ครู หมอ ลค จนท ผู้พูด ผู้โทร ผู้ร้องเรียน ผู้แจ้ง เจ้าหน้าที่ พนักงาน
    โรงพยาบาล กสิกร กสิกรไทย กรุงเทพ กรุงไทย กรุงศรี ไทยพาณิชย์ ออมสิน ทหารไทย ธนชาต ทีทีบี
    ยูโอบี ซีไอเอ็มบี เกียรตินาคิน แลนด์แอนด์เฮ้าส์ ธกส เบอร์ เบอร์โทร ที่อยู่ อีเมล รหัส เลข
    อ่า เอ่อ อืม อ๋อ โอเค ใช่ ครับ ค่ะ ธนาคาร ร้าย
"""
NOT_NAMES = frozenset(_NOT_NAMES.split())
# Nouns that make ชื่อ name a thing: ร้านชื่อ "a shop named", สาขาชื่อ "a branch named".
_THINGS = (
    "ร้าน", "บริษัท", "แบรนด์", "ยี่ห้อ", "เพจ", "สินค้า", "รุ่น", "แอป", "แอพ", "เว็บ", "โรงแรม",
    "โรงพยาบาล", "โรงเรียน", "สาขา", "หมู่บ้าน", "ถนน", "ซอย", "ไฟล์", "เมนู", "หนัง", "เพลง",
    "กลุ่ม", "ไลน์", "ร้านค้า", "คอนโด", "โครงการ", "บัญชีผู้ใช้", "อีเมล",
)  # fmt: skip
# Companies called by a kin word as a person would be: พี่เคอรี่ "the Kerry courier", น้อง
# ไลน์แมน "the LINE MAN rider", พี่ทรู "True (the telco)".
_BRANDS = (
    "เคอรี่", "แฟลช", "ไปรษณีย์", "ไลน์แมน", "แกร็บ", "ฟู้ดแพนด้า", "โรบินฮู้ด", "ลาล่ามูฟ",
    "ช้อปปี้", "ลาซาด้า", "ทรู", "ดีแทค", "เอไอเอส", "เซเว่น", "โลตัส", "บิ๊กซี", "แม็คโคร",
    "เทสโก้", "เซ็นทรัล", "โฮมโปร", "ไทวัสดุ", "บุญถาวร", "เดอะมอลล์", "ท็อปส์", "วัตสัน",
    "บูทส์", "สตาร์บัคส์", "ไลน์", "เฟซบุ๊ก", "เฟสบุ๊ค", "ติ๊กต็อก", "ยูทูบ", "กูเกิล",
)  # fmt: skip
_BRAND = re.compile(alternation(sorted(_BRANDS)))
MAX_UNLISTED = 12
_FUNCTION_WORDS = frozenset(
    (
        "และ", "หรือ", "กับ", "ของ", "ใน", "จาก", "แต่", "ว่า", "ให้", "ได้", "เป็น",
        "คือ", "ซึ่ง", "โดย", "แล้ว", "ก็", "จะ", "ไม่", "ด้วย", "เพื่อ", "ถ้า",
    )
)  # fmt: skip
_NEVER_FIRST = frozenset("ะัาำิีึืฺุูๅๆ็่้๊๋์ํ๎")
# Two to MAX_UNLISTED Thai letters, up to the first particle or the end of the Thai run.
_UNLISTED_WORD = re.compile(
    rf"[\u0e01-\u0e4e]{{2,{MAX_UNLISTED}}}?(?={PARTICLE.pattern}|[^\u0e01-\u0e4e]|$)"
)


def brand_at(text: str, start: int) -> bool:
    return _BRAND.match(text, start) is not None


def closed_after(text: str, end: int) -> bool:
    """A particle, punctuation or the end follows: the word stands alone (ผมต้นครับ), not
    before a verb or an object (ผมคงได้, ผมส่ง quotation)."""
    if end == len(text) or PARTICLE.match(text, end):
        return True
    return not (text[end].isalnum() or text[end] == " ")


def names_a_thing(text: str, cue_start: int) -> bool:
    """ร้านชื่อ, สาขาชื่อ: the noun just before ชื่อ is a thing, not a person."""
    before = text[max(0, cue_start - 12) : cue_start].rstrip()
    return before.endswith(_THINGS)


def begins_with_a_thing(value: str) -> bool:
    """ร้านสมใจ, บริษัทเอบีซี: a shop's or a company's name, not a person's."""
    return value.startswith(_THINGS)


def unlisted_name_length(text: str, start: int, surname: bool = False) -> int:
    """Length of the Thai word at `start` that a particle, space, punctuation or the end
    closes, when it can be a name; or 0. Family names are compounds of everyday words
    (คำแก้ว, ศรีวงศ์), so a `surname` may begin with one; a given name may not."""
    word = _UNLISTED_WORD.match(text, start)
    if word is None:
        return 0
    end = word.end()
    word = text[start:end]
    # A period right after Thai letters ends an abbreviation (กกต., จนท.), not a name.
    if is_never_a_name(word) or "ชื่อ" in word or text[end : end + 1] == ".":
        return 0
    if surname and (word in everyday_words() or _starts_with_a_function_word(word)):
        return 0
    if not surname and _holds_a_word_first_or_last(word):
        return 0
    return end - start


def is_never_a_name(word: str) -> bool:
    """A listed name that is a function word or a kin word (ที่, แม่) or a place."""
    return word in NOT_NAMES or word in _stopwords() or word in _place_names()


def _holds_a_word_first_or_last(word: str) -> bool:
    """ไม่ได้สั่ง, บัญชีแม่: a function word or an everyday word, then more; เช็คให้, สะกดผิด:
    more, then one. A nickname that is an everyday word on its own (ต้น, ฟ้า) passes, and so
    does one whose letters only spell a word by cutting a syllable (โอ in โอ๊ต: a tone mark
    cannot begin a word)."""
    return any(
        may_begin_a_word(word[n]) and (_is_a_word(word[:n]) or _is_a_word(word[n:]))
        for n in range(2, len(word) - 1)
    ) or (len(word) > 2 and _is_a_word(word[:-1]) and may_begin_a_word(word[-1]))


def _starts_with_a_function_word(word: str) -> bool:
    """และวันเกิด, หรือเบอร์: a family name may begin with an everyday word (ทองดี, มีสุข), not
    with a conjunction or a preposition."""
    return any(
        word[:n] in _FUNCTION_WORDS and may_begin_a_word(word[n]) for n in range(2, len(word) - 1)
    )


def _is_a_word(part: str) -> bool:
    return part in _stopwords() or part in everyday_words() or part in NOT_NAMES


def may_begin_a_word(letter: str) -> bool:
    """A Thai consonant or leading vowel can begin a word; a tone mark, an upper or lower vowel
    or a following vowel (ะ า ำ ๆ) cannot, so no word ends just before one."""
    return letter not in _NEVER_FIRST


@cache
def _stopwords() -> frozenset[str]:
    from pythainlp.corpus import thai_stopwords

    return frozenset(thai_stopwords())


@cache
def _place_names() -> frozenset[str]:
    """Provinces and countries (ชิลี, แคนาดา); a country that is a given name too (มาลี) is
    left to be a name."""
    from pythainlp.corpus import countries, provinces

    given = name_lists()[0].names
    return frozenset(provinces()) | frozenset(c for c in countries() if c not in given)


# Words that open a verb phrase, never a given name: passive, negation, modals and aspect
# (ผมโดนเลิกจ้างครับ "I was laid off").
VERB_OPENINGS = ("โดน", "ถูก", "ไม่", "จะ", "ต้อง", "กำลัง", "เพิ่ง", "ยัง", "อยาก", "เคย")
