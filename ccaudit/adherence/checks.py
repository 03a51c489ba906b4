"""What each rule kind concludes about one call: a status, the turn to show, and why."""

from __future__ import annotations

from dataclasses import dataclass

from ccaudit.adherence.conditions import Condition
from ccaudit.adherence.reasons import Explanation, reason
from ccaudit.model import Conversation, Finding, RuleStatus


@dataclass(frozen=True)
class Verdict:
    status: RuleStatus
    turn: int | None = None
    reason: Explanation | None = None
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
            return Verdict("pass", reason=reason("nothing_forbidden"))
        return Verdict("violation", match.turn, match.what)


@dataclass(frozen=True)
class OrderCheck:
    """`before` must happen no later than the first `after`; not applicable without `after`."""

    before: Condition
    after: Condition

    def evaluate(self, conversation: Conversation, findings: list[Finding]) -> Verdict:
        after = self.after.first_match(conversation)
        if after is None:
            return Verdict("not_applicable", reason=reason("later_step_absent"))
        before = self.before.first_match(conversation)
        if before is None:
            return Verdict("fail", after.turn, reason("required_step_missing", after=after.what))
        if after.turn is not None and before.turn is not None and before.turn > after.turn:
            late = reason("required_step_late", after=after.what, turn=before.turn)
            return Verdict("fail", after.turn, late)
        in_order = reason("in_order", before=before.what, after=after.what)
        return Verdict("pass", before.turn, in_order)
