"""Cheap checks that every turn able to hold PII passes; the rest skip Presidio.

They must stay a superset of what the recognizers and the normaliser look for: digits
(ASCII and Thai), '@', spoken digits (two in a row: one alone is a word, not a number),
spoken email words, and the cues for names. Each regex starts with plain characters so
`re` can skip ahead quickly; word boundaries are checked afterwards in Python.
"""

from __future__ import annotations

import re

from ccaudit.pii.recognizers.person import EN_CUE, starts_with_thai_name

_DIGIT_OR_AT = re.compile(r"[0-9\u0E50-\u0E59@]")
_TH_DIGIT = r"(?:ศูนย์|หนึ่ง|สอง|โท|สาม|สี่|ห้า|หก|เจ็ด|แปด|เก้า)"
_TH_DIGIT_PAIR = re.compile(rf"{_TH_DIGIT}\s?{_TH_DIGIT}")
_TH_CUES = re.compile(r"นาย|นาง|ชื่อ|จุด|ดอท|แอท|แอ็ท|แอด|แอ็ด|น\.ส\.|ด\.ช\.|ด\.ญ\.|คุณ")
_THAI_LETTER = re.compile(r"[\u0E01-\u0E4E]")
# "ผม"/"ดิฉัน" (I) are in most Thai turns; only a listed name right after them counts.
_TH_SELF = re.compile(r"ผม|ดิฉัน|ฉัน|หนู")
_EN_DIGIT_WORDS = frozenset(
    [
        "zero",
        "oh",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "double",
        "triple",
    ]
)
_EN_CUE_WORDS = frozenset(["dot", "name", "mr", "mrs", "ms", "miss", "dr", "i'm"])
_EN_CUE_PHRASES = ("this is", "i am", "speaking with")
_EN_WORD = re.compile(r"[a-z']+")


def may_contain_pii(text: str) -> bool:
    if _DIGIT_OR_AT.search(text):
        return True
    if _THAI_LETTER.search(text) and _has_thai_cue(text):
        return True
    return _has_english_cue(text.lower()) or _introduces_a_name(text)


def _has_thai_cue(text: str) -> bool:
    for match in _TH_CUES.finditer(text):
        if match.group() != "คุณ" or text[max(match.start() - 3, 0) : match.start()] != "ขอบ":
            return True
    if any(starts_with_thai_name(text, m.end()) for m in _TH_SELF.finditer(text)):
        return True
    return _TH_DIGIT_PAIR.search(text) is not None


def _introduces_a_name(text: str) -> bool:
    """ "It's David Smith": "it's" is too common a cue to pass a turn on its own."""
    return "it" in text.lower() and EN_CUE.search(text) is not None


def _has_english_cue(text: str) -> bool:
    words = _EN_WORD.findall(text)
    present = set(words)
    if present & _EN_CUE_WORDS or any(p in text for p in _EN_CUE_PHRASES):
        return True
    if not present & _EN_DIGIT_WORDS:
        return False
    return any(
        a in _EN_DIGIT_WORDS and b in _EN_DIGIT_WORDS
        for a, b in zip(words, words[1:], strict=False)
    )
