"""A loaded rule pack: rules with their compiled checks and their own examples."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal, Protocol

from ccaudit.adherence.checks import Verdict
from ccaudit.model import Channel, Conversation, Finding, Severity

ExampleKind = Literal["pass", "fail", "not_applicable"]


class Check(Protocol):
    def evaluate(self, conversation: Conversation, findings: list[Finding]) -> Verdict: ...


@dataclass(frozen=True)
class Example:
    kind: ExampleKind
    index: int
    transcript: str
    channel: Channel = "voice"
    line: int = 0


@dataclass
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
