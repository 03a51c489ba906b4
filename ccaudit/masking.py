"""Masking and keyed fingerprints: the only forms in which a detected value leaves the detector."""

from __future__ import annotations

import hashlib
import hmac
import re
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ccaudit.model import Finding, Turn

CARD_KEEP_FIRST = 6
CARD_KEEP_LAST = 4

_ALNUM = re.compile(r"[0-9A-Za-z\u0E00-\u0E7F]")
# The same characters as _ALNUM, for str.translate: several times faster than re.sub on the
# short values masked once per finding.
# Line breaks and tabs become spaces, so a mask always prints on one line.
_ALNUM_TO_STAR = str.maketrans(
    {
        c: "*"
        for low, high in (("0", "9"), ("A", "Z"), ("a", "z"), ("\u0e00", "\u0e7f"))
        for c in map(chr, range(ord(low), ord(high) + 1))
    }
    | dict.fromkeys("\r\n\t", " ")
)
_LETTER = re.compile(r"[A-Za-z\u0E01-\u0E4E]")
_DIGIT = re.compile(r"[0-9\u0E50-\u0E59]")
# The same characters as _DIGIT, tested one character at a time: cheaper than a regex match
# object per digit.
_DIGITS = frozenset("0123456789๐๑๒๓๔๕๖๗๘๙")
# The safety net for excerpts (evidence, review notes): whatever the detector found or missed,
# no run of three or more digits or spoken digits, and nothing shaped like an email, survives.
# A run is digits (ASCII or Thai) and number words, Thai or English, joined by blanks, commas,
# dots, slashes, hyphens or "and"; Thai words may also be glued together.
# fmt: off
_EN_NUMBER_WORDS = [
    "zero", "oh", "o", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
    "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
    "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty",
    "ninety", "hundred", "thousand", "double", "triple",
]
_TH_NUMBER_WORDS = [
    "ศูนย์", "ศูนย", "ศูน", "สูนย์", "สูน", "หนึ่ง", "หนึง", "เอ็ด", "สอง", "สาม", "สี่", "ห้า", "หก",
    "เจ็ด", "แปด", "เก้า", "สิบ", "ยี่", "ร้อย", "พัน", "หมื่น", "แสน", "ล้าน",
]
# fmt: on
# A Thai number word followed by a mark that continues its syllable is the start of another
# word (สามี husband, สามารถ can).
_TH_CONTINUING_MARKS = "ะัาำิีึืฺุู็่้๊๋์ํ"


def _longest_first(words: list[str]) -> str:
    return "|".join(sorted(words, key=len, reverse=True))


# Every token starts with one of these: a lookahead on them lets `re` skip other characters
# fast (about six times faster on ordinary text).
_NUMBER_TOKEN_FIRST = "0-9\u0e50-\u0e59" + "".join(
    sorted(
        {w[0] for w in _TH_NUMBER_WORDS}
        | {c for w in _EN_NUMBER_WORDS for c in w[0] + w[0].upper()}
    )
)
_NUMBER_TOKEN = (
    rf"(?=[{_NUMBER_TOKEN_FIRST}])(?:[0-9\u0E50-\u0E59]"
    rf"|(?<![A-Za-z])(?i:{_longest_first(_EN_NUMBER_WORDS)})(?![A-Za-z'])"
    rf"|(?:{_longest_first(_TH_NUMBER_WORDS)})(?![{_TH_CONTINUING_MARKS}]))"
)
_NUMBER_SEPARATOR = r"(?:[ \t\r\n,./-]{1,3}|[ \t]+and[ \t]+)?"
_NUMBER_RUN = re.compile(rf"{_NUMBER_TOKEN}(?:{_NUMBER_SEPARATOR}{_NUMBER_TOKEN}){{2,}}")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


def mask_card_number(raw: str, digits_before: int = 0, total_digits: int | None = None) -> str:
    """Keep at most the first 6 and last 4 digits of the whole card number, separators as written.

    `digits_before` and `total_digits` place a fragment inside a number split across turns,
    so a middle fragment keeps nothing.
    """
    digits = [i for i, c in enumerate(raw) if c in _DIGITS]
    total = total_digits if total_digits is not None else len(digits)
    keep_first = CARD_KEEP_FIRST if total >= 13 else 0
    keep_last = CARD_KEEP_LAST if total >= 13 else 0
    masked = list(raw.translate(_ALNUM_TO_STAR))
    # This fragment's share of the whole number's first and last digits.
    first = digits[: max(keep_first - digits_before, 0)]
    last = digits[max(total - keep_last - digits_before, 0) :]
    for i in first + last:
        masked[i] = raw[i]
    return "".join(masked)


def mask_value(entity_type: str, value: str) -> str:
    """Mask a value as the detector read it, spoken digits already digits (cards: see
    mask_card_number). A number keeps its separators; anything with letters in it keeps only
    its length, since the lengths of its words would tell spoken digits apart (ศูนย์ from สอง,
    three from six) and show the shape of an address."""
    if entity_type == "CREDIT_CARD":
        return mask_card_number(value)
    if _LETTER.search(value):
        return "*" * len(value)
    return value.translate(_ALNUM_TO_STAR)


def mask_free_text(text: str) -> str:
    """Mask every email-shaped part of text and every run of three or more digits or spoken
    digits, found by the detector or not. Written digits keep their separators; a run with
    words in it keeps only its length, as mask_value does."""
    text = mask_emails(text)
    return _NUMBER_RUN.sub(_mask_number_run, text)


def mask_emails(text: str) -> str:
    """Mask the letters and digits of every email-shaped part of text."""
    if "@" not in text:
        return text
    return _EMAIL.sub(lambda m: _ALNUM.sub("*", m.group()), text)


def _mask_number_run(match: re.Match) -> str:
    run = match.group()
    return "*" * len(run) if _LETTER.search(run) else _DIGIT.sub("*", run)


def mask_spans(text: str, spans: list[tuple[int, int]]) -> str:
    """Mask the given character spans of text whole, spaces too (a spoken number's word
    lengths would give it away), then mask whatever else looks like a number."""
    chars = list(text)
    for start, end in spans:
        for i in range(max(start, 0), min(end, len(chars))):
            chars[i] = "*"
    return mask_free_text("".join(chars))


def fingerprint(key: bytes | None, entity_type: str, canonical_value: str) -> str | None:
    """Keyed HMAC so repeats can be counted without storing the value; None without a key."""
    if not key:
        return None
    message = f"{entity_type}:{canonical_value}".encode()
    return hmac.new(key, message, hashlib.sha256).hexdigest()[:24]


def mask_with_findings(text: str, masks: list[tuple[int, int, str]]) -> str:
    """Text with each (start, end) span replaced by its finding's own mask, so a value reads
    the same in a quote as in the list of findings; whatever else looks like a number or an
    email is masked too (masks are put in after, so a card keeps its first 6 and last 4)."""
    pieces: list[str] = []
    position = 0
    for start, end, mask in sorted(masks):
        start = max(start, position)
        if end <= start:
            continue
        pieces += [mask_free_text(text[position:start]), mask]
        position = end
    pieces.append(mask_free_text(text[position:]))
    return "".join(pieces)


def mask_free_text_keeping(text: str, masks: Iterable[str]) -> str:
    """mask_free_text for text that already holds findings' masks: those stay as they are."""
    kept = sorted({m for m in masks if m}, key=len, reverse=True)
    if not kept or not any(m in text for m in kept):
        return mask_free_text(text)
    parts = re.split(f"({'|'.join(map(re.escape, kept))})", text)
    return "".join(part if i % 2 else mask_free_text(part) for i, part in enumerate(parts))


def masked_said(turn: Turn, findings: Sequence[Finding] | None) -> str:
    """What the turn's speaker said (without a speaker label its text keeps, see Turn.said),
    with the turn's findings as their masks and anything else number-shaped masked."""
    shift = turn.said_from
    masks = []
    for finding in findings or ():
        start, end = turn.text_span(finding.start, finding.end)
        if end > shift:
            masks.append((max(start - shift, 0), end - shift, finding.masked))
    return mask_with_findings(turn.said, masks)
