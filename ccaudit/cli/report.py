"""`ccaudit report`: per-agent PDFs and a team summary from the audit database."""

from __future__ import annotations

from pathlib import Path

import click

from ccaudit.cli.output_paths import refuse_report_onto_database
from ccaudit.errors import warning_line
from ccaudit.output.counts import counted
from ccaudit.store.database import translate_database_errors
from ccaudit.store.runs import RunRow, refuse_incomplete, stored_file_count

# ccaudit.report.labels.LANGUAGES, named here so that --help does not load the labels' imports
# (tests/cli/test_startup.py keeps the two the same).
REPORT_LANGUAGES = ("th", "en")


@click.command()
@click.option(
    "--db",
    required=True,
    type=click.Path(dir_okay=False, path_type=Path),
    help="Audit database written by `ccaudit audit`.",
)
@click.option("--run", "run_id", type=int, help="Report on this run (default: the latest).")
@click.option("--since", metavar="DATE", help="Report on every run since DATE (YYYY-MM-DD).")
@click.option("--agent", "agent_id", metavar="ID", help="Only this agent's PDF.")
@click.option(
    "--all", "all_agents", is_flag=True, help="Every agent plus the team summary (default)."
)
@click.option(
    "--out",
    "out_dir",
    required=True,
    type=click.Path(file_okay=False, path_type=Path),
    help="Directory for the PDFs (created if missing).",
)
@click.option("--lang", type=click.Choice(REPORT_LANGUAGES), default="th", show_default=True)
@click.option("--team", default="", help="Team name for the cover page.")
@click.option(
    "--allow-incomplete",
    is_flag=True,
    help="Report on a run that never finished (killed or interrupted), with a warning.",
)
@translate_database_errors
def report(db, run_id, since, agent_id, all_agents, out_dir, lang, team, allow_incomplete) -> None:
    """Write one PDF per agent plus a team summary PDF to --out.

    \b
    Examples:
      ccaudit report --db audit.db --out reports/
      ccaudit report --db audit.db --since 2026-11-01 --agent A-1001 --out reports/ --lang en
    """
    from ccaudit.report.writer import ReportRequest, select_runs, write_reports
    from ccaudit.store import open_database

    if run_id is not None and since:
        raise click.UsageError("use --run or --since, not both")
    if agent_id and all_agents:
        raise click.UsageError("use --agent or --all, not both")
    refuse_report_onto_database(out_dir, db)
    connection = open_database(db)
    try:
        request = ReportRequest(out_dir, lang, run_id, since, agent_id, team or db.stem)
        warn_of_incomplete_runs(connection, select_runs(connection, request), allow_incomplete)
        written = write_reports(connection, request)
    finally:
        connection.close()
    for path in written:
        click.echo(str(path))


def warn_of_incomplete_runs(connection, runs: list[RunRow], allow_incomplete: bool) -> None:
    """A run that never finished is refused; with --allow-incomplete, reported with a warning
    here and on the PDFs' cover."""
    if not allow_incomplete:
        refuse_incomplete(runs)
    for run in runs:
        if not run.complete:
            files = counted(stored_file_count(connection, run.id), "file")
            click.echo(
                warning_line(
                    f"run {run.id} is INCOMPLETE (the audit never finished): this report "
                    f"covers only the {files} it stored"
                ),
                err=True,
            )
