"""Writing the per-agent PDFs and the team summary, each atomically."""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from ccaudit import __version__
from ccaudit.display_safe import display_safe
from ccaudit.errors import CcauditError
from ccaudit.moments import check_link_template
from ccaudit.output.atomic import atomic_output
from ccaudit.report.agent_pdf import agent_story
from ccaudit.report.data import Figures, gather_figures
from ccaudit.report.labels import labels_for
from ccaudit.report.layout import Footer, build_pdf, make_styles
from ccaudit.report.periods import PERIODS
from ccaudit.report.sections import ReportContext
from ccaudit.report.team_pdf import team_story
from ccaudit.store.runs import RunRow, all_runs
from ccaudit.store.selection import CallSelection, select_calls

TEAM_FILE = "team-summary.pdf"


@dataclass(frozen=True)
class ReportRequest:
    out_dir: Path
    lang: str = "en"
    run_id: int | None = None
    date_from: str | None = None
    date_to: str | None = None
    agent_id: str | None = None
    team: str = ""
    # Runs audited on or after this day (the calls' own dates are date_from/date_to).
    since: str | None = None
    period: str = "week"
    # Agents with fewer calls are not ranked, and their scorecard says the sample is small.
    min_calls: int = 5
    link_template: str | None = None


def report_selection(connection: sqlite3.Connection, request: ReportRequest) -> CallSelection:
    """Every agent's calls in the runs and dates asked for: the team average compares like
    with like (--agent picks whose PDF is written, not whose calls are averaged)."""
    selection = select_calls(
        connection, request.run_id, request.date_from, request.date_to, request.agent_id,
        since=request.since,
    )  # fmt: skip
    return CallSelection(selection.run_ids, selection.date_from, selection.date_to)


def report_runs(connection: sqlite3.Connection, request: ReportRequest) -> list[RunRow]:
    return runs_covered(connection, report_selection(connection, request))


def write_reports(
    connection: sqlite3.Connection,
    request: ReportRequest,
    on_written: Callable[[Path, int, int], None] | None = None,
) -> list[Path]:
    """One PDF per agent (or only --agent's) plus, for all agents, the team summary.
    `on_written(path, done, total)` is called as each PDF is in place: a week of 200 agents
    takes minutes."""
    if request.period not in PERIODS:
        raise CcauditError(f"--period is one of {', '.join(PERIODS)}, not {request.period!r}")
    if request.link_template:
        check_link_template(request.link_template)
    everyone = report_selection(connection, request)
    figures = gather_figures(connection, everyone, request.period, request.lang)
    if request.agent_id and request.agent_id not in figures.agents:
        raise CcauditError(f"agent {request.agent_id!r} has no calls in the selection")
    if not figures.team.calls:
        dates = f" from {everyone.date_from or '…'} to {everyone.date_to or '…'}"
        raise CcauditError("the selected runs hold no calls" + (dates if everyone.dated else ""))
    _prepare_directory(request.out_dir)
    ctx = _context(connection, everyone, figures.team, request)
    labels = ctx.labels
    footer = Footer(
        labels["confidential"], f"{labels['generated_at']} {ctx.generated_at}", labels["page"]
    )
    chosen = [a for a in figures.agents if not request.agent_id or a == request.agent_id]
    total = len(chosen) + (request.agent_id is None)
    written: list[Path] = []

    def done(path: Path) -> None:
        written.append(path)
        if on_written:
            on_written(path, len(written), total)

    for agent_id in chosen:
        path = request.out_dir / f"agent-{safe_name(agent_id)}.pdf"
        with atomic_output(path, binary=True) as stream:
            story = agent_story(ctx, figures.agents[agent_id], figures.team)
            build_pdf(stream, story, footer, ctx.agent_name(agent_id))
        done(path)
    if request.agent_id is None:
        path = request.out_dir / TEAM_FILE
        with atomic_output(path, binary=True) as stream:
            story = team_story(ctx, figures.team, list(figures.agents.values()))
            build_pdf(stream, story, footer, ctx.team)
        done(path)
    return written


def is_report_file_name(name: str) -> bool:
    return name == TEAM_FILE or (name.startswith("agent-") and name.endswith(".pdf"))


def safe_name(agent_id: str | None) -> str:
    return re.sub(r"[^\w.-]", "_", agent_id) if agent_id else "unassigned"


def _prepare_directory(out_dir: Path) -> None:
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise CcauditError(
            f"{out_dir}: cannot create the output directory ({exc.strerror})"
        ) from None


def _context(
    connection: sqlite3.Connection, selection: CallSelection, team: Figures, request: ReportRequest
) -> ReportContext:
    labels = labels_for(request.lang)
    runs = runs_covered(connection, selection)
    # The days the calls took place, else the range asked for.
    dates = sorted(c.call_date for c in team.calls if c.call_date)
    first = dates[0] if dates else selection.date_from or "…"
    last = dates[-1] if dates else selection.date_to or "…"
    period = f"{first} – {last}"
    if not all(run.complete for run in runs):
        period += f" ({labels['incomplete']})"
    packs = {f"{p['pack']} {p['version']}" for run in runs for p in run.rule_packs}
    return ReportContext(
        lang=request.lang,
        labels=labels,
        styles=make_styles(),
        # Typed by whoever runs the report, or the database file's name: a name like any other.
        team=display_safe(request.team) if request.team else "-",
        period=period,
        tool_version=", ".join(sorted({r.tool_version for r in runs} | {__version__})),
        rule_packs=", ".join(sorted(packs)) or "-",
        runs=", ".join(f"#{r.id} ({r.started_at[:10]})" for r in runs),
        generated_at=datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        period_kind=request.period,
        min_calls=request.min_calls,
        link_template=request.link_template,
    )


def runs_covered(connection: sqlite3.Connection, selection: CallSelection) -> list[RunRow]:
    """The runs a report covers: those asked for, or those holding its calls (less runs that
    never finished and that a later run replaced: their files are in it)."""
    if selection.run_ids is not None:
        return [run for run in all_runs(connection) if run.id in selection.run_ids]
    calls_sql, params = selection.call_rows_sql()
    ids = {
        row[0]
        for row in connection.execute(
            "SELECT DISTINCT rf.run_id FROM run_files rf JOIN calls c ON c.file_id = rf.file_id "
            f"WHERE c.id IN ({calls_sql})",
            params,
        )
    }
    return [
        run
        for run in all_runs(connection)
        if run.id in ids and (run.complete or run.replaced_by is None)
    ]
