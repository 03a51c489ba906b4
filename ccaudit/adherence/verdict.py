"""What a rule concludes about one call: a status, the turn to show, why, and which event."""

from __future__ import annotations

from collections.abc import Hashable
from dataclasses import dataclass
from typing import Protocol

from ccaudit.adherence.reasons import Explanation
from ccaudit.model import Conversation, Finding, RuleStatus


@dataclass(frozen=True)
class Verdict:
    status: RuleStatus
    turn: int | None = None
    reason: Explanation | None = None
    at: int | None = None  # where in the turn's text the evidence is, when known
    # What happened, as rules of any pack would name it (the same words of a turn, the same
    # finding): results failing on the same event are reported and scored as one incident.
    event: Hashable | None = None


class Check(Protocol):
    def evaluate(self, conversation: Conversation, findings: list[Finding]) -> Verdict: ...
