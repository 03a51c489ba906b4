"""The figures a report shows, gathered from the store in a few queries for all agents at once."""

from __future__ import annotations

import sqlite3
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from ccaudit.model import Severity
from ccaudit.store.flagged import FlaggedItem, flagged_items
from ccaudit.store.runs import RunRow, run_call_rows_sql

TREND_RUNS = 8


@dataclass
class TrendPoint:
    run_id: int
    started_at: str
    score: float | None


@dataclass
class RuleStat:
    rule: str
    title: str
    passed: int = 0
    failed: int = 0
    example: FlaggedItem | None = None

    @property
    def pass_rate(self) -> float | None:
        total = self.passed + self.failed
        return self.passed / total if total else None


@dataclass
class FlaggedCall:
    call_id: str
    date: str
    items: list[FlaggedItem]

    @property
    def worst(self) -> Severity:
        return max(item.severity for item in self.items)


@dataclass
class AgentFigures:
    agent_id: str | None
    calls: int = 0
    adherence: float | None = None
    trend: list[TrendPoint] = field(default_factory=list)
    incidents: Counter = field(default_factory=Counter)
    rules: dict[str, RuleStat] = field(default_factory=dict)
    flagged_calls: list[FlaggedCall] = field(default_factory=list)
    reviewed_out: int = 0

    @property
    def change(self) -> float | None:
        scored = [p.score for p in self.trend if p.score is not None]
        return scored[-1] - scored[-2] if len(scored) >= 2 else None

    @property
    def incident_count(self) -> int:
        return sum(self.incidents.values())

    def most_failed(self, limit: int) -> list[RuleStat]:
        failed = [r for r in self.rules.values() if r.failed]
        return sorted(failed, key=lambda r: (-r.failed, r.rule))[:limit]


def gather_figures(
    connection: sqlite3.Connection, runs: list[RunRow], team: bool = False, lang: str = "en"
) -> dict[str | None, AgentFigures]:
    """Per agent (None: calls without an agent id); with team=True, one entry for everyone.
    Flagged rule results without evidence show their reason in `lang`."""
    run_ids = [r.id for r in runs]
    calls_sql, params = run_call_rows_sql(run_ids)
    agent = "NULL" if team else "c.agent_id"
    figures: dict[str | None, AgentFigures] = {}
    for agent_id, calls, score in connection.execute(
        f"SELECT {agent}, count(*), avg(c.adherence_score) FROM calls c "
        f"WHERE c.id IN ({calls_sql}) GROUP BY {agent} ORDER BY {agent}",
        params,
    ):
        figures[agent_id] = AgentFigures(agent_id, calls, score)
    _add_trends(connection, figures, max(run_ids), agent)
    _add_rule_passes(connection, figures, calls_sql, params, agent)
    _add_flagged(figures, flagged_items(connection, run_ids, lang=lang), team)
    return figures


def _add_trends(connection, figures, last_run: int, agent: str) -> None:
    trend_runs = connection.execute(
        "SELECT id, started_at FROM runs WHERE id <= ? ORDER BY id DESC LIMIT ?",
        (last_run, TREND_RUNS),
    ).fetchall()[::-1]
    scores = defaultdict(dict)
    marks = ",".join("?" * len(trend_runs))
    for run_id, agent_id, score in connection.execute(
        f"SELECT rf.run_id, {agent}, avg(c.adherence_score) FROM calls c "
        f"JOIN run_files rf ON rf.file_id = c.file_id WHERE rf.run_id IN ({marks}) "
        f"GROUP BY rf.run_id, {agent}",
        [r[0] for r in trend_runs],
    ):
        scores[agent_id][run_id] = score
    for agent_id, agent_figures in figures.items():
        agent_figures.trend = [
            TrendPoint(run_id, started, scores[agent_id].get(run_id))
            for run_id, started in trend_runs
        ]


def _add_rule_passes(connection, figures, calls_sql: str, params: list, agent: str) -> None:
    for agent_id, pack, rule_id, title, passed in connection.execute(
        f"SELECT {agent}, r.pack, r.rule_id, min(r.title), sum(r.status = 'pass') "
        f"FROM rule_results r JOIN calls c ON c.id = r.call_row WHERE c.id IN ({calls_sql}) "
        f"AND r.status != 'not_applicable' GROUP BY {agent}, r.pack, r.rule_id",
        params,
    ):
        rule = f"{pack}:{rule_id}"
        figures[agent_id].rules[rule] = RuleStat(rule, title, passed=passed)


def _add_flagged(figures, items, team: bool) -> None:
    by_call: dict[str | None, dict[int, FlaggedCall]] = defaultdict(dict)
    for item in items:
        agent_figures = figures[None if team else item.agent_id]
        if item.status == "false_positive":
            agent_figures.reviewed_out += 1
            if item.identity.kind == "rule":
                agent_figures.rules[item.identity.rule].passed += 1
            continue
        if item.identity.kind == "finding":
            agent_figures.incidents[(item.what, item.severity)] += 1
        else:
            stat = agent_figures.rules[item.identity.rule]
            stat.failed += 1
            if stat.example is None or (item.excerpt and not stat.example.excerpt):
                stat.example = item
        calls = by_call[agent_figures.agent_id]
        flagged = calls.setdefault(
            item.call_row, FlaggedCall(item.call_id, item.call_started_at or "", [])
        )
        flagged.items.append(item)
    for agent_id, calls in by_call.items():
        figures[agent_id].flagged_calls = sorted(
            calls.values(), key=lambda c: (-c.worst, -len(c.items), c.call_id)
        )
