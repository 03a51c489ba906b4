"""Conditions over a call: concepts or patterns said by some roles within a window, combined
with all/any/not, as Amazon Transcribe Call Analytics categories combine theirs."""

from __future__ import annotations

from collections.abc import Hashable
from dataclasses import dataclass
from typing import Protocol

from ccaudit.adherence.reasons import Explanation, Joined, reason
from ccaudit.adherence.window import Roles, Window, spoken_turns, who
from ccaudit.model import Conversation


@dataclass(frozen=True)
class Match:
    """Where a condition held: the turn index for evidence (None for `not`), what matched,
    and which event it was (the same words of the same turn are one event across rules)."""

    turn: int | None
    what: Explanation | None = None
    event: Hashable | None = None
    # The first matched word in that turn, where words were matched (not for patterns).
    word: int | None = None


class ConceptSource(Protocol):
    """The pack's compiled concepts (a Matcher), available once the whole pack is read."""

    def hits(self, text: str, concept: str) -> list: ...
    def phrases(self, concept: str, thai_first: bool = False) -> tuple[str, ...]: ...


@dataclass(frozen=True)
class ConceptCondition:
    """Any wording of `concept` (the condition's own phrases and concepts, compiled as one)."""

    source: object  # a pack context whose `matcher` is a ConceptSource
    concept: str
    roles: Roles = ("agent",)
    window: Window = Window()

    def first_match(self, conversation: Conversation) -> Match | None:
        matcher = self.source.matcher
        ends = self.window.ends_at(conversation)
        spoken = spoken_turns(conversation, self.roles)
        for turn in self.window.select(spoken, conversation, ends, keep_ends_turn=True):
            hits = matcher.hits(turn.said, self.concept)
            if ends is not None and turn.index == ends.turn:
                # Said before what ends the window, in the same turn: "this call is
                # recorded ... your balance is".
                hits = [hit for hit in hits if hit.end <= ends.word]
            if hits:
                said = reason("said", who=who(self.roles), phrase=hits[0].label)
                start, end = hits[0].start + turn.said_from, hits[0].end + turn.said_from
                event = ("said", turn.index, start, end)
                return Match(turn.index, said, event, word=hits[0].start)
        return None

    def describe_missing(self, conversation: Conversation) -> Explanation:
        phrases = self.source.matcher.phrases(self.concept, self.source.language == "th")
        more = reason("other_phrasings", count=len(phrases) - 1) if len(phrases) > 1 else None
        window = self.window.describe(self.roles)
        if self.roles is None:
            return reason("nobody_said", phrase=phrases[0], more=more, window=window)
        return reason(
            "never_said", role=who(self.roles), phrase=phrases[0], more=more, window=window
        )


@dataclass(frozen=True)
class PatternCondition:
    pattern: object  # a compiled re2 pattern
    roles: Roles = ("agent",)
    window: Window = Window()

    def first_match(self, conversation: Conversation) -> Match | None:
        ends = self.window.ends_at(conversation)
        turns = self.window.select(spoken_turns(conversation, self.roles), conversation, ends)
        for turn in turns:
            found = self.pattern.search(turn.said)
            if found:
                shift = turn.said_from
                event = ("pattern", turn.index, found.start() + shift, found.end() + shift)
                return Match(turn.index, reason("matched_pattern", who=who(self.roles)), event)
        return None

    def describe_missing(self, conversation: Conversation) -> Explanation:
        window = self.window.describe(self.roles)
        if self.roles is None:
            return reason("no_pattern_match_by_anyone", window=window)
        return reason("no_pattern_match", role=who(self.roles), window=window)


@dataclass(frozen=True)
class AllOf:
    conditions: tuple

    def first_match(self, conversation: Conversation) -> Match | None:
        matches = [c.first_match(conversation) for c in self.conditions]
        if any(m is None for m in matches):
            return None
        turns = [m.turn for m in matches if m.turn is not None]
        whats = tuple(m.what for m in matches if m.what)
        last = max((m for m in matches if m.turn is not None), key=lambda m: m.turn, default=None)
        return Match(
            last.turn if last else None,
            Joined(whats, "all") if whats else None,
            last.event if last and len(set(turns)) == 1 else None,
        )

    def describe_missing(self, conversation: Conversation) -> Joined:
        missing = [c for c in self.conditions if c.first_match(conversation) is None]
        return Joined(tuple(c.describe_missing(conversation) for c in missing), "all")


@dataclass(frozen=True)
class AnyOf:
    conditions: tuple

    def first_match(self, conversation: Conversation) -> Match | None:
        matches = [m for m in (c.first_match(conversation) for c in self.conditions) if m]
        if not matches:
            return None
        timed = [m for m in matches if m.turn is not None]
        return min(timed, key=lambda m: m.turn) if timed else matches[0]

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


Condition = ConceptCondition | PatternCondition | AllOf | AnyOf | NotOf
