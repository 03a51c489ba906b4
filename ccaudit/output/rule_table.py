"""Human-readable check report: a row per call, then the failed or violated rules.

It stays short however large the batch: the CALL_ROWS lowest-scoring calls and the first
FLAGGED_ROWS failed or violated rules, with a count of the rest.
"""

from __future__ import annotations

from typing import TextIO

from rich.table import Table

from ccaudit.adherence.reason_templates import TEMPLATES
from ccaudit.model import FLAGGED_STATUSES, RuleResult
from ccaudit.moments import clock, turn_number
from ccaudit.output.counts import counted
from ccaudit.output.streamed import WorstKept
from ccaudit.output.table import make_console
from ccaudit.pipeline.summary import CallScore, CheckSummary

CALL_ROWS = 100
FLAGGED_ROWS = 200
NAMED_UNCHECKED = 5
ROLES_UNKNOWN = TEMPLATES["roles_unknown"]["en"]


class RuleTableWriter:
    """`lang` th shows the reasons of results without evidence in Thai."""

    def __init__(self, stream: TextIO, lang: str = "en"):
        self.console = make_console(stream)
        self.lang = lang
        self.calls = WorstKept(CALL_ROWS, _call_badness)
        self.flagged: list[RuleResult] = []
        self.flagged_seen = 0
        self.roles_unknown: list[str] = []  # the first NAMED_UNCHECKED calls
        self.roles_unknown_seen = 0

    def add_call(self, call: CallScore, results: list[RuleResult]) -> None:
        self.calls.add(call)
        for result in results:
            if result.status in FLAGGED_STATUSES:
                self.flagged_seen += 1
                if len(self.flagged) < FLAGGED_ROWS:
                    self.flagged.append(result)
        # Every rule not applicable, and for want of roles: nothing of this call was checked.
        if any(r.reason == ROLES_UNKNOWN for r in results) and all(
            r.status == "not_applicable" for r in results
        ):
            self.roles_unknown_seen += 1
            if len(self.roles_unknown) < NAMED_UNCHECKED:
                self.roles_unknown.append(call.call_id)

    def finish(self, summary: CheckSummary) -> None:
        console = self.console
        console.print(
            f"Checked {counted(summary.calls, 'call')} in "
            f"{counted(summary.files_done, 'file')}: "
            f"{counted(self.flagged_seen, 'failed or violated rule')}"
            + (f", {counted(len(summary.errors), 'input error')}" if summary.errors else "")
        )
        console.print(self._calls_table())
        if self.flagged:
            console.print(self._flagged_table())
        if self.roles_unknown_seen:
            console.print(self._roles_unknown_note(), markup=False, highlight=False)
        for error in summary.errors:
            console.print(f"input error: {error}", markup=False, highlight=False)

    def _calls_table(self) -> Table:
        kept = self.calls.kept()
        title = "Adherence by call"
        if self.calls.left_out:
            title += f": the {len(kept)} lowest scores of {self.calls.seen} calls"
        table = Table(title=title, title_justify="left")
        for column in ("Call", "Agent", "Score", "Pass", "Fail", "Violation", "N/A"):
            table.add_column(column)
        for call in kept:
            s = call.statuses
            table.add_row(
                call.call_id,
                call.agent_id or "-",
                "-" if call.score is None else f"{call.score:.0%}",
                str(s["pass"]),
                str(s["fail"]),
                str(s["violation"]),
                str(s["not_applicable"]),
            )
        return table

    def _roles_unknown_note(self) -> str:
        named = ", ".join(self.roles_unknown)
        if self.roles_unknown_seen > len(self.roles_unknown):
            named += f" and {self.roles_unknown_seen - len(self.roles_unknown)} more"
        calls = counted(self.roles_unknown_seen, "call was", "calls were")
        return (
            f"{calls} not checked: no speaker could be told to be the agent ({named}). "
            "Name the agent's speaker label with --agent-speaker LABEL (or the agent's audio "
            "channel with --agent-channel)."
        )

    def _flagged_table(self) -> Table:
        title = "Failed and violated rules"
        if len(self.flagged) < self.flagged_seen:
            title = (
                f"First {len(self.flagged)} of {self.flagged_seen} failed and violated rules "
                "(--format jsonl lists all)"
            )
        table = Table(title=title, title_justify="left")
        for column in ("Call", "Rule", "Status", "Severity", "Turn", "Time", "Evidence / reason"):
            table.add_column(column)
        for r in self.flagged:
            table.add_row(
                r.call_id,
                r.rule_id,
                r.status,
                r.severity.name,
                "" if r.turn is None else str(turn_number(r.turn)),
                clock(r.start_ms),
                r.evidence or r.reason_in(self.lang),
            )
        return table


def _call_badness(call: CallScore) -> tuple[int, float]:
    """A lower score is worse; a call no rule applied to has no score and is the least bad."""
    return (0, 0.0) if call.score is None else (1, -call.score)
