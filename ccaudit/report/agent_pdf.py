"""One agent's report: cover, key figures, charts, flagged calls, coaching."""

from __future__ import annotations

from reportlab.platypus import Flowable, KeepTogether

from ccaudit.report.data import AgentFigures
from ccaudit.report.layout import content_width, grid, text
from ccaudit.report.sections import (
    ReportContext,
    charts,
    cover,
    failed_rules_table,
    incidents_table,
    key_figures,
    offset,
)

MAX_FLAGGED_ROWS = 300
COACHING_RULES = 3


def agent_story(ctx: ReportContext, figures: AgentFigures) -> list[Flowable]:
    L = ctx.labels
    name = ctx.agent_name(figures.agent_id)
    return [
        *cover(ctx, L["agent_report"], name),
        *key_figures(ctx, figures, []),
        *incidents_table(ctx, figures),
        *failed_rules_table(ctx, figures, 5),
        *charts(ctx, figures, figures.trend),
        *flagged_calls(ctx, figures),
        *coaching(ctx, figures),
    ]


def flagged_calls(ctx: ReportContext, figures: AgentFigures) -> list[Flowable]:
    L, S = ctx.labels, ctx.styles
    heading = text(L["flagged_calls"], S.heading)
    if not figures.flagged_calls:
        return [heading, text(L["none"], S.body)]
    rows = [[L["call"], L["date"], L["found"], L["offset"], L["excerpt"], L["status"]]]
    for call in figures.flagged_calls:
        for index, item in enumerate(call.items):
            rows.append(
                [
                    call.call_id if index == 0 else "",
                    call.date[:10] if index == 0 else "",
                    f"{ctx.item_label(item)} · {L[item.severity.name]}",
                    offset(item.start_ms, item.turn, L["turn"]),
                    item.excerpt,
                    L[item.status],
                ]
            )
        if len(rows) > MAX_FLAGGED_ROWS:
            break
    width = content_width()
    fractions = [0.16, 0.12, 0.22, 0.08, 0.28, 0.14]
    return [heading, grid(rows, S, [f * width for f in fractions])]


def coaching(ctx: ReportContext, figures: AgentFigures) -> list[Flowable]:
    L, S = ctx.labels, ctx.styles
    story: list[Flowable] = [text(L["coaching"], S.heading)]
    most_failed = figures.most_failed(COACHING_RULES)
    if not most_failed:
        return [*story, text(L["none"], S.body)]
    story.append(text(L["coaching_intro"], S.body))
    width = content_width()
    for stat in most_failed:
        example = stat.example
        where = ""
        if example:
            when = offset(example.start_ms, example.turn, L["turn"])
            where = f"{L['call']} {example.call_id}" + (f", {when}" if when != "-" else "")
        rows = [
            [f"{stat.rule} ({stat.failed}×)", stat.title],
            [L["example"], f"{where}\n{example.excerpt if example else ''}".strip()],
        ]
        story.append(KeepTogether([grid(rows, S, [0.3 * width, 0.7 * width], header=False)]))
    return story
