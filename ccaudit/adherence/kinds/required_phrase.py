"""`required_phrase`: something must be said (within a window); fail when it never is."""

from __future__ import annotations

from dataclasses import dataclass

from ccaudit.adherence.conditions import Condition
from ccaudit.adherence.verdict import Verdict
from ccaudit.model import Conversation, Finding

KIND = "required_phrase"


@dataclass(frozen=True)
class RequiredCheck:
    condition: Condition

    def evaluate(self, conversation: Conversation, findings: list[Finding]) -> Verdict:
        match = self.condition.first_match(conversation)
        if match is None:
            return Verdict("fail", reason=self.condition.describe_missing(conversation))
        return Verdict("pass", match.turn, match.what)


def build(params: dict, rule) -> RequiredCheck:
    return RequiredCheck(rule.condition(params))
