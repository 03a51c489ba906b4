"""What every report page shares: the context it is written in and how it names things."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Table

from ccaudit.moments import moment, moment_link
from ccaudit.report.labels import entity_label
from ccaudit.report.layout import Styles, text
from ccaudit.report.rule_titles import rule_title
from ccaudit.store.flagged import FlaggedItem

# Room for a heading, a table's header row and its first rows.
TABLE_START = 45 * mm


@dataclass(frozen=True)
class ReportContext:
    lang: str
    labels: dict[str, str]
    styles: Styles
    team: str
    period: str
    tool_version: str
    rule_packs: str
    runs: str
    generated_at: str
    period_kind: str = "week"
    min_calls: int = 5
    link_template: str | None = None

    def label(self, key: str, **fields: object) -> str:
        return self.labels[key].format(**fields) if fields else self.labels[key]

    def agent_name(self, agent_id: str | None) -> str:
        return agent_id or self.labels["unassigned"]

    def rule_title(self, rule: str, stored: str = "") -> str:
        return rule_title(rule, self.lang, stored)

    def item_label(self, item: FlaggedItem) -> str:
        """What a flagged item is, in the report's language: an entity, or a rule's title and
        how it came out."""
        if item.identity.kind == "finding":
            return entity_label(item.what, self.lang)
        title = self.rule_title(item.identity.rule, item.title)
        return f"{title} ({self.labels[item.outcome]})"

    def where(self, item: FlaggedItem) -> str:
        return moment(item.turn, item.start_ms, self.labels["turn"])

    def link(self, item: FlaggedItem) -> str | None:
        return moment_link(
            self.link_template, item.call_id, item.start_ms, item.turn, item.agent_id
        )


def percent(value: float | None) -> str:
    return "-" if value is None else f"{value * 100:.1f}%"


def signed_points(value: float | None) -> str:
    return "-" if value is None else f"{value * 100:+.1f}"


def headed(ctx: ReportContext, heading: str, *blocks: Flowable) -> list[Flowable]:
    """A heading that never ends a page alone. A short first block is kept with it; a table,
    which may run over pages, starts on this page only when the heading and its first rows
    fit (kept together whole, a long table would leave the rest of the page empty). (A
    KeepTogether inside another claims an endless height, so a first block that is one is
    opened up.)"""
    first, *rest = blocks or (text(ctx.labels["none"], ctx.styles.body),)
    title = text(heading, ctx.styles.heading)
    if isinstance(first, Table):
        title.keepWithNext = 0
        return [CondPageBreak(TABLE_START), title, first, *rest]
    kept = first._content if isinstance(first, KeepTogether) else [first]
    return [KeepTogether([title, *kept]), *rest]
