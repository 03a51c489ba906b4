"""Report sections shared by the agent and team PDFs: cover, figures, charts, tables."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Spacer

from ccaudit.report.charts import incidents_chart, pass_rate_chart, trend_chart
from ccaudit.report.data import AgentFigures, TrendPoint
from ccaudit.report.labels import entity_label
from ccaudit.report.layout import Styles, content_width, grid, text
from ccaudit.store.flagged import FlaggedItem


@dataclass(frozen=True)
class ReportContext:
    lang: str
    labels: dict[str, str]
    styles: Styles
    team: str
    period: str
    tool_version: str
    rule_packs: str
    generated_at: str

    def agent_name(self, agent_id: str | None) -> str:
        return agent_id or self.labels["unassigned"]

    def item_label(self, item: FlaggedItem) -> str:
        """What a flagged item is, in the report's language: an entity, or a rule and how it
        came out."""
        if item.identity.kind == "finding":
            return entity_label(item.what, self.lang)
        return f"{item.identity.rule} ({self.labels[item.outcome]})"


def percent(value: float | None) -> str:
    return "-" if value is None else f"{value * 100:.1f}%"


def signed_points(value: float | None, labels: dict[str, str]) -> str:
    return labels["no_previous"] if value is None else f"{value * 100:+.1f}"


def offset(start_ms: int | None, turn: int | None = None, turn_label: str = "") -> str:
    """Time into the call when known, else the turn number."""
    if start_ms is None:
        return f"{turn_label} {turn + 1}" if turn is not None and turn_label else "-"
    seconds = start_ms // 1000
    return f"{seconds // 60:02d}:{seconds % 60:02d}"


def cover(ctx: ReportContext, title: str, agent_line: str | None) -> list[Flowable]:
    L, S = ctx.labels, ctx.styles
    rows = [[L["team"], ctx.team]]
    if agent_line:
        rows.append([L["agent"], agent_line])
    rows += [
        [L["period"], ctx.period],
        [L["tool_version"], ctx.tool_version],
        [L["rule_packs"], ctx.rule_packs],
        [L["generated_at"], ctx.generated_at],
    ]
    width = content_width()
    return [
        Spacer(1, 40 * mm),
        text(title, S.title),
        Spacer(1, 8 * mm),
        grid(rows, S, [0.3 * width, 0.7 * width], header=False, cell_style=S.body),
        PageBreak(),
    ]


def key_figures(ctx: ReportContext, figures: AgentFigures, extra: list[list]) -> list[Flowable]:
    L, S = ctx.labels, ctx.styles
    rows = [
        [L["calls_audited"], str(figures.calls)],
        *extra,
        [L["adherence"], percent(figures.adherence)],
        [L["trend"], signed_points(figures.change, L)],
        [L["pii_incidents"], str(figures.incident_count)],
        [L["reviewed_out"], str(figures.reviewed_out)],
    ]
    width = content_width()
    return [text(L["key_figures"], S.heading), grid(rows, S, [0.6 * width, 0.4 * width], False)]


def incidents_table(ctx: ReportContext, figures: AgentFigures) -> list[Flowable]:
    L, S = ctx.labels, ctx.styles
    heading = text(L["incidents_by_type"], S.heading)
    if not figures.incidents:
        return [heading, text(L["none"], S.body)]
    rows = [[L["entity"], L["severity"], L["count"]]]
    for (entity, severity), count in sorted(
        figures.incidents.items(), key=lambda kv: (-kv[0][1], -kv[1], kv[0][0])
    ):
        rows.append([entity_label(entity, ctx.lang), L[severity.name], str(count)])
    width = content_width()
    return [heading, grid(rows, S, [0.5 * width, 0.3 * width, 0.2 * width])]


def failed_rules_table(ctx: ReportContext, figures: AgentFigures, limit: int) -> list[Flowable]:
    L, S = ctx.labels, ctx.styles
    heading = text(L["rules_failed_most"], S.heading)
    failed = figures.most_failed(limit)
    if not failed:
        return [heading, text(L["none"], S.body)]
    rows = [[L["rule"], L["failures"], L["pass_rate"]]]
    rows += [[f"{r.rule}\n{r.title}", str(r.failed), percent(r.pass_rate)] for r in failed]
    width = content_width()
    return [heading, grid(rows, S, [0.6 * width, 0.2 * width, 0.2 * width])]


def charts(ctx: ReportContext, figures: AgentFigures, trend: list[TrendPoint]) -> list[Flowable]:
    L, S = ctx.labels, ctx.styles
    width = content_width()
    rates = sorted(
        ((r.rule, r.pass_rate) for r in figures.rules.values() if r.pass_rate is not None),
        key=lambda pair: (pair[1], pair[0]),
    )
    incidents: dict[str, int] = {}
    for (entity, _), count in figures.incidents.items():
        incidents[entity] = incidents.get(entity, 0) + count
    return [
        KeepTogether(
            [
                text(L["charts"], S.heading),
                text(L["chart_pass_rate"], S.body),
                pass_rate_chart(rates, width),
            ]
        ),
        KeepTogether(
            [
                text(L["chart_trend"], S.body),
                trend_chart([(f"#{p.run_id}", p.score) for p in trend], width),
            ]
        ),
        KeepTogether(
            [
                text(L["chart_incidents"], S.body),
                incidents_chart(sorted(incidents.items(), key=lambda kv: -kv[1]), width),
            ]
        ),
    ]
