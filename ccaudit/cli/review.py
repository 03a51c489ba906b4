"""`ccaudit review`: list flagged items, record decisions, export a baseline."""

from __future__ import annotations

import functools
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from ccaudit import __version__
from ccaudit.cli.output_paths import refuse_overwriting_database
from ccaudit.display_safe import display_safe
from ccaudit.errors import warning_line
from ccaudit.store import DECISIONS, open_database, write_baseline
from ccaudit.store.database import translate_database_errors
from ccaudit.store.flagged import UNREVIEWED, FlaggedItem, flagged_items
from ccaudit.store.recorder import utc_now
from ccaudit.store.review import latest_decisions, record_decision
from ccaudit.store.runs import all_runs, check_agent_known, get_run, latest_run

STATUSES = ("all", UNREVIEWED, *DECISIONS)


@click.group(invoke_without_command=True)
@click.option(
    "--db",
    required=True,
    type=click.Path(dir_okay=False, path_type=Path),
    help="Audit database written by `ccaudit audit`.",
)
@click.pass_context
def review(ctx: click.Context, db: Path) -> None:
    """Review flagged items: list them, decide on each, export the decisions as a baseline.

    \b
    Examples:
      ccaudit review --db audit.db list --status unreviewed
      ccaudit review --db audit.db decide F12 --decision false_positive --reviewer Nok \\
          --note "test card from the training script"
      ccaudit review --db audit.db export-baseline --out ccaudit-baseline.json
    """
    ctx.obj = db
    if ctx.invoked_subcommand is None:
        ctx.invoke(list_items)


def _pass_connection(command: Callable[..., Any]) -> Callable[..., Any]:
    """Open the group's database when a subcommand runs, so `--help` needs none."""

    @click.pass_context
    @functools.wraps(command)
    def opened(ctx: click.Context, *args: Any, **kwargs: Any) -> Any:
        connection = open_database(ctx.obj)
        try:
            return command(connection, *args, **kwargs)
        finally:
            connection.close()

    return opened


@review.command("list")
@click.option("--run", "run_id", type=int, help="Run id (default: the latest run).")
@click.option("--agent", "agent_id", help="Only this agent's calls.")
@click.option(
    "--status",
    type=click.Choice(STATUSES),
    default="all",
    show_default=True,
    help="Only items with this review status.",
)
@_pass_connection
@translate_database_errors
def list_items(connection, run_id=None, agent_id=None, status="all") -> None:
    """Flagged findings and failed rules, worst first, with their short ids."""
    run = get_run(connection, run_id) if run_id else latest_run(connection)
    if not run.complete:
        click.echo(warning_line(f"run {run.id} is INCOMPLETE (the audit never finished)"), err=True)
    if agent_id:
        check_agent_known(connection, agent_id)
    shown = 0
    for item in flagged_items(connection, [run.id], agent_id):
        if status in ("all", item.status):
            if not shown:
                click.echo(LIST_HEADER, err=True)  # stdout stays one item per line
            click.echo(format_item(item))
            shown += 1
    click.echo(f"{shown} items in run {run.id} ({run.started_at})", err=True)


@review.command()
@click.argument("item_id")
@click.option("--decision", required=True, type=click.Choice(DECISIONS))
@click.option("--reviewer", required=True, help="Who decided.")
@click.option("--note", default="", help="Why (numbers in it are masked before storing).")
@_pass_connection
@translate_database_errors
def decide(connection, item_id: str, decision: str, reviewer: str, note: str) -> None:
    """Record a decision on ITEM_ID such as F12 or R7; later runs of the call see it."""
    record_decision(connection, item_id, decision, reviewer, note)
    click.echo(f"{item_id}: {decision} by {reviewer.strip()}")


@review.command("export-baseline")
@click.option("--out", required=True, type=click.Path(dir_okay=False, path_type=Path))
@_pass_connection
@translate_database_errors
def export_baseline(connection, out: Path) -> None:
    """Write each item's latest decision to a baseline file for --baseline in CI."""
    refuse_overwriting_database(out, click.get_current_context().obj)
    run = latest_run(connection)
    records = latest_decisions(connection)
    write_baseline(out, records, __version__, run.recognizers, run.rule_packs, utc_now())
    click.echo(f"{out}: {len(records)} decisions", err=True)


@review.command()
@_pass_connection
@translate_database_errors
def runs(connection) -> None:
    """The runs in the database, oldest first; INCOMPLETE marks one that never finished."""
    for run in all_runs(connection):
        packs = ", ".join(f"{p['pack']} {p['version']}" for p in run.rule_packs)
        state = "finished" if run.complete else "INCOMPLETE"
        line = f"{run.id:>4}  {run.started_at}  {state:<10}  ccaudit {run.tool_version}  {packs}"
        if not run.complete:
            line += "  (never finished"
            line += f"; replaced by run {run.replaced_by})" if run.replaced_by else ")"
        click.echo(line.rstrip())


_COLUMN_WIDTHS = (6, 8, 14, 16, 10, 13, 24, 0)


def _columns(values: tuple[str, ...]) -> str:
    return "  ".join(f"{v:<{w}}" if w else v for v, w in zip(values, _COLUMN_WIDTHS, strict=True))


LIST_HEADER = _columns(("ID", "SEVERITY", "STATUS", "CALL", "AGENT", "WHERE", "WHAT", "EXCERPT"))


def format_item(item: FlaggedItem) -> str:
    turn = f"turn {item.turn + 1}" if item.turn is not None else "-"
    where = f"{turn} {format_offset(item.start_ms)}".strip()
    return _columns(
        (
            item.item_id,
            item.severity.name,
            item.status,
            item.call_id,
            display_safe(item.agent_id) if item.agent_id else "-",
            where,
            item.what,
            item.excerpt[:60],
        )
    )


def format_offset(start_ms: int | None) -> str:
    if start_ms is None:
        return ""
    seconds = start_ms // 1000
    return f"{seconds // 60:02d}:{seconds % 60:02d}"
