"""Thai names after a title, a self-introduction or ชื่อ ("name").

Thai is written without spaces, so the name after คุณ is found by the longest entry of
pythainlp's bundled name lists that the text starts with, and rejected when the text there
is really a longer word: the name alone (คุณต้องการ is "you want", not คุณต้อง) or the title
with it (คุณสมบัติ "properties", นายกรัฐมนตรี "prime minister"). A cue is strong when it can
only introduce a name (นางสาว, เด็กชาย, ผมชื่อ), weak when it is also a pronoun or a kin word
(คุณ, ผม, พี่): after a weak cue an everyday word (คุณชอบ "you like", ผมคง "I probably") is
a name only when a particle, a family name or the end follows it, and a name in no list only
after a kin word (พี่เบนซ์ครับ), standing alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import cache

from ccaudit.pii.names.english_lists import NOT_NAME_WORDS
from ccaudit.pii.names.english_words import ORGANISATION_WORDS
from ccaudit.pii.names.thai_call_me import called_name_spans
from ccaudit.pii.names.thai_full_names import FAREWELL, thai_full_name_spans
from ccaudit.pii.names.thai_intros import SERVICE_PHRASE, thai_intro_name_spans
from ccaudit.pii.names.thai_lists import (
    alternation,
    common_verbs,
    common_words,
    everyday_words,
    name_lists,
    verbs,
)
from ccaudit.pii.names.thai_nicknames import glued_nickname_length, is_a_phrase
from ccaudit.pii.names.thai_quoted_names import quoted_name_spans
from ccaudit.pii.names.thai_vocatives import vocative_name_spans
from ccaudit.pii.names.thai_words import (
    VERB_OPENINGS,
    brand_at,
    closed_after,
    is_never_a_name,
    may_begin_a_word,
    names_a_thing,
    unlisted_name_length,
)
from ccaudit.thai_script import THAI_LETTER

# Ranks as the news writes them: พล.อ., พ.ต.ท., ร.ต.อ., จ.ส.อ., ส.ต.ต., น.อ., ด.ต.; and
# academic titles before ดร. or alone (ผศ.ดร., รศ.).
_RANKS = (
    r"พล\.(?:[ตรอ]\.)?[อทต]\.|[พร]\.(?:ต\.)?[อทต]\.|จ\.ส\.[อทต]\.|[จน]\.[อทต]\.|ส\.(?:ต\.)?[อทต]\."
    r"|ด\.ต\.|(?:ผศ|รศ)\.(?: ?ดร\.)?|ศ\. ?ดร\.|ว่าที่ ?(?:ร\.ต\.|ร้อยตรี)"
)
_TITLES = (
    rf"{_RANKS}|นางสาว|นาง|นาย|น\.ส\.|ด\.ช\.|ด\.ญ\.|เด็กชาย|เด็กหญิง|คุณหญิง|ดร\.|นพ\.|พญ\.|ทพ\."
    r"|(?:พล|พัน|ร้อย|นาวา|เรือ)(?:ตำรวจ|อากาศ)?(?:เอก|โท|ตรี)"
)
# After a trade, a common word is the trade's kind (ช่างแอร์ "air-con technician").
_TRADES = re.compile(r"หมอ|ช่าง|พยาบาล|อาจารย์")
# Officers (จนท.สุภาวดี) are followed by their department or job as often as by a name
# (พนักงานขาย, เจ้าหน้าที่คอลเซ็นเตอร์): only a listed or a Latin name is read after them.
_OFFICERS = re.compile(r"จนท|เจ้าหน้าที่|พนักงาน")
_DAYS = frozenset(("จันทร์", "อังคาร", "พุธ", "ศุกร์", "เสาร์", "อาทิตย์"))
# Words no name opens with (see `_unlisted_is_a_word`).
_NO_NAME_OPENINGS = ("ผู้", "ลูกค้า", "ผิด", "ตาม")
# Roles after a kin word, not names (น้องแอด "the admin").
_KIN_ROLES = frozenset(("แอด", "แอดมิน", "ช่าง", "หมอ", "พยาบาล"))
# น้อง before an animal is a pet (น้องแมว "the cat"); พี่แมว is someone nicknamed so.
_PETS = frozenset(("แมว", "หมา", "สุนัข"))
# Kin words and trades that people put before a nickname (พี่ต้น, ป้าจันทร์, หมอฟ้า, ช่างวิน);
# a Latin `admin` only glued to the name (adminปุ้ย), not opening a label (Shop Admin สวัสดี).
# Monks (หลวงพ่อ, หลวงพี่, หลวงตา), village heads (ผู้ใหญ่, กำนัน) and brothers, sisters, sons,
# daughters and grandchildren (น้องชาย กิตติ, หลานชายต้น) are named so too.
_KIN = (
    r"หลวงพ่อ|หลวงพี่|หลวงตา|กำนัน|ผู้ใหญ่|(?:พี่|น้อง|ลูก|หลาน)(?:ชาย|สาว)"
    r"|พี่|น้อง|ลุง|ป้า|น้า|ครู|แอดมิน|(?i:admin)(?! )|หมอ|ช่าง"
    r"|พยาบาล|เจ๊|เฮีย|อาจารย์|จนท\.|เจ้าหน้าที่|พนักงาน"
)
_NAME_WORD = (
    r"ชื่อ(?:ว่า|จริง|เล่น|บัญชี|ผู้รับ|ผู้โอน|ผู้ส่ง|ผู้แจ้ง|เจ้าของบัญชี|เจ้าของ|บนบัตร|ภาษาอังกฤษ"
    r"|อังกฤษ)?|นามสกุล"
)
# A title after a self-introduction is optional, and some listed names begin with one
# (คุณานนท์): the `inner` group says where to look for such a name. ASR drops ชื่อ's tone mark
# (ดิฉันชือจอยคะ).
THAI_CUE = re.compile(
    rf"(?P<title>{_TITLES}) ?"
    r"|(?P<you>คุณ) ?"
    rf"|(?P<kin>{_KIN}) ?"
    rf"|(?P<self>ผม|ดิฉัน|ฉัน|หนู)(?P<named>ชื่อว่า|ชื่อ|ชือ)?(?P<inner>คุณ|{_TITLES})? ?"
    rf"|(?P<name_word>{_NAME_WORD})(?: ?คือ)?(?P<inner2>คุณ|{_TITLES})? ?"
)
# A short Thai word standing alone: a nickname after a kin word (พี่เบนซ์ครับ, น้องมายด์ 5 ขวบ).
_SHORT_WORD_ALONE = r"[ก-ฮเ-ไ][ก-๎]{1,7}(?:ค่ะ|ค่า|คะ|ครับ|คับ|นะ|จ้ะ|จ้า| |$|[^ก-๎])"
_LEADING_VOWELS = frozenset("เแโใไ")
MIN_KIN_NICKNAME = 3
MAX_PRONOUN_NAME = 8
# Not a code (เจ้าหน้าที่ FT01): no digit after it.
_LATIN_NAME = re.compile(r"([A-Z][a-z]+|[A-Z]{2,})(?: (?:[A-Z][a-z]+|[A-Z]{2,}))?(?![A-Za-z0-9])")
_CLOSING = r"(?:ค่ะ|ค่า|คะ|ครับ|คับ|จ้ะ|จ้า|จ๊ะ|นะ|ฮะ|[\n.,!?)]|$)"
_PRONOUN_NAME_CLOSED = re.compile(_CLOSING)
_LATIN_TITLE = re.compile(r" ?(?:Mr|Mrs|Ms|Miss|Dr|MR|MRS|MS|MISS|DR)\.? ")
_NOT_LATIN_NAMES = frozenset(("Bot", "BOT", "Admin", "ADMIN", "OTP", "SMS", "ID", "OK", "Ok"))


def thai_name_spans(text: str) -> Iterator[tuple[int, int]]:
    """Names after a Thai cue: listed names, Latin names (ดิฉันชื่อ Fah), and after a strong
    cue an unlisted name that a particle or a space closes (ชื่อต้นครับ)."""
    for start, end in _names_after_cues(text):
        # A word doubled by ๆ is a word, not a name (ชื่อคุ้นๆ "the name sounds familiar").
        if "ๆ" not in text[start : end + 1]:
            yield start, end
    yield from thai_intro_name_spans(text)
    yield from quoted_name_spans(text)
    yield from thai_full_name_spans(text)
    yield from called_name_spans(text)
    yield from vocative_name_spans(text)


def _names_after_cues(text: str) -> Iterator[tuple[int, int]]:
    for cue in thai_cues(text):
        if _is_not_a_cue(text, cue):
            continue
        strong = bool(cue["title"] or cue["named"] or cue["name_word"])
        start = cue.end()
        title = _LATIN_TITLE.match(text, start)  # ผู้เช่าชื่อ Mr. Kenji Tanaka
        start = title.end() if title else start
        latin = _LATIN_NAME.match(text, start)
        if latin:
            word = latin.group(1)
            if (
                word not in _NOT_LATIN_NAMES
                and word.lower() not in NOT_NAME_WORDS
                and not any(w.lower() in ORGANISATION_WORDS for w in latin.group().split())
            ):
                yield start, latin.end()
            continue
        if not strong and brand_at(text, start):
            continue
        start, length = _listed_name(text, cue, strong)
        if not length and (cue["kin"] and not _OFFICERS.match(cue["kin"]) or cue["you"]):
            nickname = _WORD_NICKNAME.match(text, start)
            if nickname and _nickname_stands_alone(text, nickname.end()):
                yield start, nickname.end()
                continue
        if not length:
            length = _unlisted_name_length(text, cue, start, strong)
            if length and not _unlisted_is_a_word(text, cue, start, length):
                yield start, _surname_end(text, start + length, bool(cue["title"]))
            continue
        end = start + length
        surname_end = _surname_end(text, end, strong)
        if surname_end > end:
            yield start, surname_end
        elif _pronoun_then_glued_verb(text, cue, strong, start, end):
            # After a kin word a name is likelier (ลุงเสถียรเอามาให้).
            continue
        elif closed_after(text, end) or text[start:end] not in everyday_words():
            yield start, end
        elif strong and not (cue["name_word"] and THAI_LETTER.match(text, end)):
            # ชื่อพิมพ์ผิด "the name is misspelt": after ชื่อ an everyday word glued to more
            # Thai is the start of a sentence about the name.
            yield start, end


_ADMIN = re.compile(r"แอด|แอดมิน|(?i:admin)")
# Nicknames that are everyday words too ("tree", "rain", "sky"): after a kin word or คุณ only
# where the word stands alone, closed by a particle, a space, a mark, a number or the end
# (พี่ต้นครับ, น้องฝน เบอร์..., พี่มิว 086...), never glued to a verb (พี่ต้นทาง).
_WORD_NICKNAMES = (
    "ต้น", "ฝน", "ฟ้า", "มิว", "ออม", "นิด", "หน่อย", "วิน", "ส้ม", "แป้ง", "ต่าย", "ตาล",
    "ปู", "นก", "กบ", "มด", "ปลา", "บอล", "เบียร์", "แบงค์", "แพร", "พลอย", "ฝ้าย", "ดาว",
    "เดือน", "ทราย", "หมิว", "มายด์", "ปุ้ย", "โอ๋", "อ้อ", "ปาล์ม", "เฟิร์น", "เมย์", "แอน", "นุ่น",
    "กิ๊ฟ", "จูน", "ตูน", "ป๊อป", "ตั้ม", "ต้อม", "ปอ", "ป๋อง", "ก้อย", "แหม่ม", "หมวย", "ตุ๊ก",
    "ติ๊ก", "ต้อย", "แจ๋ว", "บิว", "ใบเตย", "ไอซ์", "น้ำฝน", "แพรว", "จอย", "ฟ้าใส", "เบลล์", "โบว์",
    "ปิ่น",
)  # fmt: skip
_WORD_NICKNAME = re.compile(
    "|".join(sorted(_WORD_NICKNAMES, key=len, reverse=True))
    + r"(?![\u0e31\u0e34-\u0e3a\u0e47-\u0e4e])"
)
# Besides what closed_after takes (a particle, a mark, the end): a space, a number, or what an
# agent says after their own name (แอดมินฟ้าดูแลออเดอร์นี้นะคะ).
_NICKNAME_CLOSED = re.compile(r"[ 0-9๐-๙]|ดูแล|รับ ?เรื่อง|รับ ?สาย|พูด ?สาย|ยินดี")


def _nickname_stands_alone(text: str, end: int) -> bool:
    return closed_after(text, end) or _NICKNAME_CLOSED.match(text, end) is not None


# ASR sets the word after a verb apart: "เคลม ของ คุณ อนุมัติ แล้ว" ("your claim is approved").
_SPACED_AFTER_A_VERB = re.compile(r" (?:แล้ว|ได้|ไป|มา|ให้|ไม่|เลย)")
# What follows a name said after a pronoun rather than a verb's object: ผมฉลองพูดครับ
# "Chalong speaking", คุณประสานใช่ไหมคะ "are you Prasan?", ดิฉันทวีจากฝ่ายบัญชี.
_AFTER_A_NAME = re.compile(r"พูด|ใช่|จาก|เอง|ติดต่อ|ยินดี|นะ")


def _pronoun_then_glued_verb(
    text: str, cue: re.Match[str], strong: bool, start: int, end: int
) -> bool:
    """A listed name that is a verb of action, glued after a pronoun (or a shop's แอดมิน, who
    acts as one) to more than a name's usual company: ดิฉันพิมพ์ผิด "I mistyped", ผมแนบสลิป "I
    attach the slip", ทางแอดมินประสานสาขา "the admin contacts the branch"."""
    return (
        bool(cue["you"] or cue["self"] or _ADMIN.fullmatch(cue["kin"] or ""))
        and not strong
        and text[start:end] in common_verbs()
        and (THAI_LETTER.match(text, end) is not None or _SPACED_AFTER_A_VERB.match(text, end))
        and _AFTER_A_NAME.match(text, end) is None
    )


def _unlisted_name_length(text: str, cue: re.Match[str], start: int, strong: bool) -> int:
    """A name in no list: after a title any word a space or a particle closes, though it begin
    with an everyday word (นพ.สุขุม); after ชื่อ or a kin word one that does not; after a bare
    pronoun (ดิฉันแพรวค่ะ, ติดต่อคุณแนน) only an uncommon word that a particle, a mark or the end
    closes, since a pronoun is mostly followed by a verb or an adjective (ผมเหนื่อยครับ)."""
    if cue["kin"] and _OFFICERS.match(cue["kin"]):
        return 0
    if strong or cue["kin"]:
        # After นามสกุล a family name: a compound of everyday words (นามสกุลศรีสะอาด).
        surname = bool(cue["title"]) or cue["name_word"] == "นามสกุล"
        length = unlisted_name_length(text, start, surname=surname)
        if not cue["kin"]:
            return length or _given_before_a_family_name(text, start)
        if length < MIN_KIN_NICKNAME:
            return glued_nickname_length(text, start) if THAI_LETTER.match(cue["kin"]) else 0
        if _TRADES.match(cue["kin"]) and text[start : start + length] in common_words():
            return 0
        # After a kin word, two words run together are a phrase (น้องแมวป่วย "the cat is ill").
        return 0 if is_a_phrase(text, start, start + length) else length
    length = unlisted_name_length(text, start)
    if (
        not MIN_KIN_NICKNAME <= length <= MAX_PRONOUN_NAME
        or text[start : start + length] in common_words()
        or not _PRONOUN_NAME_CLOSED.match(text, start + length)
        or _word_runs_on(text, start, length)
    ):
        return 0
    return length


def _given_before_a_family_name(text: str, start: int) -> int:
    """An unlisted given name made of everyday words (บุญ|เรือน, ทอง|ใบ), which a given name
    alone may not be, when a space and a listed family name that is no common word follow:
    ชื่อ บุญเรือน แก้วประเสริฐ ค่ะ."""
    if THAI_CUE.match(text, start):
        return 0  # a title or another cue, whose own name comes after it (ชื่อ นายกิตติพงษ์)
    length = unlisted_name_length(text, start, surname=True)
    family_start = start + length + 1
    if not length or text[family_start - 1 : family_start] != " ":
        return 0
    family = name_lists()[1].name_at(text, family_start)
    end = family_start + family
    if not family or text[family_start:end] in common_words():
        return 0
    return length if closed_after(text, end) or text[end : end + 1] == " " else 0


def _word_runs_on(text: str, start: int, length: int) -> bool:
    """The word goes on past the particle that seemed to close it: ผมสถานะ is ผม + สถานะ
    "status", not ผม + สถา + นะ."""
    words = common_words()
    return any(text[start:end] in words for end in range(start + length + 1, start + length + 4))


def _surname_end(text: str, end: int, strong: bool) -> int:
    """End of the family name after a given name ending at `end`, or `end` for none: a listed
    one, glued or after a space; after a strong cue any word a space sets apart (นายกู้ หงซิง),
    though after an unlisted given name only a title is strong enough (not ผมชื่อเก๋ ขับรถ).
    Glued on, what usually follows a name is not one, though listed (ดิฉันอรอุมายินดีให้บริการ:
    ยินดี is also a family name); nor, glued or not, what an agent says after their name."""
    if text[end : end + 1] != " " and _AFTER_A_NAME.match(text, end):
        return end
    surname_start = end + 1 if text[end : end + 1] == " " else end
    if FAREWELL.match(text, surname_start) or SERVICE_PHRASE.match(text, surname_start):
        return end
    surname = name_lists()[1].name_at(text, surname_start)
    if not surname and strong and surname_start > end:
        surname = unlisted_name_length(text, surname_start, surname=True)
    return surname_start + surname if surname else end


def thai_cues(text: str) -> Iterator[re.Match[str]]:
    """THAI_CUE where the hint says a name can follow: most cues (คุณ, ผม) are pronouns
    before a verb, and the hint passes over those. The hint is tried only where a cue word
    starts: one search for the words themselves costs a third of the hint's own."""
    hinted_to = searched_to = 0
    for position in _cue_word_starts(text):
        if position < hinted_to:
            continue
        end = thai_name_hint().end(text, position)
        if end == -1:
            continue
        hinted_to = end
        if position < searched_to:
            continue
        cue = THAI_CUE.match(text, position)
        if cue is not None:
            searched_to = cue.end()
            yield cue


def _cue_word_starts(text: str) -> Iterator[int]:
    """Every position where a cue word starts, within another one too (ฉัน in ดิฉัน). Each
    search starts one letter on: a lookahead finding them all would stop `re` from skipping
    ahead by first letter."""
    word = _CUE_WORD.search(text)
    while word is not None:
        yield word.start()
        word = _CUE_WORD.search(text, word.start() + 1)


def _is_not_a_cue(text: str, cue: re.Match[str]) -> bool:
    """ขอบคุณ ("thank you") holds คุณ, เชื่อ ("believe") ชื่อ, เป้า ป้า; ร้านชื่อ ("a shop named")
    names no person."""
    start = cue.start()
    # A leading vowel belongs to the syllable after it: เป้า ("target") holds ป้า ("aunt").
    if text[start - 1 : start] in _LEADING_VOWELS:
        return True
    if cue["you"] and text.startswith("ขอบ", start - 3):
        return True
    if (cue["title"] or cue["kin"]) and _ends_a_word_before(text, cue):
        return True
    return bool(cue["name_word"] and names_a_thing(text, start))


def _ends_a_word_before(text: str, cue: re.Match[str]) -> bool:
    """เจ้านาย ("boss"), หน้า ("face", holding น้า), โรงพยาบาล ("hospital"): the title or kin
    word ends a dictionary word that began before it; คุณ before one is a title too (คุณหมอ)."""
    words = name_lists()[0].words
    start, end = cue.start(), cue.end() - (text[cue.end() - 1] == " ")
    return any(
        text[start - n : end] in words and text[start - n : start] != "คุณ"
        for n in range(1, min(start, 4) + 1)
    )


def _unlisted_is_a_word(text: str, cue: re.Match[str], start: int, length: int) -> bool:
    """An unlisted name that is an everyday word, a role or a verb, or whose title or kin word
    begins a dictionary word (นายก "prime minister", ป้าย "sign") that ends where a word may (not
    นายก in นายกู้)."""
    word = text[start : start + length]
    # After ชื่อเล่น ("nickname") an everyday word is the nickname (ชื่อเล่นต้นครับ: ต้น "tree").
    if cue["name_word"] == "ชื่อเล่น" and closed_after(text, start + length):
        return is_never_a_name(word) or word in _KIN_ROLES
    # ผู้ป่วย, ผู้รับ: ผู้ makes a role noun, which no name begins with; ลูกค้า ("the
    # customer") and ผิด ("wrong") follow ชื่อ-นามสกุล as often (นามสกุลลูกค้าด้วยค่ะ), and
    # ตาม ("as on") where the name is written (ชื่อ-นามสกุลตามพาสปอร์ต).
    if word in everyday_words() or word in _KIN_ROLES or word.startswith(_NO_NAME_OPENINGS):
        return True
    if cue["kin"] == "น้อง" and word in _PETS:
        return True
    # After a pronoun, or a kin word used as one, a verb is what the speaker does (พี่รำคาญค่ะ,
    # ผมโดนเลิกจ้างครับ).
    if (word in verbs() or word.startswith(VERB_OPENINGS)) and not (
        cue["title"] or cue["named"] or cue["name_word"]
    ):
        return True
    if not (cue["title"] or cue["kin"]):
        return False
    words = name_lists()[0].words
    end = cue.end()
    return any(
        text[cue.start() : end + n] in words and may_begin_a_word(text[end + n : end + n + 1])
        for n in range(1, 10)
    )


def _listed_name(text: str, cue: re.Match[str], strong: bool) -> tuple[int, int]:
    """(start, length) of the listed given name after the cue, or of one that begins with the
    cue's own optional title; length 0 for none or for a word the cue and name make together."""
    given, _ = name_lists()
    for group in ("inner", "inner2"):
        start = cue.start(group)
        # Longer than the title: นาย is listed too, and นายอำนาจ is นาย + อำนาจ.
        if start != -1 and (length := given.name_at(text, start)) > cue.end(group) - start:
            return start, length
    start = cue.end()
    length = given.name_at(text, start)
    if not length:
        return start, 0
    # ที่ is a listed name and the commonest word: a name only said alone (ดิฉันชื่อที่ค่ะ);
    # a day's name after a kin word is a person's (ป้าจันทร์, ลุงอังคาร).
    word = text[start : start + length]
    if (
        is_never_a_name(word)
        and not (
            strong and (closed_after(text, start + length) or _family_follows(text, start + length))
        )
        and not (cue["kin"] and word in _DAYS)
    ):
        return start, 0
    if _cue_and_name_make_a_word(text, cue.start(), start + length) and not _family_follows(
        text, start + length
    ):
        return start, 0
    return start, length


def _family_follows(text: str, end: int) -> bool:
    """A listed family name after a space: ชื่อ อาทิตย์ พงษ์ศักดิ์ names Arthit, not Sunday, and
    คุณสมบัติ บุญเรือง Sombat, not "properties"."""
    return text[end : end + 1] == " " and name_lists()[1].name_at(text, end + 1) > 0


def _cue_and_name_make_a_word(text: str, cue_start: int, name_end: int) -> bool:
    """คุณสมบัติ, นายกรัฐมนตรี: a dictionary word from the cue reaching the name's end."""
    words = name_lists()[0].words
    for end in range(name_end, min(name_end + 8, len(text)) + 1):
        if text[cue_start:end] in words:
            return True
    return False


# The first letters of every alternative of the hint, where a hint can start.
_CUE_WORD = re.compile(
    alternation(
        sorted(
            {
                *("นาง", "นาย", "น.ส.", "ด.ช.", "ด.ญ.", "เด็ก", "คุณ", "ดร.", "นพ.", "พญ.", "ทพ."),
                *("พล", "พัน", "ร้อย", "นาวา", "เรือ", "ชื่อ", "นามสกุล", "พี่", "น้อง", "ลุง"),
                *("ลูกชาย", "ลูกสาว", "หลานชาย", "หลานสาว"),
                *("ป้า", "น้า", "ครู", "แอดมิน", "ผม", "ดิฉัน", "ฉัน", "หนู", "หมอ", "ช่าง"),
                *("พยาบาล", "เจ๊", "เฮีย", "อาจารย์", "admin", "Admin", "ADMIN", "จนท."),
                *("เจ้าหน้าที่", "พนักงาน", "พ.", "ร.", "จ.", "ส.", "น.", "ด.ต.", "ผศ.", "รศ."),
                *("ศ.", "ว่าที่", "หลวง", "กำนัน", "ผู้ใหญ่"),
            }
        )
    )
)


# How many first letters of a listed given name the hint looks at.
NAME_START = 5


class ThaiNameHint:
    """Where a name can follow a Thai cue: a strong cue anywhere, or a weak cue's last word, an
    optional space, then a capital Latin letter or the first letters of a listed given name.
    Text without one holds no Thai name; most weak cues fail here (คุณต้องการ).

    The listed names' first letters are looked up in a set: as one alternation inside the
    pattern they would take `re` a quarter of a second to compile."""

    def __init__(self, given_names: Iterable[str]):
        self._name_starts = frozenset(name[:NAME_START] for name in given_names)

    def end(self, text: str, position: int) -> int:
        """Where the hint that starts at `position` ends, or -1 for none."""
        strong = _STRONG_CUE.match(text, position)
        if strong is not None:
            return strong.end()
        weak = _WEAK_CUE_WORD.match(text, position)
        if weak is not None:
            # As ` ?` in a pattern would: with the space first, then without.
            ends = (weak.end(), weak.start(1)) if weak.group(1) else (weak.end(),)
            for end in ends:
                if self._name_starts_at(text, end):
                    return end
        unlisted = _UNLISTED_NAME_CUE.match(text, position)
        return unlisted.end() if unlisted is not None else -1

    def _name_starts_at(self, text: str, position: int) -> bool:
        if "A" <= text[position : position + 1] <= "Z":
            return True
        starts = self._name_starts
        return any(text[position : position + n] in starts for n in range(1, NAME_START + 1))


_STRONG_CUE = re.compile(rf"{_TITLES}|ชื่อ|นามสกุล|(?:ผม|ดิฉัน|ฉัน|หนู)ชือ")
_WEAK_CUE_WORD = re.compile(rf"(?:คุณ|{_KIN}|ผม|ดิฉัน|ฉัน|หนู)( ?)")
# After a kin word a short word standing alone; after a pronoun a word a particle closes.
_UNLISTED_NAME_CUE = re.compile(
    rf"(?:{_KIN}) ?(?={_SHORT_WORD_ALONE})|(?:{_KIN})(?=[ก-ฮเ-ไ])"
    rf"|(?:คุณ|ผม|ดิฉัน|ฉัน|หนู)(?=[ก-ฮเ-ไ](?:(?!นะ)[ก-๎]){{2,{MAX_PRONOUN_NAME - 1}}}?{_CLOSING})"
)


@cache
def thai_name_hint() -> ThaiNameHint:
    return ThaiNameHint(name_lists()[0].names)
