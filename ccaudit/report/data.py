"""The figures a report shows, gathered from the store in a few queries for all agents at once.

Only incidents count towards scores, coaching and the headline; expected PII is counted
apart, and items reviewed as false positives are left out (a rule then counts as passed).
"""

from __future__ import annotations

import sqlite3
from collections import Counter
from dataclasses import dataclass, field
from functools import cached_property
from statistics import fmean

from ccaudit.model import Severity
from ccaudit.report.periods import period_start, periods_between
from ccaudit.store.flagged import FlaggedItem, flagged_items
from ccaudit.store.scores import CallScore, call_scores
from ccaudit.store.selection import CallSelection
from ccaudit.store.triage import CallToReview, calls_to_review, severity_weight

MAX_TREND_POINTS = 26


@dataclass
class RuleStat:
    rule: str
    title: str
    severity: Severity
    passed: int = 0
    failed: int = 0
    example: FlaggedItem | None = None

    @property
    def pass_rate(self) -> float | None:
        total = self.passed + self.failed
        return self.passed / total if total else None

    @property
    def priority(self) -> tuple[bool, int]:
        """What coaching and "failed most" rank by: critical rules first, then severity
        times frequency (so a courtesy missed often never outranks a card read back)."""
        return (self.severity >= Severity.critical, severity_weight(self.severity) * self.failed)


@dataclass
class TrendPoint:
    start: str
    score: float | None
    team: float | None
    calls: int


@dataclass
class Figures:
    """One agent's figures (agent_id None: calls without an agent id), or the team's. The
    derived figures are computed once, when read after gather_figures has filled them in."""

    agent_id: str | None
    calls: list[CallScore] = field(default_factory=list)
    sections: dict[str, float | None] = field(default_factory=dict)
    trend: list[TrendPoint] = field(default_factory=list)
    incidents: Counter = field(default_factory=Counter)
    expected: Counter = field(default_factory=Counter)
    rules: dict[str, RuleStat] = field(default_factory=dict)
    items: list[FlaggedItem] = field(default_factory=list)
    to_review: list[CallToReview] = field(default_factory=list)
    reviewed_out: int = 0

    @cached_property
    def score(self) -> float | None:
        scored = [c.score for c in self.calls if c.score is not None]
        return fmean(scored) if scored else None

    @cached_property
    def undated(self) -> int:
        return sum(c.call_date is None for c in self.calls)

    @cached_property
    def auto_failed(self) -> list[CallScore]:
        return [c for c in self.calls if c.auto_failed_by]

    @cached_property
    def incident_count(self) -> int:
        return sum(self.incidents.values())

    @property
    def change(self) -> float | None:
        scored = [p.score for p in self.trend if p.score is not None]
        return scored[-1] - scored[-2] if len(scored) >= 2 else None

    def most_failed(self, limit: int) -> list[RuleStat]:
        failed = [r for r in self.rules.values() if r.failed]
        return sorted(failed, key=lambda r: (r.priority, r.severity), reverse=True)[:limit]


@dataclass
class ReportFigures:
    team: Figures
    agents: dict[str | None, Figures]


def gather_figures(
    connection: sqlite3.Connection, selection: CallSelection, period: str, lang: str = "en"
) -> ReportFigures:
    """Flagged rule results without evidence show their reason in `lang`."""
    team = Figures(None)
    agents: dict[str | None, Figures] = {}
    scores = call_scores(connection, selection)
    for call in scores:
        team.calls.append(call)
        agents.setdefault(call.agent_id, Figures(call.agent_id)).calls.append(call)
    _add_rule_passes(connection, selection, team, agents)
    for item in flagged_items(connection, selection, lang):
        for figures in (team, agents[item.agent_id]):
            _add_item(figures, item)
    team_periods = _period_scores(team.calls, period)
    starts = periods_between(min(team_periods), max(team_periods), period) if team_periods else []
    for figures in (team, *agents.values()):
        figures.to_review = calls_to_review(figures.items, figures.calls)
        figures.sections = _section_scores(figures.calls)
        mine = _period_scores(figures.calls, period)
        figures.trend = [
            TrendPoint(
                start,
                _mean(mine.get(start)),
                _mean(team_periods.get(start)),
                len(mine.get(start, [])),
            )
            for start in starts[-MAX_TREND_POINTS:]
        ]
    return ReportFigures(team, dict(sorted(agents.items(), key=lambda kv: kv[0] or "")))


def _add_rule_passes(connection, selection: CallSelection, team: Figures, agents) -> None:
    calls_sql, params = selection.call_rows_sql()
    for agent_id, pack, rule_id, title, severity, passed in connection.execute(
        "SELECT c.agent_id, r.pack, r.rule_id, min(r.title), max(r.severity), "
        "sum(r.status = 'pass') FROM rule_results r JOIN calls c ON c.id = r.call_row "
        f"WHERE c.id IN ({calls_sql}) AND r.status != 'not_applicable' "
        "GROUP BY c.agent_id, r.pack, r.rule_id",
        params,
    ):
        rule = f"{pack}:{rule_id}"
        agents[agent_id].rules[rule] = RuleStat(rule, title, Severity(severity), passed)
        stat = team.rules.setdefault(rule, RuleStat(rule, title, Severity(severity)))
        stat.passed += passed
        stat.severity = max(stat.severity, Severity(severity))


def _add_item(figures: Figures, item: FlaggedItem) -> None:
    figures.items.append(item)
    if item.status == "false_positive":
        figures.reviewed_out += 1
        if item.identity.kind == "rule":
            figures.rules[item.identity.rule].passed += 1
        return
    if item.identity.kind == "finding":
        if item.disposition == "expected":
            figures.expected[item.what] += 1
        else:
            figures.incidents[(item.what, item.severity)] += 1
        return
    stat = figures.rules[item.identity.rule]
    stat.failed += 1
    if stat.example is None or (item.excerpt and not stat.example.excerpt):
        stat.example = item


def _section_scores(calls: list[CallScore]) -> dict[str, float | None]:
    """Sections in the order the packs list their rules; rules without one last."""
    scores: dict[str, list[float]] = {}
    for call in calls:
        for section in call.sections:
            score = call.section_score(section)
            if score is not None:
                scores.setdefault(section, []).append(score)
    order = sorted(scores, key=lambda section: section == "")
    return {section: _mean(scores[section]) for section in order}


def _period_scores(calls: list[CallScore], period: str) -> dict[str, list[float]]:
    """Period start -> the scores of its calls; calls without a date are left out."""
    periods: dict[str, list[float]] = {}
    for call in calls:
        if call.call_date is None:
            continue
        bucket = periods.setdefault(period_start(call.call_date, period), [])
        if call.score is not None:
            bucket.append(call.score)
    return periods


def _mean(values: list[float] | None) -> float | None:
    return fmean(values) if values else None
