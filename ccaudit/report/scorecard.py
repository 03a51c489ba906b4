"""Page 1 of every report: the scorecard (headline figures, sections against the team,
trend by call date, incidents)."""

from __future__ import annotations

from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle

from ccaudit.model import Severity
from ccaudit.report.charts import INCIDENT_COLOUR, TEAM_COLOUR, bar, swatch, trend_chart
from ccaudit.report.data import Figures
from ccaudit.report.labels import entity_label, section_label
from ccaudit.report.layout import ACCENT, CELL_PADDING, content_width, grid, text
from ccaudit.report.periods import period_label
from ccaudit.report.sections import ReportContext, headed, percent, signed_points

AUTO_FAILED_SHOWN = 5


def title_block(ctx: ReportContext, title: str, who: str, figures: Figures) -> list[Flowable]:
    """The title, who and when, and what the report was made from (in small print)."""
    L, S = ctx.labels, ctx.styles
    line = f"{who} · {L['team']} {ctx.team} · {L['period']} {ctx.period}"
    made_from = (
        f"{L['runs']} {ctx.runs} · ccaudit {ctx.tool_version} · {L['rule_packs']} "
        f"{ctx.rule_packs} · {L['reviewed_out']}: {figures.reviewed_out}"
    )
    return [text(title, S.title), text(line, S.body), text(made_from, S.small), Spacer(1, 4)]


def headline(ctx: ReportContext, figures: Figures, team: Figures | None) -> list[Flowable]:
    """Four figures side by side: score (against the team), calls, incidents, auto-fails."""
    L, S = ctx.labels, ctx.styles
    score_note = f"{L['team_average']} {percent(team.score)}" if team else ""
    undated = ctx.label("calls_undated", count=figures.undated) if figures.undated else ""
    critical = sum(
        n for (_, severity), n in figures.incidents.items() if severity.name == "critical"
    )
    tiles = [
        (L["score"], percent(figures.score), score_note),
        (L["calls_audited"], str(len(figures.calls)), undated),
        (
            L["pii_incidents"],
            str(figures.incident_count),
            ctx.label("critical_count", count=critical),
        ),
        (L["auto_failed"], str(len(figures.auto_failed)), ""),
    ]
    cells = [[[text(big, S.figure), text(name, S.small), text(note, S.small)]
              for name, big, note in tiles]]  # fmt: skip
    width = content_width() / len(tiles)
    table = Table(cells, colWidths=[width] * len(tiles))
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BOX", (0, 0), (-1, -1), 0.25, TEAM_COLOUR),
                ("INNERGRID", (0, 0), (-1, -1), 0.25, TEAM_COLOUR),
                ("LEFTPADDING", (0, 0), (-1, -1), 6),
            ]
        )
    )
    story: list[Flowable] = [table]
    if team is not None and len(figures.calls) < ctx.min_calls:
        note = ctx.label("small_sample", count=len(figures.calls), minimum=ctx.min_calls)
        story.append(text(note, S.small))
    if figures.auto_failed:
        zeroed = ", ".join(
            f"{call.call_id} ({', '.join(ctx.rule_title(*rule) for rule in call.auto_failed_by)})"
            for call in figures.auto_failed[:AUTO_FAILED_SHOWN]
        )
        more = len(figures.auto_failed) - AUTO_FAILED_SHOWN
        zeroed += f" +{more}" if more > 0 else ""
        story.append(text(f"{L['auto_failed']}: {zeroed}", S.small))
    return story


def section_table(ctx: ReportContext, figures: Figures, team: Figures | None) -> list[Flowable]:
    """Each section's score beside the team's, with a bar (the tick is the team average)."""
    L, S = ctx.labels, ctx.styles
    sections = (team or figures).sections
    if not sections:
        return headed(ctx, L["sections"])
    width = content_width()
    bar_width = 0.34 * width - CELL_PADDING
    header = [L["section"], L["score"]]
    if team:
        header += [L["team_average"], L["difference"]]
    rows: list[list] = [[*header, ""]]
    for section, team_score in sections.items():
        mine = figures.sections.get(section)
        row = [section_label(section, L), percent(mine)]
        if team:
            gap = None if mine is None or team_score is None else mine - team_score
            row += [percent(team_score), signed_points(gap)]
        rows.append([*row, bar(mine, 1.0, bar_width, marker=team_score if team else None)])
    fractions = [0.3, 0.12, 0.12, 0.12] if team else [0.54, 0.12]
    widths = [f * width for f in fractions] + [bar_width + CELL_PADDING]
    return headed(ctx, L["sections"], grid(rows, S, widths))


def trend(ctx: ReportContext, figures: Figures, team: Figures | None) -> list[Flowable]:
    L, S = ctx.labels, ctx.styles
    heading = L[f"trend_{ctx.period_kind}"]
    undated = [text(ctx.label("undated_note", count=figures.undated), S.small)]
    if not figures.undated:
        undated = []
    if not figures.trend:
        return headed(ctx, heading, text(L["no_trend"], S.body), *undated)
    labels = [period_label(p.start, ctx.period_kind) for p in figures.trend]
    agent = [p.score for p in figures.trend] if team else None
    chart = trend_chart(labels, agent, [p.team for p in figures.trend], content_width())
    change_key = f"change_{ctx.period_kind}"
    change = signed_points(figures.change) if figures.change is not None else L["no_previous"]
    legend = [[swatch(ACCENT), text(L["legend_agent"] if team else L["legend_team"], S.small)]]
    if team:
        legend[0] += [swatch(TEAM_COLOUR, dashed=True), text(L["legend_team"], S.small)]
    legend[0] += [text(f"{L[change_key]}: {change}", S.small)]
    widths = [26, 110, 26, 110][: len(legend[0]) - 1]
    widths.append(content_width() - sum(widths))
    story = [chart, Table(legend, colWidths=widths, hAlign="LEFT"), *undated]
    return headed(ctx, heading, KeepTogether(story))


def incidents(ctx: ReportContext, figures: Figures) -> list[Flowable]:
    """Incidents by type and severity with a bar each; expected PII in one line below."""
    L, S = ctx.labels, ctx.styles
    story: list[Flowable] = []
    if figures.incidents:
        ranked = sorted(figures.incidents.items(), key=lambda kv: (-kv[0][1], -kv[1], kv[0][0]))
        most = max(figures.incidents.values())
        width = content_width()
        rows: list[list] = [[L["entity"], L["severity"], L["count"], ""]]
        for (entity, severity), count in ranked:
            rows.append(
                [entity_label(entity, ctx.lang), L[Severity(severity).name], str(count),
                 bar(count, most, 0.4 * width - CELL_PADDING, INCIDENT_COLOUR)]
            )  # fmt: skip
        story.append(grid(rows, S, [0.32 * width, 0.16 * width, 0.12 * width, 0.4 * width]))
    if figures.expected:
        counts = ", ".join(
            f"{entity_label(entity, ctx.lang)} {count}"
            for entity, count in figures.expected.most_common()
        )
        story.append(text(ctx.label("expected_pii", counts=counts), S.small))
    return headed(ctx, L["incidents_by_type"], *story)
