"""The team report: the team's scorecard on page 1, then the agents ranked, the worst calls,
coaching, the review backlog and the details."""

from __future__ import annotations

from collections import Counter

from reportlab.platypus import Flowable, KeepTogether, PageBreak, Table

from ccaudit.report.data import Figures
from ccaudit.report.details import rules_table
from ccaudit.report.layout import CELL_PADDING, content_width, grid, text
from ccaudit.report.review_pages import calls_to_review, coaching
from ccaudit.report.scorecard import headline, incidents, section_table, title_block, trend
from ccaudit.report.sections import ReportContext, headed, percent, signed_points
from ccaudit.store.flagged import UNREVIEWED

WORST_CALLS = 15
COACHING_RULES = 5
BACKLOG_AGENTS = 10


def team_story(ctx: ReportContext, team: Figures, agents: list[Figures]) -> list[Flowable]:
    # Calls without an agent id are listed as "(no agent id)" but are nobody.
    agent_count = sum(a.agent_id is not None for a in agents)
    who = f"{ctx.labels['agents']} {agent_count}"
    return [
        *title_block(ctx, ctx.labels["team_report"], who, team),
        *headline(ctx, team, None),
        *section_table(ctx, team, None),
        *trend(ctx, team, None),
        *incidents(ctx, team),
        PageBreak(),
        *ranking(ctx, agents, team),
        *calls_to_review(ctx, team, WORST_CALLS, with_agent=True),
        *coaching(ctx, team, COACHING_RULES),
        *backlog(ctx, team),
        *rules_table(ctx, team),
    ]


def ranking(ctx: ReportContext, agents: list[Figures], team: Figures) -> list[Flowable]:
    """Agents with at least min_calls calls, by score; the others in one line below."""
    L, S = ctx.labels, ctx.styles
    ranked = [a for a in agents if len(a.calls) >= ctx.min_calls]
    rest = [a for a in agents if len(a.calls) < ctx.min_calls]
    ranked.sort(
        key=lambda a: (a.score is None, -(a.score or 0), -a.incident_count, a.agent_id or "")
    )
    heading = ctx.label("ranking", minimum=ctx.min_calls)
    change = L[f"change_{ctx.period_kind}"]
    rows: list[list] = [[L["rank"], L["agent"], L["calls_audited"], L["score"], L["difference"],
                         change, L["pii_incidents"], L["auto_failed"]]]  # fmt: skip
    for rank, agent in enumerate(ranked, start=1):
        gap = None if agent.score is None or team.score is None else agent.score - team.score
        rows.append([str(rank), ctx.agent_name(agent.agent_id), str(len(agent.calls)),
                     percent(agent.score), signed_points(gap), signed_points(agent.change),
                     str(agent.incident_count), str(len(agent.auto_failed))])  # fmt: skip
    story: list[Flowable] = []
    if ranked:
        width = content_width()
        fractions = (0.07, 0.2, 0.11, 0.11, 0.12, 0.13, 0.12, 0.14)
        story.append(grid(rows, S, [f * width for f in fractions]))
    if rest:
        calls = [c for a in rest for c in a.calls]
        scored = [c.score for c in calls if c.score is not None]
        mean = sum(scored) / len(scored) if scored else None
        line = ctx.label("ranking_rest", agents=len(rest), minimum=ctx.min_calls,
                         calls=len(calls), score=percent(mean))  # fmt: skip
        story.append(text(line, S.small))
    return headed(ctx, heading, *story)


def backlog(ctx: ReportContext, team: Figures) -> list[Flowable]:
    """Incidents nobody has reviewed yet: how many, how old, by severity and by agent."""
    L, S = ctx.labels, ctx.styles
    waiting = [i for i in team.items if i.status == UNREVIEWED and i.is_incident]
    if not waiting:
        return headed(ctx, L["backlog"], text(L["backlog_done"], S.body))
    dates = sorted(i.call_date for i in waiting if i.call_date)
    intro = ctx.label("backlog_intro", count=len(waiting), calls=len({i.call_row for i in waiting}),
                      oldest=dates[0] if dates else L["no_date"])  # fmt: skip
    by_severity = Counter(i.severity for i in waiting)
    by_agent = Counter(i.agent_id for i in waiting)
    half = content_width() / 2 - CELL_PADDING
    severities = [[L["severity"], L["unreviewed_count"]]] + [
        [L[severity.name], str(n)] for severity, n in sorted(by_severity.items(), reverse=True)
    ]
    agents = [[L["agent"], L["unreviewed_count"]]] + [
        [ctx.agent_name(agent), str(n)] for agent, n in by_agent.most_common(BACKLOG_AGENTS)
    ]
    widths = [0.6 * half, 0.4 * half]
    side_by_side = Table(
        [[grid(severities, S, widths), grid(agents, S, widths)]],
        colWidths=[half + CELL_PADDING] * 2,
        style=[("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)],
    )
    return headed(ctx, L["backlog"], KeepTogether([text(intro, S.body), side_by_side]))
