"""Why a rule passed, failed or did not apply, kept as data until it is worded.

A check says why as a template code with its values (who, phrase, window, entity...); the
checker words it in English and in Thai from the same values, so the English `reason` of
the JSON contracts and the Thai one a supervisor reads cannot say different things.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from ccaudit.adherence.reason_templates import SEPARATORS, TEMPLATES, THAI_TERMS

ReasonLanguage = Literal["en", "th"]
REASON_LANGUAGES: tuple[ReasonLanguage, ...] = ("en", "th")


@dataclass(frozen=True)
class Term:
    """A role, channel or entity type: English prints its code, Thai a word for it."""

    code: str

    def render(self, lang: ReasonLanguage) -> str:
        return THAI_TERMS.get(self.code, self.code) if lang == "th" else self.code


@dataclass(frozen=True)
class Joined:
    """Reasons or terms in a row: every missing step of an `all`, the entities of a check."""

    items: tuple[Reason | Joined | Term, ...]
    separator: str  # a key of SEPARATORS

    def render(self, lang: ReasonLanguage) -> str:
        return SEPARATORS[self.separator][lang].join(item.render(lang) for item in self.items)


@dataclass(frozen=True)
class Reason:
    """One template of reason_templates.TEMPLATES with the values it is filled with."""

    code: str
    values: tuple[tuple[str, ReasonValue], ...] = ()

    def render(self, lang: ReasonLanguage) -> str:
        filled = {name: _rendered(value, lang) for name, value in self.values}
        return TEMPLATES[self.code][lang].format(**filled)


ReasonValue = str | int | float | Term | Joined | Reason | None
Explanation = Reason | Joined


def reason(code: str, **values: ReasonValue) -> Reason:
    return Reason(code, tuple(values.items()))


def render_reason(explanation: Explanation | None, lang: ReasonLanguage) -> str:
    return explanation.render(lang) if explanation else ""


def _rendered(value: ReasonValue, lang: ReasonLanguage) -> str | int | float:
    """Optional parts (a window, "or N other phrasings") are None when absent."""
    if value is None:
        return ""
    if isinstance(value, Term | Joined | Reason):
        return value.render(lang)
    return value
