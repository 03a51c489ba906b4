"""CARD_EXPIRY: MM/YY (or MM/YYYY) given expiry context, or a month and year said right after
an expiry word ("expiry is twelve twenty-seven", "หมดอายุ สิบสอง ยี่สิบเจ็ด", "exp 0528")."""

from __future__ import annotations

import re
from collections.abc import Iterator

from presidio_analyzer import EntityRecognizer

from ccaudit.model import Severity
from ccaudit.normalize.dates_apart import DATE_APART
from ccaudit.pii.context import find_words, has_word, lowered, words_regex
from ccaudit.pii.passes.spoken_expiry import EXPIRY_AFTER_CONTEXT, expiry_after
from ccaudit.pii.recognizers.base import WINDOW_BEFORE, ContextPatternRecognizer, RePattern

# Matched where an expiry word ends (see `dates_after_expiry_words`), not over a window. A
# date right after its label starts higher than the written pattern, so that "exp 0528 cvv
# 123" reads 0528 as the expiry, not as a CVV that merely has its context word near.
AFTER_EXPIRY_WORD = RePattern("after_expiry_word", EXPIRY_AFTER_CONTEXT.pattern, 0.15)
# A MM/YY typed right after a card number ("4919 ... 5012 07/28") is its expiry with no word:
# the normaliser has set it apart from the number with a tab (ccaudit.normalize.dates_apart).
AFTER_CARD_NUMBER = RePattern(
    "after_card_number",
    rf"(?<=[0-9]{DATE_APART})(?:0[1-9]|1[0-2])/(?:20)?[0-9]{{2}}(?![0-9/])",
    0.6,
)
_AFTER_CARD_NUMBER = re.compile(AFTER_CARD_NUMBER.regex)


class CardExpiryRecognizer(ContextPatternRecognizer):
    ENTITY = "CARD_EXPIRY"
    SEVERITY = Severity.medium
    LABEL_EN = "card expiry date"
    LABEL_TH = "วันหมดอายุบัตร"
    # (?=[0-9]) changes no match, but lets `re` give up at once where no digit stands, rather
    # than check the lookbehind and try every month there. A year may be Buddhist-era (2571).
    PATTERNS = (
        RePattern(
            "mm_yy",
            r"(?=[0-9])(?<![0-9/.\-])(?:0?[1-9]|1[0-2]) ?[/\-.] ?(?:20|25(?=[6-8]))?[0-9]{2}"
            r"(?![0-9]|[/.\-][0-9])",
            0.1,
        ),
        # The year first, as Japanese and Chinese cards print it: `2028/06`.
        RePattern(
            "yyyy_mm",
            r"(?=[0-9])(?<![0-9/.\-])20[2-4][0-9] ?[/\-.] ?(?:0?[1-9]|1[0-2])(?![0-9]|[/.\-][0-9])",
            0.1,
        ),
    )
    CONTEXT = (
        "exp", "expiry", "expires", "expiration", "expire", "expiring", "valid thru",
        "valid through", "good thru", "valid till", "valid until", "expired", "หมดอายุ", "วันหมดอายุ",
        "บัตรหมดอายุ", "วันที่หมดอายุ", "valid to", "good through", "good till", "good until",
        "ใช้ได้ถึง", "ใช้ได้จนถึง",
        # Thai speech-to-text often sets the syllables of a word apart.
        "หมด อายุ", "วัน หมด อายุ", "บัตร หมด อายุ",
    )  # fmt: skip
    NEEDS_CONTEXT = True

    def may_match(self, text: str) -> bool:
        return super().may_match(text) or (
            DATE_APART in text and _AFTER_CARD_NUMBER.search(text) is not None
        )

    def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None):
        results = super().analyze(text, entities, nlp_artifacts, regex_flags)
        after_words = [
            self._result(AFTER_EXPIRY_WORD, start, end, text[start:end])
            for window in self._windows_of(text)
            for start, end in dates_after_expiry_words(text, *window)
        ]
        if DATE_APART in text:
            after_words += [
                self._result(AFTER_CARD_NUMBER, *m.span(), m.group())
                for m in _AFTER_CARD_NUMBER.finditer(text)
            ]
        if after_words:
            results = EntityRecognizer.remove_duplicates(
                results + [r for r in after_words if r is not None]
            )
        results = [r for r in results if not about_something_else(text, r.start)]
        return _first_after_its_word(text, results) if len(results) > 1 else results


EXPIRY_WORDS = words_regex(CardExpiryRecognizer.CONTEXT)
# Pieces, in lower case, that every expiry word holds: a text with none of them has none.
EXPIRY_WORD_PIECES = (
    "exp", "valid t", "valid u", "good t", "good u", "หมดอายุ", "หมด อายุ", "ใช้ได้",
)  # fmt: skip
# Products, coupons, points, documents and contracts expire too. Such a word shortly before
# the date, in the same line, says whose expiry it is.
_NOT_A_CARD = words_regex(
    (
        "สินค้า", "นม", "อาหาร", "ขนม", "เครื่องสำอาง", "คูปอง", "บัตรกำนัล", "โปรโมชั่น",
        "คะแนน", "แต้ม", "หนังสือเดินทาง", "พาสปอร์ต", "ใบขับขี่", "กรมธรรม์", "สัญญา",
        "product", "food", "milk", "medicine", "coupon", "voucher", "promo", "promotion",
        "offer", "points", "passport", "licence", "license", "policy", "contract",
        "ยา", "แผง", "ขวด", "กล่อง", "ครีม", "เซรั่ม", "วัคซีน", "bottle", "pack", "packet",
        "box", "label", "serum", "cream", "lotion", "pill", "tablet", "vaccine", "drug",
        "เล่ม", "ล็อต", "ผลิต", "lot no", "lot number", "batch", "mfg", "best before", "gift",
        "บัตรของขวัญ", "membership",
    )
)  # fmt: skip
# A document's number right before the expiry word says it is that document's: "เล่มเก่า
# AA5583106 หมดอายุ 02/2026", "licence DL 40017722 expires 03/29".
_DOCUMENT_NUMBER = re.compile(r"(?<![A-Za-z0-9])[A-Za-z]{1,2} ?[0-9]{6,9}[ \t,:;-]*$")
NOT_A_CARD_REACH = 40
# How far after a date an expiry word may still name it ("12/27 is the expiry").
WORD_AFTER_REACH = 30


# A date said again right after the first ("09/27, oh nine slash twenty seven") is the same.
_SAID_AGAIN = re.compile(r"[\s,;:\-]{1,3}")


def _first_after_its_word(text: str, results: list) -> list:
    """An expiry word gives one date, the first after it: in "exp 11/26. the charge was 5/30"
    the second date is some other day, unless said again at once or a word follows it."""
    kept = []
    for result in results:
        words = list(
            find_words(EXPIRY_WORDS, text, max(result.start - WINDOW_BEFORE, 0), result.start)
        )
        if words and not has_word(EXPIRY_WORDS, text, result.end, result.end + WORD_AFTER_REACH):
            word_end = words[-1].end()
            earlier = [o for o in results if word_end <= o.start and o.end <= result.start]
            if any(not _SAID_AGAIN.fullmatch(text, o.end, result.start) for o in earlier):
                continue
        kept.append(result)
    return kept


def about_something_else(text: str, start: int) -> bool:
    """Whether a word shortly before `start`, or before the expiry word that names the date,
    in its line, says the expiry is not a card's."""
    line_start = text.rfind("\n", 0, start) + 1
    if has_word(_NOT_A_CARD, text, max(line_start, start - NOT_A_CARD_REACH), start):
        return True
    words = list(find_words(EXPIRY_WORDS, text, max(line_start, start - WINDOW_BEFORE), start))
    if not words:
        return False
    word_start = words[-1].start()
    first = max(line_start, word_start - NOT_A_CARD_REACH)
    return (
        has_word(_NOT_A_CARD, text, first, word_start)
        or _DOCUMENT_NUMBER.search(text, first, word_start) is not None
    )


def dates_after_expiry_words(
    text: str, start: int = 0, end: int | None = None
) -> Iterator[tuple[int, int]]:
    """Spans of the expiry dates right after an expiry word in text[start:end] (a date may run
    on past `end`); the prefilter asks this of turns with no digits."""
    for word in find_words(EXPIRY_WORDS, text, start, end):
        span = expiry_after(lowered(text), word.end())
        if span is not None:
            yield span
