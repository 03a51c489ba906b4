"""PERSON: names that a cue in the text points at, in Thai, English and mixed text.

The cues and their guards live in ccaudit.pii.names (a title, a self-introduction, ชื่อ,
"my name is", a `From:` line, a signature); what only the conversation shows, such as the
answer to "may I have your name?", in ccaudit.pii.passes.dialogue_names. A spaCy NER model
the user installed (`--spacy-model`) adds its own PERSON findings beside these.
"""

from __future__ import annotations

from presidio_analyzer import LocalRecognizer, RecognizerResult

from ccaudit.model import Severity
from ccaudit.pii.entity import DeclaredEntity
from ccaudit.pii.names.finder import NameSpan, name_spans
from ccaudit.pii.names.loading import load_every_list_before_forks


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
        self._last: tuple[str, list[NameSpan]] | None = None

    def load(self) -> None:
        """Nothing yet: each name list loads when a text first needs it, and every one before
        this process forks (see ccaudit.pii.names.loading)."""
        load_every_list_before_forks()

    def may_match(self, text: str) -> bool:
        """A cue points at a name (see ContextPatternRecognizer.may_match)."""
        return bool(self._spans(text))

    def analyze(self, text, entities, nlp_artifacts=None) -> list[RecognizerResult]:
        return [self._result(span) for span in self._spans(text)]

    def _spans(self, text: str) -> list[NameSpan]:
        """The spans of the text that `may_match` and then `analyze` are given, found once."""
        if self._last is None or self._last[0] is not text:
            self._last = (text, name_spans(text))
        return self._last[1]

    def _result(self, span: NameSpan) -> RecognizerResult:
        return RecognizerResult(
            self.ENTITY,
            span.start,
            span.end,
            span.score,
            recognition_metadata={
                RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
            },
        )
