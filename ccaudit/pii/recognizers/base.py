"""What every ccaudit pattern recognizer shares: context words both ways and a threshold."""

from __future__ import annotations

from typing import ClassVar

from presidio_analyzer import Pattern, PatternRecognizer

# Scores below this are dropped. Recognizers that need context start under it and the
# context enhancer lifts them over it (see ccaudit.pii.context).
CONTEXT_THRESHOLD = 0.4


class ContextPatternRecognizer(PatternRecognizer):
    """A PatternRecognizer declared by class attributes, one subclass per entity."""

    ENTITY: ClassVar[str]
    PATTERNS: ClassVar[tuple[Pattern, ...]]
    CONTEXT: ClassVar[tuple[str, ...]]
    NEGATIVE_CONTEXT: ClassVar[tuple[str, ...]] = ()
    NEEDS_CONTEXT: ClassVar[bool] = False

    def __init__(self, supported_language: str = "th"):
        super().__init__(
            supported_entity=self.ENTITY,
            name=type(self).__name__,
            supported_language=supported_language,
            patterns=list(self.PATTERNS),
            context=list(self.CONTEXT),
        )
        self.negative_context = self.NEGATIVE_CONTEXT
        if self.NEEDS_CONTEXT:
            self.score_thresholds = {"default": CONTEXT_THRESHOLD}
