"""After the scorecard: the calls to listen to, worst first, and coaching with examples."""

from __future__ import annotations

from reportlab.platypus import Flowable, KeepTogether

from ccaudit.report.data import Figures
from ccaudit.report.layout import content_width, grid, text
from ccaudit.report.sections import ReportContext, headed, percent
from ccaudit.store.triage import CallToReview

ITEMS_PER_CALL = 4


def calls_to_review(
    ctx: ReportContext, figures: Figures, limit: int, with_agent: bool = False
) -> list[Flowable]:
    """One row per call: its date and score, what happened (each line links to its moment),
    the review status and the reviewer's notes."""
    L, S = ctx.labels, ctx.styles
    calls = figures.to_review[:limit]
    if not calls:
        return headed(ctx, L["calls_to_review"])
    header = [L["rank"], L["call"], L["score"], L["why"], L["status"]]
    rows: list[list] = [header]
    for rank, call in enumerate(calls, start=1):
        who = [text(call.call_id, S.cell_bold), text(call.call_date or L["no_date"], S.cell)]
        if with_agent:
            who.append(text(ctx.agent_name(call.agent_id), S.cell))
        score = call.score.score if call.score else None
        rows.append([str(rank), who, percent(score), _what_happened(ctx, call),
                     _review_status(ctx, call)])  # fmt: skip
    width = content_width()
    widths = [f * width for f in (0.06, 0.18, 0.09, 0.49, 0.18)]
    story = [grid(rows, S, widths)]
    rest = len(figures.to_review) - len(calls)
    if rest > 0:
        more = "calls_to_review_more_team" if with_agent else "calls_to_review_more"
        story.append(text(ctx.label(more, count=rest), S.small))
    return headed(ctx, L["calls_to_review"], *story)


def _what_happened(ctx: ReportContext, call: CallToReview) -> list[Flowable]:
    S = ctx.styles
    incidents = sorted(call.incidents, key=lambda i: (-i.severity, i.turn or 0))
    lines = []
    for item in incidents[:ITEMS_PER_CALL]:
        parts = [ctx.labels[item.severity.name], ctx.item_label(item), ctx.where(item)]
        line = " · ".join(part for part in parts if part != "-")
        if item.also:
            titles = ", ".join(ctx.rule_title(rule) for rule in item.also)
            line += f" ({ctx.label('also_fails', rules=titles)})"
        lines.append(text(line, S.cell, ctx.link(item)))
    if call.score and call.score.auto_failed_by:
        rules = ", ".join(ctx.rule_title(*rule) for rule in call.score.auto_failed_by)
        lines.append(text(f"{ctx.labels['auto_failed']}: {rules}", S.small))
    return lines


def _review_status(ctx: ReportContext, call: CallToReview) -> list[Flowable]:
    S = ctx.styles
    statuses = sorted({ctx.labels[item.status] for item in call.incidents})
    cells: list[Flowable] = [text(", ".join(statuses), S.cell)]
    # A batch decision gives many items one note: each note once.
    for reviewer, note in dict.fromkeys((i.reviewer, i.note) for i in call.items if i.note):
        cells.append(text(ctx.label("note_by", reviewer=reviewer, note=note), S.small))
    return cells


def coaching(ctx: ReportContext, figures: Figures, limit: int) -> list[Flowable]:
    """The rules that weigh most (severity times frequency), critical ones first."""
    L, S = ctx.labels, ctx.styles
    most = figures.most_failed(limit)
    if not most:
        return headed(ctx, L["coaching"])
    width = content_width()
    blocks: list[Flowable] = []
    for stat in most:
        title = ctx.rule_title(stat.rule, stat.title)
        head = f"{title}\n{L[stat.severity.name]} · {ctx.label('times', count=stat.failed)}"
        example = stat.example
        cells: list[Flowable] = []
        if example:
            moment = ctx.where(example)
            where = f"{L['call']} {example.call_id}" + (f", {moment}" if moment != "-" else "")
            cells = [text(where, S.cell, ctx.link(example)), text(example.excerpt, S.cell)]
            if example.note:
                cells.append(text(ctx.label("note_by", reviewer=example.reviewer,
                                            note=example.note), S.small))  # fmt: skip
        rows = [[text(head, S.cell_bold), [text(L["example"], S.small), *cells]]]
        blocks.append(grid(rows, S, [0.38 * width, 0.62 * width], header=False))
    # The heading and the introduction stay with the first example; each example stays whole.
    first, *rest = blocks
    intro = KeepTogether([text(L["coaching_intro"], S.body), first])
    return headed(ctx, L["coaching"], intro, *(KeepTogether([block]) for block in rest))
