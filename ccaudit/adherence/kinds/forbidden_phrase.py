"""`forbidden_phrase`: a violation when something is said (its `exceptions`, `unless` and the
concepts' own warning cues already set aside)."""

from __future__ import annotations

from dataclasses import dataclass

from ccaudit.adherence.conditions import Condition
from ccaudit.adherence.reasons import reason
from ccaudit.adherence.verdict import Verdict
from ccaudit.model import Conversation, Finding

KIND = "forbidden_phrase"


@dataclass(frozen=True)
class ForbiddenCheck:
    condition: Condition

    def evaluate(self, conversation: Conversation, findings: list[Finding]) -> Verdict:
        match = self.condition.first_match(conversation)
        if match is None:
            return Verdict("pass", reason=reason("nothing_forbidden"))
        return Verdict("violation", match.turn, match.what, event=match.event)


def build(params: dict, rule) -> ForbiddenCheck:
    return ForbiddenCheck(rule.condition(params))
