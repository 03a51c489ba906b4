"""What the store keeps of a conversation besides its findings and rule results, worked out
while the conversation's text is at hand (the analysis; results carry no turns).

- Each finding's class: expected PII or an incident (store/disposition.py).
- The turns around each flagged item, masked, so `review show` can print them. The store
  never holds a transcript: for a call with flagged items it keeps the turns within
  CONTEXT_TURNS of each item (and the opening turns, for a rule that failed without pointing
  at a turn, such as a missing greeting), each with every finding in it shown as the
  finding's own mask and anything else number- or email-shaped masked, like rule evidence.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ccaudit.masking import masked_said
from ccaudit.model import FLAGGED_STATUSES, Conversation, Finding, RuleResult
from ccaudit.store.disposition import dispositions

CONTEXT_TURNS = 2


@dataclass(frozen=True)
class ContextTurn:
    turn: int
    role: str
    start_ms: int | None
    text: str


@dataclass(frozen=True)
class CallContext:
    # One per finding, in order: "expected" or "incident".
    dispositions: tuple[str, ...]
    turns: tuple[ContextTurn, ...] = ()

    @classmethod
    def without_turns(cls, findings: int) -> CallContext:
        """For results analysed without their text: every finding an incident, no turns."""
        return cls(("incident",) * findings)


def call_context(
    conversation: Conversation, findings: Sequence[Finding], rule_results: Sequence[RuleResult]
) -> CallContext:
    return CallContext(
        tuple(dispositions(conversation, findings)),
        tuple(context_turns(conversation, findings, rule_results)),
    )


def context_turns(
    conversation: Conversation, findings: Sequence[Finding], rule_results: Sequence[RuleResult]
) -> list[ContextTurn]:
    flagged = [r for r in rule_results if r.status in FLAGGED_STATUSES]
    centres = {f.turn for f in findings} | {r.turn for r in flagged}
    wanted: set[int] = set()
    for centre in centres:
        # A rule without a turn judged the whole call; its opening is where to start listening.
        middle = 0 if centre is None else centre
        wanted.update(range(middle - CONTEXT_TURNS, middle + CONTEXT_TURNS + 1))
    by_turn: dict[int | None, list[Finding]] = {}
    for finding in findings:
        by_turn.setdefault(finding.turn, []).append(finding)
    return [
        ContextTurn(
            turn.index, turn.role, turn.start_ms, masked_said(turn, by_turn.get(turn.index))
        )
        for turn in conversation.turns
        if turn.index in wanted
    ]
