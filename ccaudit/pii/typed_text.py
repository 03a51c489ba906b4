"""PII in text a person types into ccaudit itself, such as a reviewer's note: masked before
it is stored, with the same detector that scans calls."""

from __future__ import annotations

from functools import cache

from ccaudit.masking import mask_free_text, mask_spans
from ccaudit.model import Conversation, Turn
from ccaudit.pii.detector import Detector


@cache
def _detector() -> Detector:
    return Detector()


def mask_typed_text(text: str) -> str:
    """The text with every value the detector finds masked whole, and anything else
    number- or e-mail-shaped masked as mask_free_text does."""
    if not text.strip():
        return text
    note = Conversation("typed", "<typed>", "typed", [Turn(0, "unknown", text)])
    spans = [(f.start, f.end) for f in _detector().scan(note)]
    return mask_spans(text, spans) if spans else mask_free_text(text)
