"""`order`: step A no later than step B (verify before account talk); not applicable when B
never happens."""

from __future__ import annotations

from dataclasses import dataclass

from ccaudit.adherence.conditions import Condition
from ccaudit.adherence.reasons import reason
from ccaudit.adherence.verdict import Verdict
from ccaudit.model import Conversation, Finding

KIND = "order"


@dataclass(frozen=True)
class OrderCheck:
    before: Condition
    after: Condition

    def evaluate(self, conversation: Conversation, findings: list[Finding]) -> Verdict:
        after = self.after.first_match(conversation)
        if after is None:
            return Verdict("not_applicable", reason=reason("later_step_absent"))
        before = self.before.first_match(conversation)
        if before is None:
            missing = reason("required_step_missing", after=after.what)
            return Verdict("fail", after.turn, missing, event=after.event)
        if after.turn is not None and before.turn is not None and before.turn > after.turn:
            late = reason("required_step_late", after=after.what, turn=before.turn)
            return Verdict("fail", after.turn, late, event=after.event)
        in_order = reason("in_order", before=before.what, after=after.what)
        return Verdict("pass", before.turn, in_order)


def build(params: dict, rule) -> OrderCheck:
    return OrderCheck(
        rule.condition(params["before"], ("before",)), rule.condition(params["after"], ("after",))
    )
