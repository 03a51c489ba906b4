"""Options the review subcommands share: the database (before or after the subcommand), which
calls and items, and who is reviewing."""

from __future__ import annotations

import functools
import os
import tomllib
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from ccaudit.model import Severity
from ccaudit.store import open_database
from ccaudit.store.decisions import DECISIONS
from ccaudit.store.flagged import UNREVIEWED
from ccaudit.store.item_criteria import ItemCriteria
from ccaudit.store.selection import CallSelection, select_calls

REVIEWER_ENV = "CCAUDIT_REVIEWER"
CONFIG_ENV = "CCAUDIT_CONFIG"
STATUSES = ("all", UNREVIEWED, *DECISIONS)
CLASSES = ("all", "incident", "expected")

db_option = click.option(
    "--db",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Audit database written by `ccaudit audit` (before or after the subcommand).",
)


def pass_connection(command: Callable[..., Any]) -> Callable[..., Any]:
    """Open the database named on the subcommand or on `review` when the subcommand runs, so
    `--help` needs none."""

    @click.pass_context
    @functools.wraps(command)
    def opened(ctx: click.Context, *args: Any, db: Path | None = None, **kwargs: Any) -> Any:
        path = ctx.obj = db or ctx.obj
        if path is None:
            raise click.UsageError("Missing option '--db' (before or after the subcommand).")
        connection = open_database(path)
        try:
            return command(connection, *args, **kwargs)
        finally:
            connection.close()

    return opened


def _options(*decorators: Callable) -> Callable:
    def apply(command: Callable) -> Callable:
        for decorator in reversed(decorators):
            command = decorator(command)
        return command

    return apply


selection_options = _options(
    db_option,
    click.option("--run", "run_id", type=int, help="Run id (default: the latest run)."),
    click.option(
        "--from", "date_from", metavar="DATE",
        help="Calls that took place on or after DATE (YYYY-MM-DD); without --run, every run.",
    ),
    click.option("--to", "date_to", metavar="DATE", help="Calls up to DATE, inclusive."),
    click.option("--agent", "agent_id", help="Only this agent's calls."),
    click.option("--call", "call_id", help="Only this call."),
    click.option(
        "--severity", type=click.Choice([s.name for s in Severity]),
        help="Only items at or above this severity.",
    ),
    click.option("--rule", help="Only this rule (pack:rule-id or rule-id)."),
    click.option("--entity", help="Only findings of this type (CREDIT_CARD, TH_TNIN ...)."),
)  # fmt: skip

item_filter_options = _options(
    selection_options,
    click.option(
        "--status", type=click.Choice(STATUSES), default="all", show_default=True,
        help="Only items with this review status.",
    ),
    click.option(
        "--class", "item_class", type=click.Choice(CLASSES), default="all", show_default=True,
        help="Only incidents, or only expected PII.",
    ),
)  # fmt: skip


def selection_of(connection, filters: dict) -> CallSelection:
    return select_calls(
        connection,
        filters["run_id"],
        filters["date_from"],
        filters["date_to"],
        filters["agent_id"],
        filters["call_id"],
    )


def item_criteria(filters: dict) -> ItemCriteria:
    severity = filters.get("severity")
    return ItemCriteria(
        min_severity=Severity.parse(severity) if severity else None,
        rule=filters.get("rule"),
        entity=filters.get("entity"),
        status=filters.get("status", "all"),
        item_class=filters.get("item_class", "all"),
    )


def default_reviewer() -> str | None:
    """CCAUDIT_REVIEWER, else `reviewer` under [review] in the config file
    ($CCAUDIT_CONFIG, or ~/.config/ccaudit/config.toml)."""
    if os.environ.get(REVIEWER_ENV, "").strip():
        return os.environ[REVIEWER_ENV].strip()
    config = Path(os.environ.get(CONFIG_ENV) or Path.home() / ".config" / "ccaudit" / "config.toml")
    try:
        document = tomllib.loads(config.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        return None
    reviewer = document.get("review", {}).get("reviewer")
    return reviewer.strip() if isinstance(reviewer, str) and reviewer.strip() else None


reviewer_option = click.option(
    "--reviewer",
    callback=lambda ctx, param, value: value or default_reviewer(),
    help=f"Who decides (default: {REVIEWER_ENV}, or reviewer under [review] in "
    "~/.config/ccaudit/config.toml).",
)
