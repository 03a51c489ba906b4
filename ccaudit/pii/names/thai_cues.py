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
from collections.abc import Iterator
from functools import cache

from ccaudit.pii.names.thai_lists import (
    alternation,
    common_words,
    everyday_words,
    name_lists,
    shortest_prefixes,
)
from ccaudit.pii.names.thai_words import (
    closed_after,
    is_never_a_name,
    may_begin_a_word,
    names_a_thing,
    unlisted_name_length,
)

_TITLES = (
    r"นางสาว|นาง|นาย|น\.ส\.|ด\.ช\.|ด\.ญ\.|เด็กชาย|เด็กหญิง|คุณหญิง|ดร\.|นพ\.|พญ\.|ทพ\."
    r"|(?:พล|พัน|ร้อย|นาวา|เรือ)(?:ตำรวจ|อากาศ)?(?:เอก|โท|ตรี)"
)
_NAME_WORD = r"ชื่อ(?:ว่า|จริง|เล่น|บัญชี|ผู้รับ|ผู้โอน|ผู้ส่ง|ผู้แจ้ง|เจ้าของบัญชี|เจ้าของ)?|นามสกุล"
# A title after a self-introduction is optional, and some listed names begin with one
# (คุณานนท์): the `inner` group says where to look for such a name. ASR drops ชื่อ's tone mark
# (ดิฉันชือจอยคะ).
THAI_CUE = re.compile(
    rf"(?P<title>{_TITLES}) ?"
    r"|(?P<you>คุณ) ?"
    r"|(?P<kin>พี่|น้อง|ลุง|ป้า|น้า|ครู|แอดมิน) ?"
    rf"|(?P<self>ผม|ดิฉัน|ฉัน|หนู)(?P<named>ชื่อว่า|ชื่อ|ชือ)?(?P<inner>คุณ|{_TITLES})? ?"
    rf"|(?P<name_word>{_NAME_WORD})(?P<inner2>คุณ|{_TITLES})? ?"
)
# A short Thai word standing alone: a nickname after a kin word (พี่เบนซ์ครับ, น้องมายด์ 5 ขวบ).
_SHORT_WORD_ALONE = r"[ก-ฮ][ก-๎]{1,7}(?:ค่ะ|ค่า|คะ|ครับ|คับ|นะ|จ้ะ|จ้า| |$|[^ก-๎])"
_LEADING_VOWELS = frozenset("เแโใไ")
MIN_KIN_NICKNAME = 3
MAX_PRONOUN_NAME = 8
MAX_GLUED_NICKNAME = 6
# What a shop or a page calls its staff after a kin word (น้องแอด "the admin"): a role.
_ROLES = frozenset(("แอด", "แอดมิน", "ทีม", "เพจ", "ร้าน", "ช่าง", "หมอ", "พยาบาล"))
_THAI_WORD = re.compile(r"[ก-ฮเ-ไ][ก-๎]*")
_LATIN_NAME = re.compile(r"([A-Z][a-z]+|[A-Z]{2,})(?: (?:[A-Z][a-z]+|[A-Z]{2,}))?(?![A-Za-z])")
_CLOSING = r"(?:ค่ะ|ค่า|คะ|ครับ|คับ|จ้ะ|จ้า|จ๊ะ|นะ|ฮะ|[\n.,!?)]|$)"
_PRONOUN_NAME_CLOSED = re.compile(_CLOSING)
_THAI_LETTER = re.compile(r"[\u0e01-\u0e4e]")
_NOT_LATIN_NAMES = frozenset(("Bot", "BOT", "Admin", "ADMIN", "OTP", "SMS", "ID", "OK", "Ok"))


def thai_name_spans(text: str) -> Iterator[tuple[int, int]]:
    """Names after a Thai cue: listed names, Latin names (ดิฉันชื่อ Fah), and after a strong
    cue an unlisted name that a particle or a space closes (ชื่อต้นครับ)."""
    for cue in thai_cues(text):
        if _is_not_a_cue(text, cue):
            continue
        strong = bool(cue["title"] or cue["named"] or cue["name_word"])
        start = cue.end()
        latin = _LATIN_NAME.match(text, start)
        if latin:
            if latin.group(1) not in _NOT_LATIN_NAMES:
                yield start, latin.end()
            continue
        start, length = _listed_name(text, cue, strong)
        if not length:
            length = _unlisted_name_length(text, cue, start, strong)
            if length and not _unlisted_is_a_word(text, cue, start, length):
                yield start, _surname_end(text, start + length, bool(cue["title"]))
            continue
        end = start + length
        surname_end = _surname_end(text, end, strong)
        if surname_end > end:
            yield start, surname_end
        elif closed_after(text, end) or text[start:end] not in everyday_words():
            yield start, end
        elif strong and not (cue["name_word"] and _THAI_LETTER.match(text, end)):
            # ชื่อพิมพ์ผิด "the name is misspelt": after ชื่อ an everyday word glued to more
            # Thai is the start of a sentence about the name.
            yield start, end


def _unlisted_name_length(text: str, cue: re.Match[str], start: int, strong: bool) -> int:
    """A name in no list: after a title any word a space or a particle closes, though it begin
    with an everyday word (นพ.สุขุม); after ชื่อ or a kin word one that does not; after a bare
    pronoun (ดิฉันแพรวค่ะ, ติดต่อคุณแนน) only an uncommon word that a particle, a mark or the end
    closes, since a pronoun is mostly followed by a verb or an adjective (ผมเหนื่อยครับ)."""
    if strong or cue["kin"]:
        # After นามสกุล a family name: a compound of everyday words (นามสกุลศรีสะอาด).
        surname = bool(cue["title"]) or cue["name_word"] == "นามสกุล"
        length = unlisted_name_length(text, start, surname=surname)
        if cue["kin"] and not length:
            length = glued_nickname_length(text, cue.start(), start)
        if cue["kin"] and text[start : start + length] in _ROLES:
            return 0
        return 0 if cue["kin"] and length < MIN_KIN_NICKNAME else length
    length = unlisted_name_length(text, start)
    if (
        not MIN_KIN_NICKNAME <= length <= MAX_PRONOUN_NAME
        or text[start : start + length] in common_words()
        or not _PRONOUN_NAME_CLOSED.match(text, start + length)
    ):
        return 0
    return length


def glued_nickname_length(text: str, cue_start: int, start: int) -> int:
    """A nickname in no list glued to the words after it (พยาบาลพี่แนนดูแลดี, น้องไอซ์น่ารัก):
    the word after the kin word, where pythainlp's dictionary segmentation puts the word
    boundaries, if the kin word stands as a word of its own (not หมอน "pillow" for หมอ) and
    the next word is neither an everyday nor a common word (พี่ชาย, น้องหมา, พี่เขาบอก) nor
    two of them together."""
    if _opens_with_an_everyday_word(text, start):
        return 0  # most text after a kin word (พี่ชอบ, น้องต้องการ), without segmenting it
    window = text[cue_start : start + MAX_GLUED_NICKNAME + 12]
    words = _segment(window)
    if len(words) < 2 or cue_start + len(words[0]) not in (start, start - 1):
        return 0
    word = words[1]
    if not (MIN_KIN_NICKNAME - 1 <= len(word) <= MAX_GLUED_NICKNAME and _THAI_WORD.fullmatch(word)):
        return 0
    everyday = everyday_words()
    if word in everyday or word in common_words() or is_never_a_name(word):
        return 0
    # Two everyday words the segmenter kept together (ขายของ "sell things").
    if any(word[:n] in everyday and word[n:] in everyday for n in range(1, len(word))):
        return 0
    return len(word) if text.startswith(word, start) else 0


def _opens_with_an_everyday_word(text: str, start: int) -> bool:
    """Whether an everyday word opens text[start:] and ends where a word may begin (a
    consonant there not silenced by ์: ไอ does not end ไอซ์)."""
    everyday = everyday_words()
    for end in range(start + 2, min(start + MAX_GLUED_NICKNAME + 4, len(text)) + 1):
        after = text[end : end + 2]
        if text[start:end] in everyday and (
            not after or (may_begin_a_word(after[0]) and after[1:] != "์")
        ):
            return True
    return False


def _segment(text: str) -> list[str]:
    from pythainlp.tokenize import word_tokenize

    return word_tokenize(text, engine="newmm", keep_whitespace=False)


def _surname_end(text: str, end: int, strong: bool) -> int:
    """End of the family name after a given name ending at `end`, or `end` for none: a listed
    one, glued or after a space; after a strong cue any word a space sets apart (นายกู้ หงซิง),
    though after an unlisted given name only a title is strong enough (not ผมชื่อเก๋ ขับรถ)."""
    surname_start = end + 1 if text[end : end + 1] == " " else end
    surname = name_lists()[1].name_at(text, surname_start)
    if not surname and strong and surname_start > end:
        surname = unlisted_name_length(text, surname_start, surname=True)
    return surname_start + surname if surname else end


def thai_cues(text: str) -> Iterator[re.Match[str]]:
    """THAI_CUE where the hint says a name can follow: most cues (คุณ, ผม) are pronouns
    before a verb, and the hint passes over those. The hint is tried only where a cue word
    starts: one search for the words themselves costs a third of the hint's own."""
    hint = thai_name_hint()
    hinted_to = searched_to = 0
    for candidate in _CUE_WORD_START.finditer(text):
        position = candidate.start()
        if position < hinted_to:
            continue
        start = hint.match(text, position)
        if start is None:
            continue
        hinted_to = start.end()
        if position < searched_to:
            continue
        cue = THAI_CUE.match(text, position)
        if cue is not None:
            searched_to = cue.end()
            yield cue


def _is_not_a_cue(text: str, cue: re.Match[str]) -> bool:
    """ขอบคุณ ("thank you") holds คุณ, เชื่อ ("believe") ชื่อ, เป้า ป้า; ร้านชื่อ ("a shop named")
    names no person."""
    start = cue.start()
    # A leading vowel belongs to the syllable after it: เป้า ("target") holds ป้า ("aunt").
    if text[start - 1 : start] in _LEADING_VOWELS:
        return True
    if cue["you"] and text.startswith("ขอบ", start - 3):
        return True
    return bool(cue["name_word"] and names_a_thing(text, start))


def _unlisted_is_a_word(text: str, cue: re.Match[str], start: int, length: int) -> bool:
    """An unlisted name that is an everyday word, or whose title begins a dictionary word
    (นายก "prime minister", นายกอ่ะ) that ends where a word may (not นายก in นายกู้)."""
    if text[start : start + length] in everyday_words():
        return True
    if not cue["title"]:
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
        if start != -1 and (length := given.name_at(text, start)):
            return start, length
    start = cue.end()
    length = given.name_at(text, start)
    if not length:
        return start, 0
    # ที่ is a listed name and the commonest word: a name only said alone (ดิฉันชื่อที่ค่ะ).
    if is_never_a_name(text[start : start + length]) and not (
        strong and closed_after(text, start + length)
    ):
        return start, 0
    if _cue_and_name_make_a_word(text, cue.start(), start + length):
        return start, 0
    return start, length


def _cue_and_name_make_a_word(text: str, cue_start: int, name_end: int) -> bool:
    """คุณสมบัติ, นายกรัฐมนตรี: a dictionary word from the cue reaching the name's end."""
    words = name_lists()[0].words
    for end in range(name_end, min(name_end + 8, len(text)) + 1):
        if text[cue_start:end] in words:
            return True
    return False


# The first letters of every alternative of the hint, where a hint can start.
_CUE_WORD_START = re.compile(
    "(?="
    + alternation(
        sorted(
            {
                *("นาง", "นาย", "น.ส.", "ด.ช.", "ด.ญ.", "เด็ก", "คุณ", "ดร.", "นพ.", "พญ.", "ทพ."),
                *("พล", "พัน", "ร้อย", "นาวา", "เรือ", "ชื่อ", "นามสกุล", "พี่", "น้อง", "ลุง"),
                *("ป้า", "น้า", "ครู", "แอดมิน", "ผม", "ดิฉัน", "ฉัน", "หนู"),
            }
        )
    )
    + ")"
)


@cache
def thai_name_hint() -> re.Pattern[str]:
    """Where a name can follow a Thai cue: a strong cue anywhere, or a weak cue's last word, an
    optional space, then a capital Latin letter or the first letters of a listed given name.
    Text without one holds no Thai name; most weak cues fail here (คุณต้องการ)."""
    given, _ = name_lists()
    name_start = alternation(shortest_prefixes(given.names, 5))
    return re.compile(
        rf"{_TITLES}|ชื่อ|นามสกุล|(?:ผม|ดิฉัน|ฉัน|หนู)ชือ"
        rf"|(?:คุณ|พี่|น้อง|ลุง|ป้า|น้า|ครู|แอดมิน|ผม|ดิฉัน|ฉัน|หนู) ?(?=[A-Z]|{name_start})"
        rf"|(?:พี่|น้อง|ลุง|ป้า|น้า|ครู|แอดมิน)(?={_SHORT_WORD_ALONE}|[ก-ฮเ-ไ])"
        rf"|(?:คุณ|ผม|ดิฉัน|ฉัน|หนู)(?=[ก-ฮเ-ไ](?:(?!นะ)[ก-๎]){{2,{MAX_PRONOUN_NAME - 1}}}?{_CLOSING})"
    )
