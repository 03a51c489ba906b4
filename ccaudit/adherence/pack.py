"""A loaded rule pack: rules with their compiled checks and their own examples."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from ccaudit.adherence.verdict import Check
from ccaudit.model import Channel, Severity

ExampleKind = Literal["pass", "fail", "not_applicable"]


@dataclass(frozen=True)
class Example:
    kind: ExampleKind
    index: int
    transcript: str
    channel: Channel = "voice"
    line: int = 0


@dataclass(frozen=True)
class Rule:
    id: str
    title: dict[str, str]
    severity: Severity
    kind: str
    check: Check
    channels: frozenset[str] | None = None
    description: str = ""
    examples: list[Example] = field(default_factory=list)
    line: int = 0
    # Scorecards: the section the rule scores in, its weight there, and whether failing it
    # zeroes the call's score (defaults in schema.json).
    section: str = "general"
    weight: float = 1.0
    auto_fail: bool = False
    # The lexicon concepts the rule's conditions name, and the pack variables they use.
    concepts: tuple[str, ...] = ()
    variables: tuple[str, ...] = ()
    # When this condition holds the rule does not apply (applies_to.skip_if).
    skip_if: object | None = None
    # When this condition holds a failure is excused: not applicable (applies_to.excuse_if).
    excuse_if: object | None = None

    def title_in(self, lang: str) -> str:
        return self.title.get(lang) or self.title["en"]


@dataclass
class RulePack:
    name: str
    version: str
    language: str
    rules: list[Rule]
    path: str = ""
    description: str = ""
    # The values the pack's variables have in this run (pack defaults, config file, --var).
    variables: dict[str, tuple[str, ...]] = field(default_factory=dict)
