"""Spoken Thai digits become digits: "ศูนย์แปดหนึ่ง สองสามสี่" -> "081234".

Words: ศูนย์ (and the ASR spellings ศูนย ศูน สูนย์ สูน สูญ, and โอ, "oh"), หนึ่ง/หนึง/นึง/เอ็ด,
สอง/โท, สาม, สี่ (สี, ศรี) and ห้า (หา), those three spellings only between two other digits or
opening a turn read out in digits, หก, เจ็ด (เจด, เจ็ต), แปด (แป้ด), เก้า (เกา), and the
English words as Thai script writes them (ซีโร่, วัน, ทู, ทรี, โฟร์, ไฟว์, ซิกซ์, เซเว่น, เอท,
ไนน์; วัน "day" as ห้า is), spaced or not. Thai is written without spaces and these words hide
inside ordinary ones (สามี husband, ห้าม forbid, เก้าอี้ chair, สี่แยก crossroads, โทร phone),
so a run changes only when it holds four spoken digits, or three beside written digits or
standing alone between spaces ("CVV หนึ่งสองสาม ค่ะ"), and its last word does not run on
into a longer word. A following vowel or tone mark, a number word (สิบ ร้อย ...) or a
dictionary word that starts with the digit word (pythainlp's bundled word list) all mean
it does. See digit_runs for the output shape.
"""

from __future__ import annotations

import os
import re
from functools import cache

from ccaudit.normalize.digit_runs import BLANK, DigitToken, RunPolicy, run_replacements
from ccaudit.normalize.offsets import Replacement
from ccaudit.thai_script import is_thai_letter

# English digit words as Thai speech-to-text writes them: card numbers are often read out in
# English ("ทรีเซเว่นเซเว่นโฟร์").
_ENGLISH_IN_THAI = {
    "ซีโร่": "0", "ซีโร": "0", "วัน": "1", "ทู": "2", "ทรี": "3", "ธรี": "3", "โฟร์": "4", "ไฟว์": "5",
    "ไฟฟ์": "5", "ซิกซ์": "6", "เซเว่น": "7", "เซเวน": "7", "เอท": "8", "เอ้ท": "8", "ไนน์": "9",
}  # fmt: skip
_DIGIT_OF_WORD = {
    "ศูนย์": "0",
    "ศูนย": "0",
    "ศูน": "0",
    "สูนย์": "0",
    "สูน": "0",
    "หนึ่ง": "1",
    "หนึง": "1",
    "เอ็ด": "1",
    "สอง": "2",
    "โท": "2",
    "สาม": "3",
    "สี่": "4",
    "ห้า": "5",
    "หก": "6",
    "เจ็ด": "7",
    "แปด": "8",
    "เก้า": "9",
    # Spellings ASR gives when tone marks or the final letter are lost.
    "เจด": "7",
    "เกา": "9",
    "สูญ": "0",
    "หา": "5",
    "สี": "4",
    "ศรี": "4",
    "นึง": "1",
    "เจ็ต": "7",
    "แป้ด": "8",
    # The English "oh" for a zero, as Thai speakers read numbers out too.
    "โอ": "0",
    **_ENGLISH_IN_THAI,
}
# ASR spellings that are also common words (หา "to look for", สี "colour", ศรี in names, วัน
# "day", as in สองสามวัน "a couple of days"): digits only between two others.
INNER_ONLY = frozenset({"หา", "สี", "ศรี", "วัน"})
INNER_ONLY_OPENING_AFTER = 3
# Longest first, so an alternation prefers ศูนย์ over ศูน. The prefilter uses these too.
DIGIT_WORDS = tuple(sorted(_DIGIT_OF_WORD, key=len, reverse=True))
_WORD = "|".join(DIGIT_WORDS)
# Between digits: blanks, a comma or dash typed, or ขีด ("dash") said, as bank accounts are
# read out (สองสี่เจ็ด ขีด ศูนย์ ขีด ...).
_SEPARATOR = rf"{BLANK}*+(?:[,-]|ขีด)?+{BLANK}*+"
# A digit said twice or three times over: สามสองตัว ("three, two of them") is 33, as English
# says "double three".
_REPEATS = {"สองตัว": 2, "สามตัว": 3}
# Not after an inner-only word: "สองสีสามตัว" is two colours, three pieces.
_UNIT = (
    rf"(?:{_WORD})(?:{''.join(f'(?<!{w})' for w in INNER_ONLY)}{BLANK}?(?:{'|'.join(_REPEATS)}))?"
)
_TOKEN_PATTERN = re.compile(rf"{_UNIT}|[0-9]+")
# Possessive quantifiers: a separator may be empty, and backtracking over long digit strings
# split every possible way would be exponential. Written digits glued to Latin letters belong
# to a label or a code (spk_1, AGENT_01), not to the spoken number after them.
_RUN_PATTERN = re.compile(
    rf"(?<![0-9])(?:(?<![A-Za-z_])(?:[0-9]++{_SEPARATOR})++)?+{_UNIT}"
    rf"(?:{_SEPARATOR}(?:{_UNIT}|[0-9]++))+"
)
# A cheap first look: two digit words (or one and a digit) in a row.
_GATE = re.compile(rf"(?:{_WORD}){_SEPARATOR}(?:{_WORD}|[0-9])")
# Marks that can only continue a syllable, never start one.
_CONTINUING_MARKS = frozenset("ะัาำิีึืฺุู็่้๊๋์ํ")
_NUMBER_WORDS = re.compile("สิบ|ร้อย|พัน|หมื่น|แสน|ล้าน")
# A polite particle closing the answer ("เก้าเจ็ดสองครับ") leaves the digits standing alone.
_CLOSING_PARTICLE = re.compile(r"(?:นะ)?(?:ครับ|คับ|ค่ะ|คะ|ค่า|จ้ะ|จ้า)(?![\u0e01-\u0e4e])")
POLICY = RunPolicy(min_spoken=4, min_spoken_beside_written=3, min_spoken_standing_alone=3)


def spoken_thai_digits(text: str) -> list[Replacement]:
    replacements: list[Replacement] = []
    if _GATE.search(text) is None:
        return replacements
    for run in _RUN_PATTERN.finditer(text):
        tokens = [_token(m) for m in _TOKEN_PATTERN.finditer(text, run.start(), run.end())]
        if tokens[-1].spoken and runs_into_word(text, tokens[-1]):
            tokens.pop()
        tokens = without_inner_only_ends(text, tokens)
        alone = bool(tokens) and _stands_alone(text, tokens[0].start, tokens[-1].end)
        # English words in Thai script are read as digits only in a run of four spoken ones:
        # "หนึ่ง วัน สอง วัน" is "one day, two days".
        if alone and any(text[t.start : t.end] in _ENGLISH_IN_THAI for t in tokens):
            alone = False
        replacements.extend(run_replacements(text, tokens, POLICY, alone))
    return replacements


def without_inner_only_ends(text: str, tokens: list[DigitToken]) -> list[DigitToken]:
    """The run without an inner-only word at either end; one that opens the text, as a
    turn read out in digits does ("หา แปด เก้า ศูนย์"), stays before three other digits."""
    start, end = 0, len(tokens)
    if not _opens_a_read_out_turn(text, tokens):
        while start < end and text[tokens[start].start : tokens[start].end] in INNER_ONLY:
            start += 1
    while end > start and text[tokens[end - 1].start : tokens[end - 1].end] in INNER_ONLY:
        end -= 1
    return tokens[start:end]


def _opens_a_read_out_turn(text: str, tokens: list[DigitToken]) -> bool:
    """One inner-only word opens the text, then at least three digits that are none."""
    if not tokens or text[: tokens[0].start].strip():
        return False
    words = [text[t.start : t.end] for t in tokens]
    return (
        words[0] in INNER_ONLY
        and len(words) > INNER_ONLY_OPENING_AFTER
        and not any(w in INNER_ONLY for w in words[1 : INNER_ONLY_OPENING_AFTER + 1])
    )


def thai_digit_of(word: str) -> str | None:
    """The digit a Thai digit word says, or None for any other word."""
    return _DIGIT_OF_WORD.get(word)


def _token(match: re.Match[str]) -> DigitToken:
    start, end = match.span()
    word = match.group()
    if word[0].isdigit():
        return DigitToken(start, end, word, False)
    times = _REPEATS.get(word[-6:], 1)
    if times > 1:
        word = word[:-6].rstrip()
    return DigitToken(start, end, _DIGIT_OF_WORD[word] * times, True)


def _stands_alone(text: str, start: int, end: int) -> bool:
    """Not glued to Thai letters on either side, as in "CVV หลังบัตร หนึ่งสองสาม ค่ะ", or
    glued only to a closing polite particle ("เก้าเจ็ดสองครับ")."""
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    if is_thai_letter(before):
        return False
    return not is_thai_letter(after) or _CLOSING_PARTICLE.match(text, end) is not None


def runs_into_word(text: str, token: DigitToken) -> bool:
    if token.end >= len(text):
        return False
    if text[token.end] in _CONTINUING_MARKS or _NUMBER_WORDS.match(text, token.end):
        return True
    suffixes, lengths = _dictionary_continuations().get(text[token.start : token.end], ((), ()))
    return any(text[token.end : token.end + n] in suffixes for n in lengths)


@cache
def _dictionary_continuations() -> dict[str, tuple[frozenset[str], tuple[int, ...]]]:
    """For each digit word, the endings that make it part of a longer dictionary word.

    Endings that themselves start with a digit word (สอง+สาม) are left out: inside a run of
    digits those are digits.
    """
    os.environ.setdefault("PYTHAINLP_OFFLINE", "1")
    from pythainlp.corpus import thai_words

    digit_word = re.compile(_WORD)
    suffixes: dict[str, set[str]] = {word: set() for word in _DIGIT_OF_WORD}
    for word in thai_words():
        match = digit_word.match(word)
        if match and len(word) > match.end() and not digit_word.match(word, match.end()):
            suffixes[match.group()].add(word[match.end() :])
    return {
        word: (frozenset(endings), tuple(sorted({len(e) for e in endings})))
        for word, endings in suffixes.items()
    }
