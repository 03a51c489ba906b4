"""`ccaudit report`: per-agent PDFs and a team summary from the audit database."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from ccaudit.cli.common import link_template_option
from ccaudit.cli.output_paths import refuse_report_onto_database
from ccaudit.errors import CcauditError, warning_line
from ccaudit.output.counts import counted
from ccaudit.store.database import translate_database_errors
from ccaudit.store.runs import RunRow, refuse_incomplete, stored_file_count

# ccaudit.report.labels.LANGUAGES and ccaudit.report.periods.PERIODS, named here so that
# --help does not load the labels' imports (tests/cli/test_startup.py keeps them the same).
REPORT_LANGUAGES = ("th", "en")
REPORT_PERIODS = ("week", "month")


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
@click.option(
    "--since", metavar="DATE", help="Every run audited on or after DATE (not the calls' dates)."
)
@click.option(
    "--period",
    type=click.Choice(REPORT_PERIODS),
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
@link_template_option
@click.option(
    "--out",
    "out_dir",
    required=True,
    type=click.Path(file_okay=False, path_type=Path),
    help="Directory for the PDFs (created if missing).",
)
@click.option(
    "--lang",
    type=click.Choice(REPORT_LANGUAGES),
    default="th",
    show_default=True,
    help="Language of the PDFs: headings, rule names and reasons.",
)
@click.option("--team", default="", help="Team name for the title line.")
@click.option(
    "--allow-incomplete",
    is_flag=True,
    help="Report on a run that never finished (killed or interrupted), with a warning.",
)
@translate_database_errors
def report(
    db, run_id, date_from, date_to, since, period, agent_id, all_agents, min_calls,
    link_template, out_dir, lang, team, allow_incomplete,
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
    from ccaudit.report.writer import ReportRequest, report_runs, write_reports
    from ccaudit.store import open_database

    if run_id is not None and since:
        raise click.UsageError("use --run or --since, not both")
    if agent_id and all_agents:
        raise click.UsageError("use --agent or --all, not both")
    if out_dir.suffix.lower() == ".pdf" and not out_dir.exists():
        raise CcauditError(
            f"{out_dir}: --out is the folder the PDFs go to (one per agent, and "
            "team-summary.pdf), not a PDF file"
        )
    refuse_report_onto_database(out_dir, db)
    connection = open_database(db)
    try:
        request = ReportRequest(
            out_dir, lang, run_id, date_from, date_to, agent_id, team or db.stem,
            since=since, period=period, min_calls=min_calls, link_template=link_template,
        )  # fmt: skip
        warn_of_incomplete_runs(connection, report_runs(connection, request), allow_incomplete)
        write_reports(connection, request, _print_as_written)
    finally:
        connection.close()


def _print_as_written(path: Path, done: int, total: int) -> None:
    """Each PDF's path as soon as it is in place, so a long run shows where it is; on a
    terminal, with its count."""
    count = f"  ({done}/{total})" if sys.stdout.isatty() else ""
    click.echo(f"{path}{count}")


def warn_of_incomplete_runs(connection, runs: list[RunRow], allow_incomplete: bool) -> None:
    """A run that never finished is refused; with --allow-incomplete, reported with a warning
    here and on the PDFs' title line."""
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
