"""What a recognizer declares about the entity it finds, besides how to find it.

An entity's facts sit on its recognizer class (Presidio keeps a recognizer's patterns and
context words there too): how severe a leak is, whether its canonical value is its digits,
and its names in English and Thai for tables and reports. The registry
(ccaudit.pii.registry) collects them; nothing else lists entities.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import ClassVar

from ccaudit.model import Severity
from ccaudit.pii.numbers import digits_only


@dataclass(frozen=True)
class EntityFacts:
    name: str
    severity: Severity
    numeric: bool  # its canonical value is its digits alone
    label_en: str
    label_th: str
    # The form repeats share however they were written or said (fingerprints hash it).
    canonical: Callable[[str], str]

    def label(self, lang: str) -> str:
        return self.label_th if lang == "th" else self.label_en


def words_of(value: str) -> str:
    """Lower case, blanks collapsed: a name or a code, however it was spaced."""
    return " ".join(value.lower().split())


class DeclaredEntity:
    """Mixed into every recognizer: the class attributes below are the entity's one
    declaration."""

    ENTITY: ClassVar[str]
    SEVERITY: ClassVar[Severity]
    NUMERIC: ClassVar[bool] = False
    LABEL_EN: ClassVar[str]
    LABEL_TH: ClassVar[str]

    @classmethod
    def canonical_value(cls, value: str) -> str:
        return digits_only(value) if cls.NUMERIC else words_of(value)

    @classmethod
    def facts(cls) -> EntityFacts:
        return EntityFacts(
            cls.ENTITY, cls.SEVERITY, cls.NUMERIC, cls.LABEL_EN, cls.LABEL_TH, cls.canonical_value
        )
