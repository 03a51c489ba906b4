"""The turns around each flagged item, masked, kept so `review show` can print them.

The store never holds a transcript. For a call with flagged items it keeps the turns within
CONTEXT_TURNS of each item (and the opening turns, for a rule that failed without pointing at
a turn, such as a missing greeting), each with every finding in it shown as the finding's own
mask and anything else number- or email-shaped masked, like rule evidence.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ccaudit.masking import mask_with_findings
from ccaudit.model import Conversation, Finding, RuleResult, Turn

CONTEXT_TURNS = 2
FLAGGED = ("fail", "violation")


@dataclass(frozen=True)
class ContextTurn:
    turn: int
    role: str
    start_ms: int | None
    text: str


def context_turns(
    conversation: Conversation, findings: Sequence[Finding], rule_results: Sequence[RuleResult]
) -> list[ContextTurn]:
    flagged = [r for r in rule_results if r.status in FLAGGED]
    centres = {f.turn for f in findings} | {r.turn for r in flagged}
    wanted: set[int] = set()
    for centre in centres:
        # A rule without a turn judged the whole call; its opening is where to start listening.
        middle = 0 if centre is None else centre
        wanted.update(range(middle - CONTEXT_TURNS, middle + CONTEXT_TURNS + 1))
    by_turn: dict[int, list[Finding]] = {}
    for finding in findings:
        by_turn.setdefault(finding.turn, []).append(finding)
    return [
        ContextTurn(
            turn.index, turn.role, turn.start_ms, masked_turn(turn, by_turn.get(turn.index))
        )
        for turn in conversation.turns
        if turn.index in wanted
    ]


def masked_turn(turn: Turn, findings: Sequence[Finding] | None) -> str:
    masks = [(*turn.text_span(f.start, f.end), f.masked) for f in findings or ()]
    return mask_with_findings(turn.text, masks)
