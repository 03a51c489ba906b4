"""PERSON: Thai names after a title or a self-introduction, English names after a cue.

Thai is written without spaces, so the name after คุณ is found by the longest entry of
pythainlp's bundled name lists that the text starts with, and rejected when the text
there is really a longer dictionary word (คุณต้องการ is "you want", not คุณต้อง).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from presidio_analyzer import LocalRecognizer, RecognizerResult

from ccaudit.model import Severity
from ccaudit.pii.context import lowered
from ccaudit.pii.entity import DeclaredEntity
from ccaudit.pii.names import NameList, name_lists, thai_name_hint

# ขอบคุณ ("thank you") is not the title คุณ; checked in code, as a leading lookbehind would
# stop `re` from skipping ahead to the first character of a cue.
# A title after a self-introduction is optional, and some listed names begin with one
# (คุณานนท์): `title` and `title_after_name_word` say where to look for such a name.
THAI_CUE = re.compile(
    r"(?:คุณ|นางสาว|นาย|นาง|น\.ส\.|ด\.ช\.|ด\.ญ\.)\s?"
    r"|(?:ผม|ดิฉัน|ฉัน|หนู)(?:ชื่อว่า|ชื่อ)?(?P<title>คุณ|นางสาว|นาย|นาง)?\s?"
    r"|(?:ชื่อว่า|ชื่อ)(?P<title_after_name_word>คุณ|นางสาว|นาย|นาง)?\s?"
)
_OPTIONAL_TITLES = ("title", "title_after_name_word")
# Every THAI_CUE alternative starts with one of these words. `re` skips ahead only when each
# top-level alternative starts with a literal, which THAI_CUE's do not; so this finds where a
# cue can start and THAI_CUE.match reads it there (as EN_CUE_STARTS does for EN_CUE).
THAI_CUE_STARTS = re.compile(r"คุณ|นางสาว|นาย|นาง|น\.ส\.|ด\.ช\.|ด\.ญ\.|ผม|ดิฉัน|ฉัน|หนู|ชื่อ")
EN_CUE = re.compile(
    r"(?:\b(?i:my name is|my name['’]s|name is|this is|it['’]s|it is|i am|i['’]m|speaking with"
    r"|mr|mrs|ms|miss|dr)\.?)"
    r" ((?:[A-Z][a-z]+|[A-Z]'[A-Z][a-z]+)(?:[ \-](?:[A-Z][a-z]+|[A-Z]'[A-Z][a-z]+)){0,2})"
)
# Every EN_CUE alternative starts with one of these. Plain literals let `re` skip ahead;
# EN_CUE itself (word boundary, case-insensitive) then runs only where one was found.
EN_CUE_STARTS = re.compile(
    "my name|name is|this is|it's|it’s|it is|i am|i'm|i’m|speaking with|mr|ms|miss|dr"
)
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
LATIN_NAME = re.compile(r"([A-Z][a-z]+)(?: [A-Z][a-z]+)?(?![A-Za-z])")
THAI_SCORE = 0.85
EN_SCORE = 0.6


def thai_name_spans(text: str) -> Iterator[tuple[int, int]]:
    """Listed given names (and a listed family name after them) that follow a Thai cue;
    names in Latin letters after a Thai cue too (ดิฉันชื่อ Fah)."""
    given, family = name_lists()
    for cue in thai_cues(text):
        if cue.start() >= 3 and text.startswith("ขอบคุณ", cue.start() - 3):
            continue
        start = cue.end()
        latin = LATIN_NAME.match(text, start)
        if latin and latin.group(1) not in NOT_ENGLISH_NAMES:
            yield start, latin.end()
            continue
        length = given.name_at(text, start)
        if not length:
            start, length = _name_starting_with_title(text, cue, given)
            if not length:
                continue
        end = start + length
        surname_start = end + 1 if text[end : end + 1] == " " else end
        surname = family.name_at(text, surname_start)
        yield start, surname_start + surname if surname else end


def thai_cues(text: str) -> Iterator[re.Match[str]]:
    """The matches THAI_CUE.finditer would give, found faster."""
    searched_to = 0
    for start in THAI_CUE_STARTS.finditer(text):
        if start.start() < searched_to:
            continue
        cue = THAI_CUE.match(text, start.start())
        if cue is not None:
            searched_to = cue.end()
            yield cue


def _name_starting_with_title(text: str, cue: re.Match[str], given: NameList) -> tuple[int, int]:
    """(start, length) of a listed name that begins with the cue's optional title, or length 0."""
    for group in _OPTIONAL_TITLES:
        start = cue.start(group)
        length = given.name_at(text, start) if start != -1 else 0
        if length:
            return start, length
    return cue.end(), 0


def english_name_spans(text: str) -> Iterator[tuple[int, int]]:
    """Capitalised words after an English cue ("my name is", "Mr."), known non-names dropped."""
    for start in EN_CUE_STARTS.finditer(lowered(text)):
        cue = EN_CUE.match(text, start.start())
        if cue is None:
            continue
        words = cue.group(1).split(" ")
        while words and words[-1] in NOT_ENGLISH_NAMES:
            words.pop()
        if words and words[0] not in NOT_ENGLISH_NAMES:
            yield cue.start(1), cue.start(1) + len(" ".join(words))


class PersonRecognizer(DeclaredEntity, LocalRecognizer):
    ENTITY = "PERSON"
    SEVERITY = Severity.low
    LABEL_EN = "person's name"
    LABEL_TH = "ชื่อบุคคล"

    def __init__(self, supported_language: str = "th"):
        super().__init__(
            supported_entities=[self.ENTITY],
            name="PersonRecognizer",
            supported_language=supported_language,
        )

    def load(self) -> None:
        thai_name_hint()

    def may_match(self, text: str) -> bool:
        """A cue is there to follow (see ContextPatternRecognizer.may_match)."""
        return bool(THAI_CUE_STARTS.search(text) or EN_CUE_STARTS.search(lowered(text)))

    def analyze(self, text, entities, nlp_artifacts=None) -> list[RecognizerResult]:
        thai = [self._result(s, e, THAI_SCORE) for s, e in thai_name_spans(text)]
        return thai + [self._result(s, e, EN_SCORE) for s, e in english_name_spans(text)]

    def _result(self, start: int, end: int, score: float) -> RecognizerResult:
        return RecognizerResult(
            self.ENTITY,
            start,
            end,
            score,
            recognition_metadata={
                RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
            },
        )
