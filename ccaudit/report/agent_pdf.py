"""One agent's report: the scorecard on page 1, then the calls to listen to, coaching with
examples, and the details."""

from __future__ import annotations

from reportlab.platypus import Flowable, PageBreak

from ccaudit.report.data import Figures
from ccaudit.report.details import items_table, rules_table
from ccaudit.report.review_pages import calls_to_review, coaching
from ccaudit.report.scorecard import headline, incidents, section_table, title_block, trend
from ccaudit.report.sections import ReportContext

CALLS_TO_REVIEW = 10
COACHING_RULES = 3


def agent_story(ctx: ReportContext, figures: Figures, team: Figures) -> list[Flowable]:
    name = f"{ctx.labels['agent']} {ctx.agent_name(figures.agent_id)}"
    return [
        *title_block(ctx, ctx.labels["agent_report"], name, figures),
        *headline(ctx, figures, team),
        *section_table(ctx, figures, team),
        *trend(ctx, figures, team),
        *incidents(ctx, figures),
        PageBreak(),
        *calls_to_review(ctx, figures, CALLS_TO_REVIEW),
        *coaching(ctx, figures, COACHING_RULES),
        *rules_table(ctx, figures),
        *items_table(ctx, figures),
    ]
