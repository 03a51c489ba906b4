"""Human-readable check report: one row per call, then every failed or violated rule."""

from __future__ import annotations

import io

from rich.table import Table

from ccaudit.model import RuleResult
from ccaudit.moments import clock, turn_number
from ccaudit.output.counts import counted
from ccaudit.output.summary import CheckSummary
from ccaudit.output.table import make_console


def render_rule_table(
    results: list[RuleResult], summary: CheckSummary, stream=None, lang: str = "en"
) -> str:
    """`lang` th shows the reasons of results without evidence in Thai."""
    buffer = stream or io.StringIO()
    console = make_console(buffer)
    flagged = [r for r in results if r.status in ("fail", "violation")]
    console.print(
        f"Checked {counted(len(summary.calls), 'call')} in "
        f"{counted(summary.files_done, 'file')}: "
        f"{counted(len(flagged), 'failed or violated rule')}"
        + (f", {counted(len(summary.errors), 'input error')}" if summary.errors else "")
    )
    calls = Table(title="Adherence by call", title_justify="left")
    for column in ("Call", "Agent", "Score", "Pass", "Fail", "Violation", "N/A"):
        calls.add_column(column)
    for call in summary.calls:
        s = call.statuses
        calls.add_row(
            call.call_id,
            call.agent_id or "-",
            "-" if call.score is None else f"{call.score:.0%}",
            str(s["pass"]),
            str(s["fail"]),
            str(s["violation"]),
            str(s["not_applicable"]),
        )
    console.print(calls)
    if flagged:
        detail = Table(title="Failed and violated rules", title_justify="left")
        for column in ("Call", "Rule", "Status", "Severity", "Turn", "Time", "Evidence / reason"):
            detail.add_column(column)
        for r in flagged:
            detail.add_row(
                r.call_id,
                r.rule_id,
                r.status,
                r.severity.name,
                "" if r.turn is None else str(turn_number(r.turn)),
                clock(r.start_ms),
                r.evidence or r.reason_in(lang),
            )
        console.print(detail)
    for error in summary.errors:
        console.print(f"input error: {error}", markup=False, highlight=False)
    return "" if stream else buffer.getvalue()
