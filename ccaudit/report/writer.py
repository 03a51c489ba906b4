"""Writing the per-agent PDFs and the team summary, each atomically."""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

from ccaudit import __version__
from ccaudit.errors import CcauditError
from ccaudit.output.atomic import atomic_output
from ccaudit.report.agent_pdf import agent_story
from ccaudit.report.data import gather_figures
from ccaudit.report.labels import labels_for
from ccaudit.report.layout import Footer, build_pdf, make_styles
from ccaudit.report.rule_titles import localize_rule_titles
from ccaudit.report.sections import ReportContext
from ccaudit.report.team_pdf import team_story
from ccaudit.store.runs import RunRow, check_agent_known, get_run, latest_run, runs_since

TEAM_FILE = "team-summary.pdf"


@dataclass(frozen=True)
class ReportRequest:
    out_dir: Path
    lang: str = "en"
    run_id: int | None = None
    since: str | None = None
    agent_id: str | None = None
    team: str = ""


def select_runs(connection: sqlite3.Connection, request: ReportRequest) -> list[RunRow]:
    if request.run_id is not None:
        return [get_run(connection, request.run_id)]
    if request.since:
        try:
            date.fromisoformat(request.since)
        except ValueError:
            raise CcauditError(
                f"--since expects a date such as 2026-11-01, got {request.since!r}"
            ) from None
        return runs_since(connection, request.since)
    return [latest_run(connection)]


def write_reports(connection: sqlite3.Connection, request: ReportRequest) -> list[Path]:
    """One PDF per agent (or only --agent's) plus, for all agents, the team summary."""
    runs = select_runs(connection, request)
    if request.agent_id:
        check_agent_known(connection, request.agent_id)
    _prepare_directory(request.out_dir)
    ctx = _context(runs, request)
    figures = gather_figures(connection, runs, lang=request.lang)
    if not figures:
        raise CcauditError("the selected runs hold no calls")
    localize_rule_titles(figures, request.lang)
    if request.agent_id and request.agent_id not in figures:
        raise CcauditError(f"agent {request.agent_id!r} has no calls in the selected runs")
    labels = ctx.labels
    footer = Footer(
        labels["confidential"], f"{labels['generated_at']} {ctx.generated_at}", labels["page"]
    )
    written = []
    for agent_id, agent in figures.items():
        if request.agent_id and agent_id != request.agent_id:
            continue
        path = request.out_dir / f"agent-{safe_name(agent_id)}.pdf"
        with atomic_output(path, binary=True) as stream:
            build_pdf(stream, agent_story(ctx, agent), footer, ctx.agent_name(agent_id))
        written.append(path)
    if request.agent_id is None:
        team_figures = gather_figures(connection, runs, team=True, lang=request.lang)
        localize_rule_titles(team_figures, request.lang)
        team = team_figures[None]
        path = request.out_dir / TEAM_FILE
        with atomic_output(path, binary=True) as stream:
            build_pdf(stream, team_story(ctx, team, list(figures.values())), footer, ctx.team)
        written.append(path)
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


def _context(runs: list[RunRow], request: ReportRequest) -> ReportContext:
    labels = labels_for(request.lang)
    first, last = runs[0], runs[-1]
    if len(runs) == 1:
        period = f"{labels['runs']} #{first.id}: {first.started_at[:10]}"
    else:
        period = (
            f"{first.started_at[:10]} – {last.started_at[:10]} "
            f"({labels['runs']} #{first.id}–#{last.id})"
        )
    if not all(run.complete for run in runs):
        period += f" ({labels['incomplete']})"
    packs = {f"{p['pack']} {p['version']}" for run in runs for p in run.rule_packs}
    return ReportContext(
        lang=request.lang,
        labels=labels,
        styles=make_styles(),
        team=request.team or "-",
        period=period,
        tool_version=", ".join(sorted({r.tool_version for r in runs} | {__version__})),
        rule_packs=", ".join(sorted(packs)) or "-",
        generated_at=datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
    )
