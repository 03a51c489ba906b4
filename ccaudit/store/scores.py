"""Scorecards: each call's score, per section and overall, from its stored rule results.

A section's score is the weight of its rules passed over the weight of its rules that
applied (weights come from the packs, through each rule result). The call's score is the
same over all its rules, so a heavier section counts for more. A failed or violated rule
marked auto_fail zeroes the call's score; the call says which rule did. A rule result a
reviewer marked false_positive counts as passed.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cached_property

from ccaudit.model import FLAGGED_STATUSES
from ccaudit.store.decisions import DecisionIndex
from ccaudit.store.identity import rule_identity
from ccaudit.store.review import decision_index
from ccaudit.store.selection import CallSelection


@dataclass
class CallScore:
    call_row: int
    call_id: str
    agent_id: str | None
    call_date: str | None
    # section -> [weight passed, weight applicable]
    sections: dict[str, list[float]] = field(default_factory=dict)
    # (`pack:rule`, stored title) of each auto-fail rule the call failed
    auto_failed_by: list[tuple[str, str]] = field(default_factory=list)

    @cached_property
    def score(self) -> float | None:
        """Read once the call's rule results are all in (call_scores returns it so)."""
        possible = sum(weights[1] for weights in self.sections.values())
        if not possible:
            return None
        if self.auto_failed_by:
            return 0.0
        return sum(weights[0] for weights in self.sections.values()) / possible

    def section_score(self, section: str) -> float | None:
        passed, possible = self.sections.get(section, (0.0, 0.0))
        return passed / possible if possible else None


def call_scores(connection: sqlite3.Connection, selection: CallSelection) -> list[CallScore]:
    """Every selected call, scored or not (a call no rule applied to has score None)."""
    return list(iter_call_scores(connection, selection))


def iter_call_scores(
    connection: sqlite3.Connection, selection: CallSelection
) -> Iterator[CallScore]:
    """call_scores one call at a time, in the order of the calls' rows: a run's summary
    needs no more than one call's rule results at once."""
    decisions = decision_index(connection)
    calls_sql, params = selection.call_rows_sql()
    calls = connection.execute(
        f"SELECT id, call_id, agent_id, call_date FROM calls WHERE id IN ({calls_sql}) ORDER BY id",
        params,
    )
    rules = connection.execute(
        "SELECT call_row, pack, rule_id, title, status, section, weight, auto_fail "
        "FROM rule_results "
        f"WHERE call_row IN ({calls_sql}) AND status != 'not_applicable' ORDER BY call_row, id",
        params,
    )
    rule = next(rules, None)
    for row in calls:
        call = CallScore(*row)
        while rule is not None and rule[0] == call.call_row:
            _add_rule(call, rule[1:], decisions)
            rule = next(rules, None)
        yield call


def _add_rule(call: CallScore, rule: tuple, decisions: DecisionIndex) -> None:
    pack, rule_id, title, status, section, weight, auto_fail = rule
    failed = status in FLAGGED_STATUSES
    if failed:
        record = decisions.latest(rule_identity(call.call_id, pack, rule_id))
        failed = record is None or record.decision != "false_positive"
    weights = call.sections.setdefault(section, [0.0, 0.0])
    weights[1] += weight
    if not failed:
        weights[0] += weight
    elif auto_fail:
        call.auto_failed_by.append((f"{pack}:{rule_id}", title))
