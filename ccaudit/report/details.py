"""The last part of a report: every rule's pass rate, every flagged item, and what the report
was made from."""

from __future__ import annotations

from reportlab.platypus import Flowable

from ccaudit.report.data import Figures
from ccaudit.report.layout import content_width, grid, text
from ccaudit.report.sections import ReportContext, headed, percent

MAX_ITEM_ROWS = 200


def rules_table(ctx: ReportContext, figures: Figures) -> list[Flowable]:
    """Rules ranked by severity times failures; rules that never failed after them."""
    L, S = ctx.labels, ctx.styles
    stats = sorted(
        figures.rules.values(),
        key=lambda r: (r.priority, -(r.pass_rate if r.pass_rate is not None else 2)),
        reverse=True,
    )
    if not stats:
        return headed(ctx, L["rules_failed_most"])
    rows: list[list] = [[L["rule"], L["severity"], L["failures"], L["pass_rate"]]]
    rows += [
        [ctx.rule_title(r.rule, r.title), L[r.severity.name], str(r.failed), percent(r.pass_rate)]
        for r in stats
    ]
    width = content_width()
    return headed(
        ctx, L["rules_failed_most"], grid(rows, S, [f * width for f in (0.6, 0.14, 0.13, 0.13)])
    )


def items_table(ctx: ReportContext, figures: Figures) -> list[Flowable]:
    """Every flagged item of the agent's calls but expected PII (counted on page 1; `review
    list --class expected` lists it)."""
    L, S = ctx.labels, ctx.styles
    items = [item for item in figures.items if item.disposition != "expected"]
    if not items:
        return headed(ctx, L["flagged_items"])
    rows: list[list] = [[L["call"], L["found"], L["offset"], L["excerpt"], L["status"]]]
    for item in items[:MAX_ITEM_ROWS]:
        status = L[item.status]
        if item.note:
            status += "\n" + ctx.label("note_by", reviewer=item.reviewer, note=item.note)
        rows.append([
            f"{item.call_id}\n{item.call_date or L['no_date']}",
            f"{ctx.item_label(item)} · {L[item.severity.name]}",
            text(ctx.where(item), S.cell, ctx.link(item)), item.excerpt, status,
        ])  # fmt: skip
    width = content_width()
    story = [grid(rows, S, [f * width for f in (0.17, 0.22, 0.16, 0.28, 0.17)])]
    if len(items) > MAX_ITEM_ROWS:
        story.append(
            text(ctx.label("flagged_items_cut", shown=MAX_ITEM_ROWS, count=len(items)), S.small)
        )
    return headed(ctx, L["flagged_items"], *story)
