"""A name given in answer to a request for it: "may I have your name?" / "ขอชื่อ-นามสกุลค่ะ",
then the next turn of the other speaker: "uh it's priya nair", "สมชาย ใจดีค่ะ".

The request is the cue, so the answer needs no title, no capitals and no listed name; it
must still open the answer (after fillers such as "yeah", "it's", "ชื่อ"), be one to three
words, and not be a word that is never a name (`yes`, `sorry`, `แป๊บนึง`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from typing import NamedTuple

from ccaudit.model import Turn
from ccaudit.pii.names.english_name_words import STRONG, name_end
from ccaudit.pii.names.english_word_names import word_name_end
from ccaudit.pii.names.finder import name_spans
from ccaudit.pii.names.thai_lists import common_words, everyday_words, name_lists
from ccaudit.pii.names.thai_words import closed_after, is_never_a_name, unlisted_name_length
from ccaudit.pii.passes.display_names import LABEL_LINE
from ccaudit.thai_script import THAI_WORD, is_thai_letter

# "your name", "the name on the card", "name please", "who am I speaking with"; asked, not
# told (`the account is in the insured's name.`); "and your name is" left open at the end of a
# turn asks too.
_ENGLISH_REQUEST = re.compile(
    r"(?i:\b(?:your|the|full|first|last|sur|his|her|their|complete|whole|legal|given|family"
    r"|middle|passenger['’]?s?"
    r"|(?:policy|account|card)?holder['’]?s?)"
    r" ?name\b(?! is\b(?![\s.?]*$)| was\b)|(?<!bank )(?<!company )(?<!business )(?<!shop )"
    r"(?<!store )(?<!street )(?<!branch )(?<!product )\bname (?:please|and|of)\b"
    r"|\b(?:what|which) name\b|\bname (?:is|was) (?:the|it|this|that|your) \w+ under\b"
    r"|\bname (?:on|under) (?:the|your) (?:order|booking|account|reservation|policy)\b"
    r"|who am i (?:speaking|talking)"
    r" (?:with|to)|who['’]?s (?:calling|speaking)|who is (?:calling|speaking))"
)
# A question mark, a polite request, or a turn that ends on the name asked for, as lower-case
# ASR writes a question (`okay and your full name`).
_ASKING = re.compile(
    r"(?i:\?|\b(?:may|can|could) i\b|\bplease\b|\bwhat\b|\btell me\b|\bconfirm\b|^and\b"
    r"|\bwho am i\b|\bwho['’]?s (?:calling|speaking)\b|\bwho is (?:calling|speaking)\b"
    r"|\b(?:your|the) (?:full |first |last )?name(?: is)?\W*$)"
)
_NOT_A_REQUEST = re.compile(
    r"(?i:\bmy name\b|\bname is\b(?![\s.?]*$)(?! (?:the|it|this|that|your) \w+ under\b)"
    # A place's or a thing's name: `what is the name of this particular restaurant`.
    r"|\bname of (?:the |this |that |a |your )?(?:\w+ )?(?:restaurant|hotel|shop|store|company"
    r"|business|place|clinic|hospital|street|road|product|movie|film|book|song|event|venue"
    r"|museum|park|school|app|plan|package)s?\b)"
)
# A Thai request asks for the name itself (ขอชื่อ, รบกวนแจ้งชื่อ, ชื่ออะไร), or is a short turn
# that ends on a question particle (ชื่อบนบัตรคะ); a yes-no question (ชื่อตรงกันไหมครับ)
# confirms a name instead.
_THAI_ASKING = re.compile(
    r"(?:ขอ|รบกวน|ยืนยัน|แจ้ง|บอก)[^ ]{0,12}(?:ชื่อ|นามสกุล)|(?:ชื่อ|นามสกุล)[^ ]{0,15}(?:อะไร|ใคร)"
)
_THAI_SHORT_QUESTION = re.compile(r"(?:คะ|[?？])\s*$")
# Which name a bare request asks for: the full one, the caller's, the one on the card.
_WHOSE_NAME = r"-?(?:นาม)?สกุล|ผู้แจ้ง|ผู้ติดต่อ|จริง|(?:บน|ตาม|หน้า)บัตร|(?:เจ้าของ|ผู้ถือ)(?:บัญชี|บัตร)"
# A turn that is nothing but the name asked for (นามสกุลครับ, ชื่อผู้แจ้งด้วยครับ): a man asks
# with ครับ as a woman with คะ.
_THAI_BARE_REQUEST = re.compile(
    rf"\s*(?:ขอ)?(?P<which>ชื่อ(?:{_WHOSE_NAME}|เล่น)?|นามสกุล)(?:ด้วย)?"
    r"(?:ครับ|คับ|คะ|ค่ะ)?\s*[?？]?\s*"
)
MAX_SHORT_QUESTION = 40
# A short turn that ends on the bare request (ขอบคุณครับ ชื่อ-สกุลครับ).
_THAI_REQUEST_ENDING = re.compile(
    rf"(?:^|[ ,])(?:ขอ)?(?:ชื่อ(?:{_WHOSE_NAME})?|นามสกุล)(?:ด้วย)?"
    r"(?:ครับ|คับ|คะ|ค่ะ)\s*[?？]?\s*$"
)
_SPACED_THAI = re.compile(r"[\u0e01-\u0e4e] [\u0e01-\u0e4e]+ [\u0e01-\u0e4e]")
_THAI_YES_NO = re.compile(r"ไหม|มั้ย|หรือเปล่า|หรือไม่")
# What people say before the name itself.
_FILLERS = re.compile(
    r"(?:(?i:uh+|um+|er+|erm|oh|ah|yeah|ya|yah|yes|yep|sure|ok|okay|hi|hiya|hey|hello|so|well"
    r"|it['’]?s|it is"
    r"|that['’]?s|this is|i['’]m|i am|my name is|name is|my full name is|the name is"
    r"|it['’]?s me|me|sorry)\b[,.]?\s*"
    r"|(?:ชื่อ(?:แม่|พ่อ|สามี|ภรรยา|ลูก)(?:ค่ะ|ครับ)?|ชื่อ(?:ว่า)?|คือ|ค่ะ|ครับ|ดิฉัน|ผม"
    r"|อ่า|เอ่อ|อืม|อ๋อ)\s*)+"
)
MAX_ANSWER_START = 25
MAX_ABBREVIATION = 4
_NUMBER_NEXT = re.compile(r" *[0-9+]")
# A label and a time the reader left before the answer, with no colon: `Customer 00:00:11.020 `.
_LABEL_AND_TIME = re.compile(r"[^\s:]{1,20} \d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})? ")
# After a name and a particle, the full name said again (`ปุ้ยค่ะ ธิดา มีสุข`, `Chai ครับ Chai Dee`).
_SAID_AGAIN = re.compile(r" ?(?:ค่ะ|ครับ|คะ|นะคะ|นะครับ)[ ,]*")


class Answer(NamedTuple):
    """Turn `position` answers a request for a name; `within` when the answer is a labelled
    line after the request in the same turn (a label the reader did not know); `family_only`
    when only the family name was asked for (นามสกุลครับ)."""

    position: int
    within: bool
    family_only: bool


def answers(turns: Sequence[Turn]) -> Iterator[Answer]:
    """The turns that answer a request for a name."""
    for position, turn in enumerate(turns):
        text = turn.text
        if "\n" in text and _line_answers_within(text) is not None:
            yield Answer(position, True, False)
        if position + 1 < len(turns) and _asks_for_a_name(text):
            answer = _next_speaker_turn(turns, position)
            if answer is not None:
                yield Answer(answer, False, _asks_for_family_name_only(text))


def answer_spans(text: str, answer: Answer) -> list[tuple[int, int]]:
    """The name opening an answer, and the full name when a particle and it follow."""
    first = _first_span(text, answer)
    if first is None:
        return []
    again = _SAID_AGAIN.match(text, first[1])
    if again is None:
        return [first]
    full = _full_name_said_again(text, again.end()) or _family_after_particle(text, again.end())
    return [first, full] if full else [first]


def _family_after_particle(text: str, start: int) -> tuple[int, int] | None:
    """The family name said after the given name and a particle (ศิริพรค่ะ อินทรวงศ์): a word
    that a listed family name opens, closed by a particle, a mark, a space or the end, and no common
    word (ขอบคุณค่ะ, ทองคำ)."""
    if start >= len(text) or not is_thai_letter(text[start]):
        return None
    length = unlisted_name_length(text, start, surname=True)
    end = start + length
    # นะ closes no family name: it ends more than one (ชัยชนะ).
    closed = (closed_after(text, end) and not text.startswith("นะ", end)) or text[
        end : end + 1
    ] == " "
    if not (length and name_lists()[1].longest_at(text, start) and closed):
        return None
    return None if text[start:end] in common_words() else (start, end)


def _first_span(text: str, answer: Answer) -> tuple[int, int] | None:
    if not answer.within:
        return _span_from(text, 0, answer.family_only)
    line_start = _line_answers_within(text)
    return None if line_start is None else _span_from(text, line_start, False)


def _full_name_said_again(text: str, start: int) -> tuple[int, int] | None:
    """A given and a family name at `start`: two words, not one (the rest of a sentence)."""
    if start >= len(text):
        return None
    if is_thai_letter(text[start]):
        end = _thai_answer_end(text, start)
    elif text[start].isupper():
        end = name_end(text, start, STRONG, cased=True)
    else:
        return None
    return (start, end) if end and " " in text[start:end].strip() else None


def _line_answers_within(text: str) -> int | None:
    """Where a labelled line starts that follows a line asking for a name, in one turn."""
    asked = False
    line_start = 0
    for line in text.split("\n"):
        if asked and LABEL_LINE.match(line):
            return line_start
        asked = _asks_for_a_name(line)
        line_start += len(line) + 1
    return None


def _span_from(text: str, at: int, family_only: bool) -> tuple[int, int] | None:
    """The name opening the answer at `at`. A speaker label the reader left in the text
    (`C: `, `buyer_pond88: `) is no part of it."""
    label = LABEL_LINE.match(text, at) or _LABEL_AND_TIME.match(text, at)
    start = label.end() if label else at
    fillers = _FILLERS.match(text, start)
    start = fillers.end() if fillers else start
    while start < len(text) and text[start] in " \t\n\"'":
        start += 1
    if start > MAX_ANSWER_START + (label.end() if label else at) or start >= len(text):
        return None
    if is_thai_letter(text[start]):
        end = _thai_family_end(text, start) if family_only else _thai_answer_end(text, start)
    else:
        answer = text[start:]
        end = name_end(text, start, STRONG, cased=not (answer.islower() or answer.isupper()))
        end = end or word_name_end(text, start)
        # `kbank 0527719046`, `plate 7กก 2291`, `NSE 0099 1827 33`: a lower-case word or a
        # short form in capitals before a number is what the number is, not a name (a name in
        # capitals, `SOMCHAI JAIDEE 081...`, is longer).
        word = text[start:end]
        abbreviation = word.isupper() and len(word) <= MAX_ABBREVIATION
        if end and (word.islower() or abbreviation) and _NUMBER_NEXT.match(text, end):
            end = 0
    return (start, end) if end else None


def _asks_for_family_name_only(text: str) -> bool:
    bare = _THAI_BARE_REQUEST.fullmatch(text)
    return bool(bare and bare["which"] == "นามสกุล")


def _asks_for_a_name(text: str) -> bool:
    """A request for a name; a turn that gives one after the request (ชื่อบัญชี นายสมชาย ครับ)
    asks for none, though an agent may give their own before it (`I'm Bri. Your name?`)."""
    start = _request_start(text)
    return start is not None and all(span.end <= start for span in name_spans(text))


def _request_start(text: str) -> int | None:
    """Where the request for a name starts (a Thai one: at the start), or None."""
    # Substring tests first: most turns ask for nothing.
    if "name" in text or "Name" in text or "NAME" in text or "ho" in text or "HO" in text:
        # Every English request holds "name" or "who" in some case ("ho" is in "phone").
        low = text.lower()
        if "name" not in low and "who" not in low:
            return None
        request = _ENGLISH_REQUEST.search(text)
        # An agent may give their own name first ("my name's callum, can i take your full
        # name"): only what follows the request can make it none.
        if request and _ASKING.search(text) and not _NOT_A_REQUEST.search(text, request.start()):
            return request.start()
        return None
    if "ชื่อ" in text or "นามสกุล" in text:
        # Thai ASR sets a space between syllables (ขอ ชื่อ นามสกุล ค่ะ); Thai needs none.
        text = text.replace(" ", "") if _SPACED_THAI.search(text) else text
        request = _THAI_ASKING.search(text)
        asking = (
            request
            or len(text) <= MAX_SHORT_QUESTION
            and (_THAI_SHORT_QUESTION.search(text) or _THAI_REQUEST_ENDING.search(text))
            or _THAI_BARE_REQUEST.fullmatch(text)
        )
        # A yes-no question before the request asks something else (ไม่ได้รับบาดเจ็บใช่ไหมคะ
        # ขอทราบชื่อผู้เอาประกันค่ะ); one after it confirms a name instead of asking for it.
        after = request.start() if request else 0
        return 0 if asking and not _THAI_YES_NO.search(text, after) else None
    return None


def _next_speaker_turn(turns: Sequence[Turn], position: int) -> int | None:
    """The next turn, unless the same known speaker goes on talking."""
    asker, answer = turns[position], turns[position + 1]
    same = asker.speaker == answer.speaker and asker.role == answer.role
    if same and (asker.speaker or asker.role != "unknown"):
        return None
    return position + 1


def _thai_family_end(text: str, start: int) -> int:
    """A family name alone, listed or a word up to a particle, a space or the end; family names
    are compounds of everyday words (อยู่เย็น, ทองดี)."""
    family = name_lists()[1]
    length = family.longest_at(text, start) or unlisted_name_length(text, start, surname=True)
    return start + length if length else 0


def _thai_answer_end(text: str, start: int) -> int:
    """A listed given name and its family name, or a word up to a particle, a space or the
    end: the request says a name comes, so unlisted names (nicknames) count too."""
    given, family = name_lists()
    length = given.longest_at(text, start)
    if length and is_never_a_name(text[start : start + length]):
        return 0
    # A listed name cut from the everyday word that opens the answer (สอ in สอง "two").
    word = THAI_WORD.match(text, start).group()
    if length < len(word) and (word in everyday_words() or is_never_a_name(word)):
        return 0
    # A listed name that stops inside a longer word (สุนี in สุนีย์) gives way to the word.
    whole = unlisted_name_length(text, start, surname=True)
    if length and whole > length and not family.longest_at(text, start + length):
        length = whole
    if not length:
        length = unlisted_name_length(text, start)
    # สายสุนีย์ ทองดี: a given name that begins with a word (สาย) is one before a listed
    # family name.
    if not length and whole and text[start + whole : start + whole + 1] == " ":
        length = whole if family.longest_at(text, start + whole + 1) else 0
    end = start + length
    if end == start:
        return 0
    surname_start = end + 1 if text[end : end + 1] == " " else end
    surname = family.longest_at(text, surname_start) or (
        unlisted_name_length(text, surname_start, surname=True) if surname_start > end else 0
    )
    if surname:
        return surname_start + surname
    # รอ refund, รบกวน...: an everyday word opening the answer is a name only said alone.
    if text[start:end] in everyday_words() and not closed_after(text, end):
        return 0
    return end
