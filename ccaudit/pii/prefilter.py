"""Cheap checks that every turn able to hold PII passes; the rest skip Presidio.

They must stay a superset of what the recognizers and the normaliser look for: digits
(ASCII and Thai), '@', runs of three spoken digits, a said dash (ขีด) allowed between them
(fewer are words: สองสามวัน is "a couple of days"), spoken email addresses (an "at" word),
names after their cues, checked as the PERSON recognizer checks them
(ccaudit.pii.names.finder.may_hold_name), since คุณ ("you") and "I'm" open most turns, an
expiry date said in words after an expiry word, checked as CARD_EXPIRY checks it, a
password said after its word, checked as OTP checks it, and a country's letters said apart
before digits, as an IBAN is read out. A turn after one that names the
expiry date may hold the answer.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator, Sequence
from itertools import accumulate

from ccaudit.normalize.spoken_digits_en import HOMOPHONES, MAX_WHOLE_TURN
from ccaudit.normalize.spoken_digits_th import DIGIT_WORDS, INNER_ONLY
from ccaudit.pii.context import lowered
from ccaudit.pii.names.finder import may_hold_name
from ccaudit.pii.passes.code_answers import password_answers
from ccaudit.pii.passes.expiry_answers import expiry_answer_turns
from ccaudit.pii.passes.spoken_expiry import TH_SHORT_MONTHS
from ccaudit.pii.recognizers.card_expiry import EXPIRY_WORD_PIECES, dates_after_expiry_words
from ccaudit.pii.recognizers.date_of_birth import EN_MONTHS, TH_MONTHS
from ccaudit.pii.recognizers.otp import MEMORABLE_WORD, PASSWORD
from ccaudit.pii.spoken_iban import may_hold_spoken_iban

_DIGIT_OR_AT = re.compile(r"[0-9@]")
_EXPIRY_HINT = re.compile("|".join(re.escape(piece) for piece in EXPIRY_WORD_PIECES), re.I)
# The same pieces in lower-case text: one search costs less than a substring test for each.
_EXPIRY_PIECE = re.compile("|".join(re.escape(piece) for piece in EXPIRY_WORD_PIECES))
_LATIN_LETTER = re.compile(r"[A-Za-z]")
_TH_DIGIT = f"(?:{'|'.join(DIGIT_WORDS)})"
# No run ends with a word that is a digit only between two others (สองสามวัน "a few days").
_TH_LAST_DIGIT = f"(?:{'|'.join(w for w in DIGIT_WORDS if w not in INNER_ONLY)})"
# Between two spoken digits: a space, or ขีด ("dash") said as account numbers are read out.
_TH_GAP = r"\s?(?:ขีด\s?)?"
# Patterns here start with a literal in every top-level alternative, so that `re` can skip
# ahead to a possible first character; a leading lookbehind or group would stop it.
# A digit (ASCII, Thai or full-width) or '@', three spoken Thai digits in a row, or a spoken
# "at".
_DIGIT_AT_OR_THAI_SPOKEN = re.compile(
    "|".join(
        [*"0123456789๐๑๒๓๔๕๖๗๘๙０１２３４５６７８９@"]
        + [rf"{word}{_TH_GAP}{_TH_DIGIT}{_TH_GAP}{_TH_LAST_DIGIT}" for word in DIGIT_WORDS]
        + ["แอ็?[ทด]"]
    )
)
# The teens are spelled out: with every alternative opening with a letter, `re` skips ahead
# by first letter to where a word can start.
_EN_DIGIT_WORD = (
    r"(?:zero|nought|oh|one|two|three|four|five|six|seven|eight|nine|double|triple"
    r"|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
    r"|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?![a-z])"
)
# Three digit words in a row, whatever non-letters stand between them; `_has_spoken_english`
# checks that the first one starts a word.
_EN_SPOKEN_DIGITS = re.compile(rf"{_EN_DIGIT_WORD}(?:[^a-z]+{_EN_DIGIT_WORD}){{2}}")
# A short turn that reads out a number as ASR hears it, "to", "for" and "won" for digits ("for
# won won oh to seven"): four such words in a row, the normaliser decides (spoken_digits_en).
_EN_HEARD_DIGIT = rf"(?:{_EN_DIGIT_WORD}|(?:{'|'.join(HOMOPHONES)})(?![a-z]))"
_EN_HEARD_DIGITS = re.compile(rf"{_EN_HEARD_DIGIT}(?: {_EN_HEARD_DIGIT}){{3}}")
# A date said in words, which holds no digit and may hold fewer than three number words: a
# month name right beside a day ("third of february fifty nine", "july the twenty second",
# "ยี่สิบสาม มกรา สามสอง"), or a month said as a number ("the fourth of the eleventh").
_EN_DAY_WORD = (
    rf"(?:{_EN_DIGIT_WORD}|(?:fir|seco|thi|four|fif|six|seven|eigh|nin|ten|eleven|twelf"
    r"|(?:thir|four|fif|six|seven|eigh|nine)teen|twentie|thirtie)(?:st|nd|rd|th))"
)
_EN_SAID_DATE = re.compile(
    rf"{_EN_DAY_WORD}(?: of)?(?: the)? (?:{EN_MONTHS})(?![a-z])"
    rf"|(?<![a-z])(?:{EN_MONTHS}),?(?: the)? {_EN_DAY_WORD}"
    rf"|{_EN_DAY_WORD} of the {_EN_DAY_WORD}"
)
# What `_EN_SAID_DATE` needs somewhere: a month's first letters or "of the". One search for
# any of them costs some 40% less than a substring test for each.
_SAID_DATE_HINT = re.compile(" of the |jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec")
_TH_NUMBER_WORD = f"(?:{'|'.join(DIGIT_WORDS)}|สิบ|ยี่สิบ|เอ็ด)"
_TH_SAID_DATE = re.compile(
    rf"(?:{TH_SHORT_MONTHS}|{TH_MONTHS})(?:คม|ยน|พันธ์)?\s?(?:ปี|พ\.ศ\.)?\s?{_TH_NUMBER_WORD}"
)


# Three digit words of either language in a row, as bilingual callers read numbers out.
_ANY_DIGIT_WORD = (
    f"(?:{'|'.join(DIGIT_WORDS)}|(?<![a-z])(?:zero|oh|one|two|three|four|five|six|seven|eight"
    "|nine)(?![a-z]))"
)
_MIXED_SPOKEN_DIGITS = re.compile(rf"{_ANY_DIGIT_WORD}(?:[ ,]*{_ANY_DIGIT_WORD}){{2}}")


def may_contain_pii(text: str) -> bool:
    # Every search costs time in proportion to the text's length, whether it finds anything
    # or not: text in ASCII skips the Thai checks, and Thai text without Latin letters the
    # English ones.
    if text.isascii():
        if _DIGIT_OR_AT.search(text):
            return True
    else:
        if _DIGIT_AT_OR_THAI_SPOKEN.search(text):
            return True
        # หมดอายุ, perhaps with its syllables set apart by speech-to-text, or ใช้ได้.
        if (
            "หมดอายุ" in text or "หมด อายุ" in text or "ใช้ได้" in text
        ) and _has_date_after_expiry_word(text):
            return True
        if _TH_SAID_DATE.search(text):
            return True
        if not _LATIN_LETTER.search(text):
            return may_hold_name(text)
    low = text.lower()
    if _has_spoken_english(low) or _has_said_date(low) or may_hold_name(text):
        return True
    if may_hold_spoken_iban(text):
        return True  # the first piece of an IBAN read out in turns ("d e one two")
    if not text.isascii() and _MIXED_SPOKEN_DIGITS.search(low):
        return True  # digits said in both languages ("ห้า five ศูนย์ สาม eight")
    if "pass" in low and PASSWORD.search(text):
        return True  # a password said in words ("password is lantern forty one")
    if "word" in low and MEMORABLE_WORD.search(text):
        return True  # a memorable word in quotes
    # Most turns hold no piece of an expiry word, and "exp" inside "explain" is ruled out by
    # the recognizer's own check.
    return _EXPIRY_PIECE.search(low) is not None and _has_date_after_expiry_word(text)


def candidate_turns(
    texts: Sequence[str], expiry_answers: bool = False, known: dict[str, bool] | None = None
) -> tuple[set[int], set[int]]:
    """(positions of the texts, one conversation's turns in order, that may hold PII; the
    positions right after a turn that names the expiry date, which may hold the answer
    (ccaudit.pii.passes.expiry_answers) and are among the first if `expiry_answers`).
    `known` holds `may_contain_pii` by text, and takes what is worked out here."""
    known = {} if known is None else known
    found = {position for position, text in enumerate(texts) if _may_contain(text, known)}
    found |= password_answers(texts)
    if not expiry_answers:
        return found, set()
    # Pieces of the expiry words, any case, found in one look at the whole conversation
    # (most hold none), before the closer look of `asks_for_expiry`.
    joined = "\n".join(texts)
    hints = list(_expiry_hints(joined))
    if not hints:
        return found, set()
    starts = list(accumulate((len(text) + 1 for text in texts[:-1]), initial=0))
    asking = {bisect_right(starts, hint.start()) - 1 for hint in hints}
    answers = {answer for p in asking for answer in expiry_answer_turns(texts, p)}
    # The turn after an answer may read the date back in other words ("เดือน แปด ปี เจ็ด สิบ").
    read_back = {answer + 1 for answer in answers if answer + 1 < len(texts)}
    return found | answers | read_back, answers


def _may_contain(text: str, known: dict[str, bool]) -> bool:
    verdict = known.get(text)
    if verdict is None:
        verdict = known[text] = may_contain_pii(text)
    return verdict


def _expiry_hints(text: str) -> Iterator[re.Match[str]]:
    """`_EXPIRY_HINT`'s matches, found in the lowered text where that finds the same: a caseless
    search costs several times as much. Only the Turkish İ and ı differ: `re` takes either for
    an i, and `lowered` keeps both."""
    if "\u0130" in text or "\u0131" in text:
        return _EXPIRY_HINT.finditer(text)
    return _EXPIRY_PIECE.finditer(lowered(text))


def _has_date_after_expiry_word(text: str) -> bool:
    return next(dates_after_expiry_words(text), None) is not None


def _has_said_date(low: str) -> bool:
    """`_EN_SAID_DATE`, looked for only where `_SAID_DATE_HINT` finds what it needs (that
    search costs a tenth of this one)."""
    return _SAID_DATE_HINT.search(low) is not None and _EN_SAID_DATE.search(low) is not None


def _has_spoken_english(text: str) -> bool:
    """Three spoken digits in a row, or an address read out (" at " and "dot")."""
    if " at " in text and "dot" in text:
        return True
    if len(text) <= MAX_WHOLE_TURN and _EN_HEARD_DIGITS.search(text):
        return True
    match = _EN_SPOKEN_DIGITS.search(text)
    while match is not None:
        start = match.start()
        if start == 0 or not ("a" <= text[start - 1] <= "z"):
            return True
        match = _EN_SPOKEN_DIGITS.search(text, start + 1)
    return False
