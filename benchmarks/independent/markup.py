"""The eval sets' inline labels: `[[ENTITY|form|value]]`, `[[ENTITY|form#group|value]]`, and
`[[NEG|kind|value]]` for hard negatives. Stripping them leaves the text ccaudit reads."""

from __future__ import annotations

import re
from dataclasses import dataclass

MARKUP = re.compile(r"\[\[([A-Z_]+)\|([^|\]\n]*)\|(.*?)\]\]", re.DOTALL)


@dataclass(frozen=True)
class Label:
    entity: str
    form: str
    start: int
    end: int
    group: str | None = None


@dataclass(frozen=True)
class Negative:
    kind: str
    start: int
    end: int


@dataclass(frozen=True)
class Marked:
    text: str
    labels: tuple[Label, ...]
    negatives: tuple[Negative, ...]


class MarkupError(ValueError):
    pass


def parse(marked: str) -> Marked:
    """The clean text and the character spans of every label in it."""
    parts: list[str] = []
    labels: list[Label] = []
    negatives: list[Negative] = []
    length = position = 0
    for match in MARKUP.finditer(marked):
        before = marked[position : match.start()]
        parts.append(before)
        length += len(before)
        entity, form, value = match.groups()
        if "[[" in value or "|" in value:
            raise MarkupError(f"nested or malformed label near {match.group()[:40]!r}")
        start, end = length, length + len(value)
        if entity == "NEG":
            negatives.append(Negative(form, start, end))
        else:
            form_name, _, group = form.partition("#")
            labels.append(Label(entity, form_name or "unspecified", start, end, group or None))
        parts.append(value)
        length = end
        position = match.end()
    rest = marked[position:]
    if "[[" in rest or "]]" in rest:
        raise MarkupError("unclosed label")
    parts.append(rest)
    return Marked("".join(parts), tuple(labels), tuple(negatives))
