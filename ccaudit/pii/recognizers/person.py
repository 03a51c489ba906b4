"""PERSON: Thai names after a title or a self-introduction, English names after a cue.

Thai is written without spaces, so the name after คุณ is found by the longest entry of
pythainlp's bundled name lists that the text starts with, and rejected when the text
there is really a longer dictionary word (คุณต้องการ is "you want", not คุณต้อง).
"""

from __future__ import annotations

import re
from functools import lru_cache

from presidio_analyzer import LocalRecognizer, RecognizerResult
from pythainlp.corpus import thai_family_names, thai_female_names, thai_male_names, thai_words

# ขอบคุณ ("thank you") is not the title คุณ; checked in code, as a leading lookbehind would
# stop `re` from skipping ahead to the first character of a cue.
THAI_CUE = re.compile(
    r"(?:คุณ|นางสาว|นาย|นาง|น\.ส\.|ด\.ช\.|ด\.ญ\.)\s?"
    r"|(?:ผม|ดิฉัน|ฉัน|หนู)(?:ชื่อว่า|ชื่อ)?(?:คุณ|นางสาว|นาย|นาง)?\s?"
    r"|(?:ชื่อว่า|ชื่อ)(?:คุณ|นางสาว|นาย|นาง)?\s?"
)
EN_CUE = re.compile(
    r"(?:\b(?i:my name is|my name's|name is|this is|it's|it is|i am|i'm|speaking with"
    r"|mr|mrs|ms|miss|dr)\.?)"
    r" ((?:[A-Z][a-z]+|[A-Z]'[A-Z][a-z]+)(?:[ \-](?:[A-Z][a-z]+|[A-Z]'[A-Z][a-z]+)){0,2})"
)
# Every EN_CUE alternative contains one of these: a cheap test before the regex runs.
EN_CUE_WORDS = ("name", "this is", "it", "i am", "i'm", "speaking", "mr", "ms", "miss", "dr")
# Capitalised words that follow "this is" / "it's" in a contact centre and are not names.
NOT_ENGLISH_NAMES = frozenset(
    (
        "I", "The", "A", "An", "It", "That", "This", "Thank", "Thanks", "Sorry", "Yes", "No",
        "Okay", "Ok", "Sure", "Please", "Hello", "Hi", "Good", "Just", "Here", "Not", "Very",
        "Really", "So", "Calling", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
        "Saturday", "Sunday", "January", "February", "March", "April", "May", "June", "July",
        "August", "September", "October", "November", "December", "Bank", "Banking", "Card",
        "Cards", "Credit", "Debit", "Customer", "Customers", "Support", "Service", "Services",
        "Care", "Team", "Department", "Desk", "Help", "Fraud", "Billing", "Sales", "Technical",
        "Account", "Accounts", "Online", "Mobile", "App", "Rewards", "Collections", "Claims",
        "Security", "Visa", "Mastercard", "MasterCard", "Amex", "Discover", "Diners",
        "Unionpay", "UnionPay", "Platinum", "Gold", "Silver", "Titanium", "Classic", "Premier",
        "Signature", "Infinite", "Black", "World", "Thai", "Thailand", "Bangkok", "English",
    )
)  # fmt: skip
THAI_SCORE = 0.85
EN_SCORE = 0.6


@lru_cache(maxsize=1)
def _name_lists() -> tuple[frozenset[str], frozenset[str], frozenset[str], int]:
    given = frozenset(thai_female_names()) | frozenset(thai_male_names())
    family = frozenset(thai_family_names())
    words = frozenset(w for w in thai_words() if w not in given and w not in family)
    return given, family, words, max(map(len, given | family))


def _longest_entry(text: str, start: int, entries: frozenset[str], longest: int) -> int:
    for length in range(min(longest, len(text) - start), 1, -1):
        if text[start : start + length] in entries:
            return length
    return 0


def starts_with_thai_name(text: str, position: int) -> bool:
    """A given name from the lists starts here and is not the start of a longer word."""
    given, _, words, longest = _name_lists()
    length = _longest_entry(text, position, given, longest)
    return bool(length) and not _inside_longer_word(text, position, length, words)


def _inside_longer_word(text: str, start: int, length: int, words: frozenset[str]) -> bool:
    return any(text[start : start + n] in words for n in range(length + 1, length + 9))


class PersonRecognizer(LocalRecognizer):
    def __init__(self, supported_language: str = "th"):
        super().__init__(
            supported_entities=["PERSON"],
            name="PersonRecognizer",
            supported_language=supported_language,
        )

    def load(self) -> None:
        _name_lists()

    def analyze(self, text, entities, nlp_artifacts=None) -> list[RecognizerResult]:
        return self._thai_names(text) + self._english_names(text)

    def _thai_names(self, text: str) -> list[RecognizerResult]:
        given, family, words, longest = _name_lists()
        results = []
        for cue in THAI_CUE.finditer(text):
            if cue.start() >= 3 and text.startswith("ขอบคุณ", cue.start() - 3):
                continue
            start = cue.end()
            if not starts_with_thai_name(text, start):
                continue
            end = start + _longest_entry(text, start, given, longest)
            surname_start = end + 1 if text[end : end + 1] == " " else end
            surname = _longest_entry(text, surname_start, family, longest)
            if surname and not _inside_longer_word(text, surname_start, surname, words):
                end = surname_start + surname
            results.append(self._result(start, end, THAI_SCORE))
        return results

    def _english_names(self, text: str) -> list[RecognizerResult]:
        lowered = text.lower()
        if not any(word in lowered for word in EN_CUE_WORDS):
            return []
        results = []
        for cue in EN_CUE.finditer(text):
            words = cue.group(1).split(" ")
            while words and words[-1] in NOT_ENGLISH_NAMES:
                words.pop()
            if not words or words[0] in NOT_ENGLISH_NAMES:
                continue
            start = cue.start(1)
            results.append(self._result(start, start + len(" ".join(words)), EN_SCORE))
        return results

    def _result(self, start: int, end: int, score: float) -> RecognizerResult:
        return RecognizerResult(
            "PERSON",
            start,
            end,
            score,
            recognition_metadata={
                RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
            },
        )
