"""Thai names after words that only sometimes introduce one: an agent's greeting
(`ธนาคารสวัสดีค่ะ วิมลรัตน์ค่ะ`, `สวัสดีครับ ธนพล รับสายครับ`), a contact or a recipient
named before a number or a note (`ติดต่อ สุรชัย โทร 08...`, `ผู้รับ อรุณี (ภรรยา)`), and a
relative (`โอนให้น้องสาว อรวรรณ`, `สามีชื่อ...` is ชื่อ's).

These words are followed by everything else as often (สวัสดีค่ะ ยินดีต้อนรับ, ติดต่อกลับ), so
only a listed given name that is no common word counts, and only where it stands alone: a
particle or `รับสาย` after a greeting, a number, a bracket, `โทร` or `เบอร์` after the rest.

An agent who greets and then, on the same line, says `ผม` or `ดิฉัน` and one word that a
particle or `รับสาย` closes gives their name, listed or not, a word or not (`สวัสดีค่ะ
ดิฉันเมฆค่ะ`): a verb there (`ผมสบายดีครับ`, `ดิฉันเข้าใจค่ะ`) or a word after a negation
(`ผมไม่ว่างครับ`) is none. "X พูดสาย" or "X รับสาย" between particles names the agent too
(`ไทยเอ็กซ์ ค่ะ ปิยะนุช พูด สาย ค่ะ`), and an unlisted nickname right before the number after
ติดต่อ names whom to call (`ติดต่อโอ๊ต 084...`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ccaudit.pii.names.thai_lists import common_words, name_lists, verbs
from ccaudit.pii.names.thai_words import VERB_OPENINGS, is_never_a_name, may_begin_a_word

_GREETING = re.compile(r"สวัสดี(?:ค่ะ|ครับ|คะ|ค่า)? ?(?:ค่ะ|ครับ)? ?")
_AFTER_GREETING = re.compile(r" ?(?:ค่ะ|ครับ|คะ|ค่า|รับ ?สาย|ยินดี)")
# Notes shorten เจ้าหน้าที่ and ลูกค้า: `จนท.: ปวีณา / ทีม B3`, `ลค. วรรณา ศรีทอง แจ้ง...`.
_CONTACT = re.compile(r"(?:ติดต่อ|ผู้รับ|ผู้ติดต่อ|ผู้ส่ง|ส่งโดย|จนท\.:?|ลค\.:?) ?")
# Not a pronoun: ติดต่อผมได้ 08... ("you can reach me at").
_NICKNAME_BEFORE_A_NUMBER = re.compile(
    r"(?!ผม|ดิฉัน|ฉัน|หนู|เรา|เขา|เค้า|คุณ)([ก-ฮเ-ไ][\u0e01-\u0e4e]{1,5}) ?(?=0[0-9])"
)
_AFTER_CONTACT = re.compile(r" ?(?:[(/0-9๐-๙]|โทร|เบอร์|ได้ที่|แจ้ง|$|\n)")
# After a greeting, the agent's own name: `ดิฉันเมฆค่ะ`, `ผม เมฆ รับ สาย ครับ`.
MAX_WORD_NICKNAME = 3
_GREETS = re.compile(r"สวัสดี|ยินดีให้บริการ|ยินดีต้อนรับ")
_SELF_NAMED = re.compile(
    # After ชื่อ the name is thai_cues' (ดิฉันชื่อ..., ASR's ดิฉันชือ...).
    r"(?:ผม|ดิฉัน|ดิชั้น) ?(?!ชื่อ|ชือ)([ก-ฮเ-ไ][\u0e01-\u0e4e]{1,11}?) ?"
    r"(?=ค่ะ|ครับ|คะ|คับ|นะ ?(?:คะ|ครับ)|รับ ?สาย|พูด ?สาย|รับ ?เรื่อง|ยินดี)"
)
# What an agent says after their name, whose first word may be a family name too (ยินดี).
SERVICE_PHRASE = re.compile(r"ยินดี ?(?:ให้|ที่|ต้อนรับ|ช่วย|บริการ)|รับ ?สาย|พูด ?สาย")
# `ปิยะนุช พูด สาย ค่ะ`: "X speaking" names the agent with no greeting and no pronoun; the
# word must follow a particle or open the text, and a particle must close the phrase.
_NAME_SPEAKING = re.compile(
    r"(?:^|(?<=ค่ะ )|(?<=ครับ )|(?<=คะ ))(?!ผม|ดิฉัน|ฉัน|หนู|เรา|ใคร|คุณ|เขา|เค้า|ท่าน)"
    r"([ก-ฮเ-ไ][\u0e01-\u0e4e]{1,11}?) ?(?:พูด|รับ) ?สาย ?"
    r"(?=ค่ะ|ครับ|คะ|คับ)"
)
# A nickname in Latin letters after a Thai greeting, then what an agent says of themselves:
# `สวัสดีค่ะ Benz รับเรื่องค่ะ`, `สวัสดีค่ะ Nina from GadgetHub ค่ะ` (a brand after a greeting is
# closed by a particle alone).
_LATIN_NAME_SPEAKING = re.compile(
    r"สวัสดี(?:ค่ะ|ครับ|คะ|ค่า)? ?(?:ค่ะ|ครับ)? ?([A-Z][a-z]{1,11}) ?"
    r"(?=(?:พูด|รับ) ?สาย|รับ ?เรื่อง|(?:จะ ?)?ดูแล| from [A-Z])"
)
# Who or what else picks up, or does not (ยายรับสาย, มือถือไม่รับสาย).
_WHO_ELSE_ANSWERS = frozenset(
    ("ยาย", "ตา", "ปู่", "ย่า", "ทนาย", "ทีม", "เลขา", "หัวหน้า", "มือถือ", "โทรศัพท์", "เครื่อง")
)
_NEGATIONS = ("ไม่", "ไม่ได้", "ยังไม่")
# Spelled out word by word, so that every alternative opens with a letter and `re` skips
# ahead by first letter (`(?:น้อง|พี่)(?:สาว|ชาย)` would be tried at every character).
_RELATIVE = re.compile(r"(?:น้องสาว|น้องชาย|พี่สาว|พี่ชาย|ลูกสาว|ลูกชาย|หลานสาว|หลานชาย|สามี|ภรรยา) ?")
_AFTER_RELATIVE = re.compile(r"(?: |ค่ะ|คะ|ครับ|นะ|$|\n|[(),.])")


def thai_intro_name_spans(text: str) -> Iterator[tuple[int, int]]:
    if "สวัสดี" in text:
        yield from _names_after(text, _GREETING, _AFTER_GREETING)
    if "ติดต่อ" in text or "ผู้" in text or "จนท." in text or "ลค." in text or "ส่งโดย" in text:
        yield from _names_after(text, _CONTACT, _AFTER_CONTACT)
    if "สาว" in text or "ชาย" in text or "สามี" in text or "ภรรยา" in text:
        yield from _names_after(text, _RELATIVE, _AFTER_RELATIVE)
    if "สาย" in text:
        for named in _NAME_SPEAKING.finditer(text):
            word = named.group(1)
            if (
                word not in _WHO_ELSE_ANSWERS
                and not word.endswith(_NEGATIONS)
                and _may_be_own_name(word)
            ):
                yield named.span(1)
    if "รับ" in text or "พูด" in text or "ดูแล" in text or " from " in text:
        yield from (named.span(1) for named in _LATIN_NAME_SPEAKING.finditer(text))
    greeting = _GREETS.search(text) if "สวัสดี" in text or "ยินดี" in text else None
    if greeting:
        for named in _SELF_NAMED.finditer(text, greeting.end()):
            line_start = text.rfind("\n", 0, named.start()) + 1
            if _GREETS.search(text, line_start, named.start()) and _may_be_own_name(named.group(1)):
                yield named.span(1)


def _may_be_own_name(word: str) -> bool:
    """No verb (สบายดี, เข้าใจ), function word or ชื่อ, and no word opening with one (ไม่ว่าง);
    no common word longer than a nickname (สมาชิก "a member"), which a short one may be (เมฆ)."""
    if "ชื่อ" in word or is_never_a_name(word) or word in verbs() or word.startswith(VERB_OPENINGS):
        return False
    if len(word) > MAX_WORD_NICKNAME and word in common_words():
        return False
    return not any(
        (is_never_a_name(word[:n]) or word[:n] in verbs()) and may_begin_a_word(word[n])
        for n in range(2, len(word) - 1)
    )


def _names_after(text: str, cue: re.Pattern[str], after: re.Pattern[str]):
    given, family = name_lists()
    for match in cue.finditer(text):
        start = match.end()
        length = given.name_at(text, start)
        if not length and cue is _CONTACT:
            # A nickname in no list, right before the number to call (ติดต่อโอ๊ต 084...).
            nickname = _NICKNAME_BEFORE_A_NUMBER.match(text, start)
            if nickname and _may_be_own_name(nickname.group(1)):
                yield nickname.span(1)
            continue
        if not length or text[start : start + length] in common_words():
            continue
        end = start + length
        surname_start = end + 1 if text[end : end + 1] == " " else end
        surname = (
            0 if SERVICE_PHRASE.match(text, surname_start) else family.name_at(text, surname_start)
        )
        if surname:
            end = surname_start + surname
        if after.match(text, end):
            yield start, end
