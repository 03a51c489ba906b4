"""What to look at first: calls worst first, and problems by severity times frequency.

Only incidents count (expected PII and items reviewed as false positives do not). A call's
place is decided by its worst incident, then by whether an auto-fail rule zeroed it, then by
the summed severity weight of its incidents, then by its lower score.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from ccaudit.adherence.schema_defaults import severity_weight
from ccaudit.model import Severity
from ccaudit.store.flagged import FlaggedItem
from ccaudit.store.scores import CallScore


@dataclass
class CallToReview:
    call_row: int
    call_id: str
    agent_id: str | None
    call_date: str | None
    items: list[FlaggedItem] = field(default_factory=list)
    score: CallScore | None = None

    @property
    def incidents(self) -> list[FlaggedItem]:
        return [item for item in self.items if item.is_incident]

    @property
    def worst(self) -> Severity | None:
        return max((item.severity for item in self.incidents), default=None)

    @property
    def weight(self) -> int:
        return sum(severity_weight(item.severity) for item in self.incidents)

    def sort_key(self) -> tuple:
        score = self.score.score if self.score else None
        return (
            -(self.worst if self.worst is not None else -1),
            not (self.score and self.score.auto_failed_by),
            -self.weight,
            2.0 if score is None else score,
            self.call_id,
        )


def calls_to_review(
    items: Iterable[FlaggedItem], scores: Iterable[CallScore] = ()
) -> list[CallToReview]:
    """Calls with at least one incident, worst first; each with all its flagged items."""
    by_row = {score.call_row: score for score in scores}
    calls: dict[int, CallToReview] = {}
    for item in items:
        call = calls.get(item.call_row)
        if call is None:
            call = calls[item.call_row] = CallToReview(
                item.call_row, item.call_id, item.agent_id, item.call_date,
                score=by_row.get(item.call_row),
            )  # fmt: skip
        call.items.append(item)
    flagged = [call for call in calls.values() if call.incidents]
    return sorted(flagged, key=CallToReview.sort_key)
