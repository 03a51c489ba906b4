"""What each rule kind concludes about one call: a status, the turn to show, and why."""

from __future__ import annotations

from dataclasses import dataclass

from ccaudit.adherence.conditions import Condition
from ccaudit.model import Conversation, Finding, RuleStatus


@dataclass(frozen=True)
class Verdict:
    status: RuleStatus
    turn: int | None = None
    reason: str = ""
    at: int | None = None  # where in the turn's text the evidence is, when known


@dataclass(frozen=True)
class RequiredCheck:
    """Pass when the condition holds somewhere; fail when the required thing never happens."""

    condition: Condition

    def evaluate(self, conversation: Conversation, findings: list[Finding]) -> Verdict:
        match = self.condition.first_match(conversation)
        if match is None:
            return Verdict("fail", reason=self.condition.describe_missing(conversation))
        return Verdict("pass", match.turn, match.what)


@dataclass(frozen=True)
class ForbiddenCheck:
    """A violation when the condition holds (exceptions already removed by the condition)."""

    condition: Condition

    def evaluate(self, conversation: Conversation, findings: list[Finding]) -> Verdict:
        match = self.condition.first_match(conversation)
        if match is None:
            return Verdict("pass", reason="nothing forbidden said")
        return Verdict("violation", match.turn, match.what)


@dataclass(frozen=True)
class OrderCheck:
    """`before` must happen no later than the first `after`; not applicable without `after`."""

    before: Condition
    after: Condition

    def evaluate(self, conversation: Conversation, findings: list[Finding]) -> Verdict:
        after = self.after.first_match(conversation)
        if after is None:
            return Verdict("not_applicable", reason="the later step never happens in this call")
        before = self.before.first_match(conversation)
        if before is None:
            return Verdict("fail", after.turn, f"{after.what} and the required step never came")
        if after.turn is not None and before.turn is not None and before.turn > after.turn:
            return Verdict(
                "fail", after.turn, f"{after.what} before the required step (turn {before.turn})"
            )
        return Verdict("pass", before.turn, f"in order: {before.what}, then {after.what}")
