"""Conditions over a call: phrases or patterns said by a role within a window, combined with
all/any/not, as Amazon Transcribe Call Analytics categories combine theirs."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from ccaudit.adherence.matching import PhraseSet
from ccaudit.adherence.reasons import Explanation, Joined, Reason, Term, reason
from ccaudit.model import Conversation, Turn

RoleFilter = Literal["agent", "customer", "any"]


class NotApplicable(Exception):
    """The call lacks what a rule needs (roles, timestamps); the reason goes in the result."""

    def __init__(self, why: Reason):
        super().__init__(why.render("en"))
        self.reason = why


@dataclass(frozen=True)
class Window:
    first_turns: int | None = None
    last_turns: int | None = None
    first_seconds: float | None = None

    def describe(self, role: RoleFilter) -> Reason | None:
        spans = []
        if self.first_turns is not None:
            spans.append(_turns_span("first_turns", self.first_turns, role))
        if self.first_seconds is not None:
            spans.append(reason("first_seconds", seconds=self.first_seconds))
        if self.last_turns is not None:
            spans.append(_turns_span("last_turns", self.last_turns, role))
        return reason("window", spans=Joined(tuple(spans), "slash")) if spans else None

    def select(self, turns: list[Turn], conversation: Conversation) -> list[Turn]:
        """The turns inside the window; seconds count from the call's first timed turn,
        whoever spoke it (an IVR message before the agent uses up the agent's time)."""
        if self.first_seconds is not None:
            origin = next((t.start_ms for t in conversation.turns if t.start_ms is not None), None)
            if origin is not None:
                limit = origin + self.first_seconds * 1000
                turns = [t for t in turns if t.start_ms is not None and t.start_ms < limit]
            elif self.first_turns is None and self.last_turns is None:
                raise NotApplicable(reason("no_times"))
        if self.first_turns is not None:
            turns = turns[: self.first_turns]
        if self.last_turns is not None:
            turns = turns[-self.last_turns :] if self.last_turns else []
        return turns


def _turns_span(code: str, count: int, role: RoleFilter) -> Reason:
    if role == "any":
        return reason(f"{code}_any", count=count)
    return reason(code, count=count, role=Term(role))


@dataclass(frozen=True)
class Match:
    """Where a condition held: the turn index for evidence (None for `not`), and what matched."""

    turn: int | None
    what: Explanation | None = None


def spoken_turns(conversation: Conversation, role: RoleFilter) -> list[Turn]:
    """The turns a role said; internal notes count only in notes and tickets."""
    if role != "any" and not conversation.roles_known:
        raise NotApplicable(reason("roles_unknown"))
    in_document = conversation.channel in ("note", "ticket")
    return [
        t
        for t in conversation.turns
        if (role == "any" or t.role == role) and (in_document or not t.is_internal_note)
    ]


def _who(role: RoleFilter) -> Term:
    return Term("someone" if role == "any" else role)


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
                return Match(turn.index, reason("said", who=_who(self.role), phrase=hit.phrase))
        return None

    def describe_missing(self, conversation: Conversation) -> Reason:
        others = len(self.phrases.phrases) - 1
        more = reason("other_phrasings", count=others) if others else None
        phrase, window = self.phrases.phrases[0], self.window.describe(self.role)
        if self.role == "any":
            return reason("nobody_said", phrase=phrase, more=more, window=window)
        return reason("never_said", role=Term(self.role), phrase=phrase, more=more, window=window)


@dataclass(frozen=True)
class PatternCondition:
    pattern: re.Pattern
    role: RoleFilter = "agent"
    window: Window = Window()

    def first_match(self, conversation: Conversation) -> Match | None:
        for turn in self.window.select(spoken_turns(conversation, self.role), conversation):
            if self.pattern.search(turn.text):
                return Match(turn.index, reason("matched_pattern", who=_who(self.role)))
        return None

    def describe_missing(self, conversation: Conversation) -> Reason:
        window = self.window.describe(self.role)
        if self.role == "any":
            return reason("no_pattern_match_by_anyone", window=window)
        return reason("no_pattern_match", role=Term(self.role), window=window)


@dataclass(frozen=True)
class AllOf:
    conditions: tuple

    def first_match(self, conversation: Conversation) -> Match | None:
        matches = [c.first_match(conversation) for c in self.conditions]
        if any(m is None for m in matches):
            return None
        turns = [m.turn for m in matches if m.turn is not None]
        whats = tuple(m.what for m in matches if m.what)
        return Match(max(turns) if turns else None, Joined(whats, "all") if whats else None)

    def describe_missing(self, conversation: Conversation) -> Joined:
        missing = [c for c in self.conditions if c.first_match(conversation) is None]
        return Joined(tuple(c.describe_missing(conversation) for c in missing), "all")


@dataclass(frozen=True)
class AnyOf:
    conditions: tuple

    def first_match(self, conversation: Conversation) -> Match | None:
        matches = [m for m in (c.first_match(conversation) for c in self.conditions) if m]
        turns = [m.turn for m in matches if m.turn is not None]
        if not matches:
            return None
        return Match(min(turns) if turns else None, matches[0].what)

    def describe_missing(self, conversation: Conversation) -> Joined:
        return Joined(tuple(c.describe_missing(conversation) for c in self.conditions), "and")


@dataclass(frozen=True)
class NotOf:
    condition: object

    def first_match(self, conversation: Conversation) -> Match | None:
        match = self.condition.first_match(conversation)
        return None if match else Match(None, reason("excluded_absent"))

    def describe_missing(self, conversation: Conversation) -> Explanation:
        return self.condition.first_match(conversation).what or reason("excluded_present")


Condition = PhraseCondition | PatternCondition | AllOf | AnyOf | NotOf
