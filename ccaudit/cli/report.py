"""`ccaudit report`: per-agent PDFs and a team summary from the audit database."""

from __future__ import annotations

from pathlib import Path

import click

from ccaudit.report import ReportRequest, write_reports
from ccaudit.report.labels import LANGUAGES
from ccaudit.report.periods import PERIODS
from ccaudit.store import open_database
from ccaudit.store.database import translate_database_errors


@click.command()
@click.option(
    "--db",
    required=True,
    type=click.Path(dir_okay=False, path_type=Path),
    help="Audit database written by `ccaudit audit`.",
)
@click.option("--run", "run_id", type=int, help="Report on this run (default: the latest).")
@click.option(
    "--from",
    "date_from",
    metavar="DATE",
    help="Calls that took place on or after DATE (YYYY-MM-DD); without --run, from every run.",
)
@click.option("--to", "date_to", metavar="DATE", help="Calls that took place up to DATE.")
@click.option("--since", "since", metavar="DATE", hidden=True, help="Same as --from.")
@click.option(
    "--period",
    type=click.Choice(PERIODS),
    default="week",
    show_default=True,
    help="Trend by the week or the month the calls took place.",
)
@click.option("--agent", "agent_id", metavar="ID", help="Only this agent's PDF.")
@click.option(
    "--all", "all_agents", is_flag=True, help="Every agent plus the team summary (default)."
)
@click.option(
    "--min-calls",
    type=click.IntRange(min=1),
    default=5,
    show_default=True,
    help="Rank agents with at least this many calls; fewer get a small-sample note.",
)
@click.option(
    "--link-template",
    metavar="URL",
    help="Makes each call and moment clickable, e.g. "
    "'https://recordings.example/calls/{call_id}?t={start_s}' "
    "(fields: {call_id}, {start_s}, {start_ms}, {turn}, {agent_id}).",
)
@click.option(
    "--out",
    "out_dir",
    required=True,
    type=click.Path(file_okay=False, path_type=Path),
    help="Directory for the PDFs (created if missing).",
)
@click.option("--lang", type=click.Choice(LANGUAGES), default="th", show_default=True)
@click.option("--team", default="", help="Team name for the title line.")
@translate_database_errors
def report(
    db, run_id, date_from, date_to, since, period, agent_id, all_agents, min_calls,
    link_template, out_dir, lang, team,
) -> None:  # fmt: skip
    """Write one PDF per agent plus a team summary PDF to --out.

    Page 1 of each is the scorecard (score per section against the team average, the trend
    by call date, PII incidents); then the calls to listen to, coaching and the details.

    \b
    Examples:
      ccaudit report --db audit.db --out reports/
      ccaudit report --db audit.db --from 2026-11-02 --to 2026-11-13 --out reports/ --lang en
      ccaudit report --db audit.db --agent A-1001 --period month --out reports/ \\
          --link-template "https://recordings.example/calls/{call_id}?t={start_s}"
    """
    if since and date_from:
        raise click.UsageError("use --from or --since, not both")
    if agent_id and all_agents:
        raise click.UsageError("use --agent or --all, not both")
    connection = open_database(db)
    try:
        written = write_reports(
            connection,
            ReportRequest(
                out_dir,
                lang,
                run_id,
                date_from or since,
                date_to,
                agent_id,
                team or db.stem,
                period,
                min_calls,
                link_template,
            ),  # fmt: skip
        )
    finally:
        connection.close()
    for path in written:
        click.echo(str(path))
