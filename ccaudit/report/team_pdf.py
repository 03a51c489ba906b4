"""The team summary: team-wide figures and trends, and agents ranked by adherence."""

from __future__ import annotations

from reportlab.platypus import Flowable

from ccaudit.report.data import AgentFigures
from ccaudit.report.layout import content_width, grid, text
from ccaudit.report.sections import (
    ReportContext,
    charts,
    cover,
    failed_rules_table,
    incidents_table,
    key_figures,
    percent,
    signed_points,
)


def team_story(
    ctx: ReportContext, team: AgentFigures, agents: list[AgentFigures]
) -> list[Flowable]:
    L = ctx.labels
    # Calls without an agent id are ranked as "(no agent id)" but are nobody.
    agent_count = sum(a.agent_id is not None for a in agents)
    return [
        *cover(ctx, L["team_report"], None),
        *key_figures(ctx, team, [[L["agents"], str(agent_count)]]),
        *ranking(ctx, agents),
        *incidents_table(ctx, team),
        *failed_rules_table(ctx, team, 10),
        *charts(ctx, team, team.trend),
    ]


def ranking(ctx: ReportContext, agents: list[AgentFigures]) -> list[Flowable]:
    L, S = ctx.labels, ctx.styles
    ranked = sorted(
        agents,
        key=lambda a: (
            a.adherence is None,
            -(a.adherence or 0),
            -a.incident_count,
            a.agent_id or "",
        ),
    )
    columns = ("rank", "agent", "calls_audited", "adherence", "trend", "pii_incidents", "failures")
    rows = [[L[column] for column in columns]]
    for rank, agent in enumerate(ranked, start=1):
        rows.append(
            [
                str(rank),
                ctx.agent_name(agent.agent_id),
                str(agent.calls),
                percent(agent.adherence),
                signed_points(agent.change, L),
                str(agent.incident_count),
                str(sum(r.failed for r in agent.rules.values())),
            ]
        )
    width = content_width()
    fractions = [0.08, 0.2, 0.12, 0.16, 0.16, 0.14, 0.14]
    return [text(L["ranking"], S.heading), grid(rows, S, [f * width for f in fractions])]
