"""Conditions over a call: phrases or patterns said by a role within a window, combined with
all/any/not, as Amazon Transcribe Call Analytics categories combine theirs."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from ccaudit.adherence.matching import PhraseSet
from ccaudit.model import Conversation, Turn

RoleFilter = Literal["agent", "customer", "any"]


class NotApplicable(Exception):
    """The call lacks what a rule needs (roles, timestamps); the reason goes in the result."""


@dataclass(frozen=True)
class Window:
    first_turns: int | None = None
    last_turns: int | None = None
    first_seconds: float | None = None

    def select(self, turns: list[Turn]) -> list[Turn]:
        if self.first_seconds is not None:
            timed = [t for t in turns if t.start_ms is not None]
            if timed:
                origin = timed[0].start_ms
                limit = origin + self.first_seconds * 1000
                turns = [t for t in timed if t.start_ms < limit]
            elif self.first_turns is None and self.last_turns is None:
                raise NotApplicable("the rule's window is in seconds and the call has no times")
        if self.first_turns is not None:
            turns = turns[: self.first_turns]
        if self.last_turns is not None:
            turns = turns[-self.last_turns :] if self.last_turns else []
        return turns


@dataclass(frozen=True)
class Match:
    """Where a condition held: the turn index for evidence (None for `not`)."""

    turn: int | None


def spoken_turns(conversation: Conversation, role: RoleFilter) -> list[Turn]:
    """The turns a role said; internal notes count only in notes and tickets."""
    if role != "any" and not conversation.roles_known:
        raise NotApplicable("speaker roles unknown")
    in_document = conversation.channel in ("note", "ticket")
    return [
        t
        for t in conversation.turns
        if (role == "any" or t.role == role) and (in_document or not t.is_internal_note)
    ]


@dataclass(frozen=True)
class PhraseCondition:
    phrases: PhraseSet
    role: RoleFilter = "agent"
    window: Window = Window()
    exceptions: PhraseSet | None = None

    def first_match(self, conversation: Conversation) -> Match | None:
        for turn in self.window.select(spoken_turns(conversation, self.role)):
            blocked = self.exceptions.spans(turn.text) if self.exceptions else []
            if self.phrases.find(turn.text, blocked) is not None:
                return Match(turn.index)
        return None


@dataclass(frozen=True)
class PatternCondition:
    pattern: re.Pattern
    role: RoleFilter = "agent"
    window: Window = Window()

    def first_match(self, conversation: Conversation) -> Match | None:
        for turn in self.window.select(spoken_turns(conversation, self.role)):
            if self.pattern.search(turn.text):
                return Match(turn.index)
        return None


@dataclass(frozen=True)
class AllOf:
    conditions: tuple

    def first_match(self, conversation: Conversation) -> Match | None:
        matches = [c.first_match(conversation) for c in self.conditions]
        if any(m is None for m in matches):
            return None
        turns = [m.turn for m in matches if m.turn is not None]
        return Match(max(turns) if turns else None)


@dataclass(frozen=True)
class AnyOf:
    conditions: tuple

    def first_match(self, conversation: Conversation) -> Match | None:
        matches = [m for m in (c.first_match(conversation) for c in self.conditions) if m]
        turns = [m.turn for m in matches if m.turn is not None]
        if not matches:
            return None
        return Match(min(turns) if turns else None)


@dataclass(frozen=True)
class NotOf:
    condition: object

    def first_match(self, conversation: Conversation) -> Match | None:
        return None if self.condition.first_match(conversation) else Match(None)


Condition = PhraseCondition | PatternCondition | AllOf | AnyOf | NotOf
