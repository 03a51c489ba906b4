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

    def describe(self, role: str) -> str:
        whose = "" if role == "any" else f"{role} "
        parts = []
        if self.first_turns is not None:
            parts.append(f"first {self.first_turns} {whose}turns")
        if self.first_seconds is not None:
            parts.append(f"first {self.first_seconds:g} seconds")
        if self.last_turns is not None:
            parts.append(f"last {self.last_turns} {whose}turns")
        return f" in the {' / '.join(parts)}" if parts else ""

    def select(self, turns: list[Turn], conversation: Conversation) -> list[Turn]:
        """The turns inside the window; seconds count from the call's first timed turn,
        whoever spoke it (an IVR message before the agent uses up the agent's time)."""
        if self.first_seconds is not None:
            origin = next((t.start_ms for t in conversation.turns if t.start_ms is not None), None)
            if origin is not None:
                limit = origin + self.first_seconds * 1000
                turns = [t for t in turns if t.start_ms is not None and t.start_ms < limit]
            elif self.first_turns is None and self.last_turns is None:
                raise NotApplicable("the rule's window is in seconds and the call has no times")
        if self.first_turns is not None:
            turns = turns[: self.first_turns]
        if self.last_turns is not None:
            turns = turns[-self.last_turns :] if self.last_turns else []
        return turns


@dataclass(frozen=True)
class Match:
    """Where a condition held: the turn index for evidence (None for `not`), and what matched."""

    turn: int | None
    what: str = ""


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


def _who(role: RoleFilter) -> str:
    return "someone" if role == "any" else role


@dataclass(frozen=True)
class PhraseCondition:
    phrases: PhraseSet
    role: RoleFilter = "agent"
    window: Window = Window()
    exceptions: PhraseSet | None = None

    def first_match(self, conversation: Conversation) -> Match | None:
        for turn in self.window.select(spoken_turns(conversation, self.role), conversation):
            blocked = self.exceptions.spans(turn.text) if self.exceptions else []
            hit = self.phrases.find(turn.text, blocked)
            if hit is not None:
                return Match(turn.index, f"{_who(self.role)} said {hit.phrase!r}")
        return None

    def describe_missing(self, conversation: Conversation) -> str:
        others = len(self.phrases.phrases) - 1
        more = f" (or {others} other phrasings)" if others else ""
        speaker = "nobody" if self.role == "any" else f"the {self.role} never"
        return f"{speaker} said {self.phrases.phrases[0]!r}{more}{self.window.describe(self.role)}"


@dataclass(frozen=True)
class PatternCondition:
    pattern: re.Pattern
    role: RoleFilter = "agent"
    window: Window = Window()

    def first_match(self, conversation: Conversation) -> Match | None:
        for turn in self.window.select(spoken_turns(conversation, self.role), conversation):
            if self.pattern.search(turn.text):
                return Match(turn.index, f"{_who(self.role)} matched the pattern")
        return None

    def describe_missing(self, conversation: Conversation) -> str:
        window = self.window.describe(self.role)
        return f"nothing {_who(self.role)} said matches the pattern{window}"


@dataclass(frozen=True)
class AllOf:
    conditions: tuple

    def first_match(self, conversation: Conversation) -> Match | None:
        matches = [c.first_match(conversation) for c in self.conditions]
        if any(m is None for m in matches):
            return None
        turns = [m.turn for m in matches if m.turn is not None]
        return Match(max(turns) if turns else None, "; ".join(m.what for m in matches if m.what))

    def describe_missing(self, conversation: Conversation) -> str:
        missing = [c for c in self.conditions if c.first_match(conversation) is None]
        return "; ".join(c.describe_missing(conversation) for c in missing)


@dataclass(frozen=True)
class AnyOf:
    conditions: tuple

    def first_match(self, conversation: Conversation) -> Match | None:
        matches = [m for m in (c.first_match(conversation) for c in self.conditions) if m]
        turns = [m.turn for m in matches if m.turn is not None]
        if not matches:
            return None
        return Match(min(turns) if turns else None, matches[0].what)

    def describe_missing(self, conversation: Conversation) -> str:
        return " and ".join(c.describe_missing(conversation) for c in self.conditions)


@dataclass(frozen=True)
class NotOf:
    condition: object

    def first_match(self, conversation: Conversation) -> Match | None:
        match = self.condition.first_match(conversation)
        return None if match else Match(None, "the excluded thing never happened")

    def describe_missing(self, conversation: Conversation) -> str:
        return self.condition.first_match(conversation).what or "the excluded thing happened"


Condition = PhraseCondition | PatternCondition | AllOf | AnyOf | NotOf
