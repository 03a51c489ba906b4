"""What one audit run found, counted from the store, with reviewed items set aside."""

from __future__ import annotations

import sqlite3
from collections import Counter
from dataclasses import dataclass, field

from ccaudit.model import Severity
from ccaudit.store.decisions import SUPPRESSING
from ccaudit.store.flagged import flagged_items
from ccaudit.store.identity import ItemIdentity
from ccaudit.store.scores import iter_call_scores
from ccaudit.store.selection import CallSelection


class ItemFilter:
    """A baseline, as far as the summary needs one (see ccaudit.store.baseline)."""

    def suppresses(self, identity: ItemIdentity) -> bool:
        raise NotImplementedError


@dataclass
class RunSummary:
    run_id: int
    calls: int = 0
    agents: int = 0
    files_stored: int = 0
    files_reused: int = 0
    unreadable: int = 0
    undated: int = 0
    incidents_by_entity: Counter = field(default_factory=Counter)
    expected_by_entity: Counter = field(default_factory=Counter)
    failures_by_rule: Counter = field(default_factory=Counter)
    scored: int = 0
    score_total: float = 0.0
    auto_failed: int = 0
    new_by_severity: Counter = field(default_factory=Counter)
    suppressed: int = 0

    @property
    def mean_score(self) -> float | None:
        return self.score_total / self.scored if self.scored else None

    def worst_new(self) -> Severity | None:
        return max(self.new_by_severity) if self.new_by_severity else None


def summarize_run(
    connection: sqlite3.Connection, run_id: int, baseline: ItemFilter | None = None
) -> RunSummary:
    """Items a reviewer marked false_positive or accepted_risk, in this database or in the
    baseline, are counted as suppressed rather than new."""
    summary = RunSummary(run_id)
    selection = CallSelection((run_id,))
    calls_sql, params = selection.call_rows_sql()
    summary.calls, summary.agents, summary.undated = connection.execute(
        "SELECT count(*), count(DISTINCT agent_id), count(*) - count(call_date) FROM calls "
        f"WHERE id IN ({calls_sql})",
        params,
    ).fetchone()
    for call in iter_call_scores(connection, selection):
        if call.score is not None:
            summary.scored += 1
            summary.score_total += call.score
        summary.auto_failed += bool(call.auto_failed_by)
    for reused, number in connection.execute(
        "SELECT reused, count(*) FROM run_files WHERE run_id = ? GROUP BY reused", (run_id,)
    ):
        if reused:
            summary.files_reused = number
        else:
            summary.files_stored = number
    summary.unreadable = connection.execute(
        "SELECT count(*) FROM run_errors WHERE run_id = ?", (run_id,)
    ).fetchone()[0]
    for item in flagged_items(connection, selection):
        if item.disposition == "expected":
            summary.expected_by_entity[item.what] += 1
            continue
        if item.identity.kind == "finding":
            summary.incidents_by_entity[item.what] += 1
        else:
            summary.failures_by_rule[item.identity.rule] += 1
        if item.status in SUPPRESSING or (baseline and baseline.suppresses(item.identity)):
            summary.suppressed += 1
        else:
            summary.new_by_severity[item.severity] += 1
    return summary
