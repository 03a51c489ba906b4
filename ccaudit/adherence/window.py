"""Who a condition listens to, and where in the call: roles and windows.

A window counts the turns of the roles the condition listens to ("the agent's first two
turns"), not turns of any speaker, so a chatty customer does not push the agent's greeting
out of it, nor an IVR's prompts the agent's recording notice. `until` ends the window at
the first turn where another condition holds ("before any account talk").
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from ccaudit.adherence.reasons import Joined, Reason, Term, reason
from ccaudit.model import Conversation, Turn

if TYPE_CHECKING:
    from ccaudit.adherence.conditions import Match

# None listens to every speaker; otherwise the roles listened to, e.g. ("agent", "ivr").
Roles = tuple[str, ...] | None
# Recorded messages and bots: their turns do not count in a window of the first turns.
MACHINE_ROLES = frozenset({"ivr", "bot", "system"})


class NotApplicable(Exception):
    """The call lacks what a rule needs (roles, timestamps); the reason goes in the result."""

    def __init__(self, why: Reason):
        super().__init__(why.render("en"))
        self.reason = why


class FirstMatch(Protocol):
    def first_match(self, conversation: Conversation) -> Match | None: ...


def parse_roles(role: str | list[str] | None, default: Roles = ("agent",)) -> Roles:
    if role is None:
        return default
    if role == "any":
        return None
    return (role,) if isinstance(role, str) else tuple(role)


def who(roles: Roles) -> Term | Joined:
    if roles is None:
        return Term("someone")
    if len(roles) == 1:
        return Term(roles[0])
    return Joined(tuple(Term(r) for r in roles), "or")


@dataclass(frozen=True)
class Window:
    first_turns: int | None = None
    last_turns: int | None = None
    first_seconds: float | None = None
    until: FirstMatch | None = None

    def ends_at(self, conversation: Conversation) -> Match | None:
        """Where `until` first holds, or None."""
        return self.until.first_match(conversation) if self.until is not None else None

    def describe(self, roles: Roles) -> Reason | None:
        spans = []
        if self.first_turns is not None:
            spans.append(_turns_span("first_turns", self.first_turns, roles))
        if self.first_seconds is not None:
            spans.append(reason("first_seconds", seconds=self.first_seconds))
        if self.last_turns is not None:
            spans.append(_turns_span("last_turns", self.last_turns, roles))
        if self.until is not None:
            spans.append(reason("until_event"))
        return reason("window", spans=Joined(tuple(spans), "slash")) if spans else None

    def select(
        self,
        turns: list[Turn],
        conversation: Conversation,
        ends: Match | None = None,
        keep_ends_turn: bool = False,
    ) -> list[Turn]:
        """The turns inside the window; seconds count from the call's first timed turn,
        whoever spoke it (an IVR message before the agent uses up the agent's time). `ends`
        is where `until` held (ends_at); its turn stays in when the caller keeps only the
        words said there before it."""
        if ends is not None and ends.turn is not None:
            last = ends.turn if keep_ends_turn and ends.word is not None else ends.turn - 1
            turns = [t for t in turns if t.index <= last]
        if self.first_seconds is not None:
            origin = next((t.start_ms for t in conversation.turns if t.start_ms is not None), None)
            if origin is not None:
                limit = origin + self.first_seconds * 1000
                turns = [t for t in turns if t.start_ms is not None and t.start_ms < limit]
            elif self.first_turns is None and self.last_turns is None:
                raise NotApplicable(reason("no_times"))
        if self.first_turns is not None:
            turns = _first_counted(turns, self.first_turns)
        if self.last_turns is not None:
            turns = turns[-self.last_turns :]
        return turns


def _first_counted(turns: list[Turn], count: int) -> list[Turn]:
    """The first `count` turns of people, with every recorded-message turn among them: an
    IVR's prompts ("press 1", "please hold") do not use up the agent's opening."""
    chosen, people = [], 0
    for turn in turns:
        if turn.role in MACHINE_ROLES:
            chosen.append(turn)
        elif people < count:
            chosen.append(turn)
            people += 1
    return chosen


def _turns_span(code: str, count: int, roles: Roles) -> Reason:
    if roles is None:
        return reason(f"{code}_any", count=count)
    return reason(code, count=count, role=who(roles))


def spoken_turns(conversation: Conversation, roles: Roles) -> list[Turn]:
    """The turns these roles said; internal notes count only in notes and tickets."""
    if roles is not None and not conversation.roles_known:
        raise NotApplicable(reason("roles_unknown"))
    in_document = conversation.channel in ("note", "ticket")
    return [
        t
        for t in conversation.turns
        if (roles is None or t.role in roles) and (in_document or not t.is_internal_note)
    ]
