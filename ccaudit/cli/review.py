"""`ccaudit review`: list and show flagged items, decide on them, calibrate, export a baseline."""

from __future__ import annotations

from pathlib import Path

import click

from ccaudit import __version__
from ccaudit.cli.main_group import SuggestingGroup
from ccaudit.cli.output_paths import refuse_overwriting_database
from ccaudit.cli.review_options import (
    db_option,
    item_criteria,
    item_filter_options,
    pass_connection,
    reviewer_option,
    selection_of,
    selection_options,
)
from ccaudit.display_safe import display_safe
from ccaudit.errors import warning_line
from ccaudit.moments import clock, moment
from ccaudit.store import DECISIONS, write_baseline
from ccaudit.store.batch_decisions import DecisionRequest, decide_many, read_decision_file
from ccaudit.store.calibration import calibrate
from ccaudit.store.database import translate_database_errors
from ccaudit.store.flagged import UNREVIEWED, FlaggedItem, flagged_items
from ccaudit.store.hash_key import stored_key_check
from ccaudit.store.item_view import item_view
from ccaudit.store.recorder import utc_now
from ccaudit.store.review import latest_decisions
from ccaudit.store.runs import all_runs, latest_run


@click.group(cls=SuggestingGroup, invoke_without_command=True)
@db_option
@click.pass_context
def review(ctx: click.Context, db: Path | None) -> None:
    """Review flagged items: list and show them, decide on them, export a baseline.

    --db goes before or after the subcommand.

    \b
    Examples:
      ccaudit review list --db audit.db --from 2026-11-02 --severity high --status unreviewed
      ccaudit review list --db audit.db --worst 5
      ccaudit review show F12 --db audit.db
      export CCAUDIT_REVIEWER=Nok
      ccaudit review decide F12 F14 --db audit.db --decision false_positive --note "test card"
      ccaudit review decide --call TH-CALL-0001 --db audit.db --decision confirmed
      ccaudit review decide --file decisions.csv --db audit.db
      ccaudit review calibration Nok Ploy --db audit.db
      ccaudit review export-baseline --db audit.db --out ccaudit-baseline.json
    """
    ctx.obj = db
    if ctx.invoked_subcommand is None:
        ctx.invoke(list_items)


@review.command("list")
@item_filter_options
@click.option("--worst", type=click.IntRange(min=1), help="Only the N worst calls' items.")
@pass_connection
@translate_database_errors
def list_items(connection, worst=None, **filters) -> None:
    """Flagged findings and failed rules, worst first, with their short ids.

    Expected PII (the agent's own name, a value asked for to verify the caller) is listed
    with `(expected)` after its type; it never counts as an incident.
    """
    selection = selection_of(connection, filters)
    for run in all_runs(connection):
        if selection.run_ids and run.id in selection.run_ids and not run.complete:
            click.echo(
                warning_line(f"run {run.id} is INCOMPLETE (the audit never finished)"), err=True
            )
    criteria = item_criteria(filters)
    items = [i for i in flagged_items(connection, selection) if criteria.matches(i)]
    if worst:
        from ccaudit.store.scores import call_scores
        from ccaudit.store.triage import calls_to_review  # severity weights: the rule packs'

        calls = calls_to_review(items, call_scores(connection, selection))[:worst]
        items = [i for call in calls for i in sorted(call.items, key=_worst_first_in_call)]
    if items:
        click.echo(LIST_HEADER, err=True)  # stdout stays one item per line
    for item in items:
        click.echo(format_item(item))
    click.echo(f"{len(items)} items ({selection.describe()})", err=True)


@review.command()
@click.argument("item_id")
@db_option
@pass_connection
@translate_database_errors
def show(connection, item_id: str) -> None:
    """One item with its call and the masked turns around it (> marks the item's turn)."""
    view = item_view(connection, item_id)
    item = view.item
    click.echo(format_item(item))
    kind = f"rule: {item.title}" if item.identity.kind == "rule" else item.disposition
    click.echo(
        f"call {item.call_id} · agent {item.agent_id or '-'} · "
        f"{item.call_date or 'no call date'} · {kind}"
    )
    if item.also:
        click.echo(f"the same event also fails: {', '.join(item.also)}")
    others = [i for i in view.covered if i != item.item_id]
    if others:
        click.echo(f"a decision on it also covers: {', '.join(others)}")
    if item.status != UNREVIEWED:
        note = f": {item.note}" if item.note else ""
        click.echo(f"reviewed {item.status} by {item.reviewer}{note}")
    if not view.turns_stored:
        click.echo("(no turns stored for this call: it was audited before ccaudit kept them)")
    for turn in view.turns:
        mark = ">" if turn.turn == item.turn else " "
        lead = f"{mark} {moment(turn.turn, None):<8} {turn.role:<9} {clock(turn.start_ms):>7}  "
        text = turn.text.replace("\n", "\n" + " " * len(lead))
        click.echo(lead + text)


@review.command()
@click.argument("item_ids", nargs=-1)
@click.option("--decision", type=click.Choice(DECISIONS), help="For every item chosen.")
@reviewer_option
@click.option(
    "--note",
    default="",
    help="Why. Numbers, e-mails and names ccaudit finds in it are masked before storing.",
)
@click.option(
    "--file",
    "decision_file",
    type=click.Path(dir_okay=False, path_type=Path),
    help="CSV of decisions: item,decision[,note[,reviewer]] per row.",
)
@selection_options
@pass_connection
@translate_database_errors
def decide(connection, item_ids, decision, reviewer, note, decision_file, **filters) -> None:
    """Record decisions: on ITEM_IDS (F12 R7 ...), on every unreviewed item that the filters
    select (--call, --rule, --entity ..., as `review list` takes them), or from --file.

    Each line of output names every item the decision covers: the same value said again in
    the call, and the same item in other runs. Later runs of the call see the decision.
    """
    chosen = list(item_ids)
    if filters["call_id"] or filters["rule"] or filters["entity"]:
        filters["status"] = UNREVIEWED
        selection, criteria = selection_of(connection, filters), item_criteria(filters)
        chosen += [i.item_id for i in flagged_items(connection, selection) if criteria.matches(i)]
    if chosen and decision is None:
        raise click.UsageError("--decision is needed for the items chosen on the command line")
    requests = [DecisionRequest(item_id, decision, note) for item_id in chosen]
    if decision_file:
        requests += read_decision_file(decision_file)
    if not requests:
        raise click.UsageError("name items, or choose them with --call/--rule/--entity or --file")
    for outcome in decide_many(connection, requests, reviewer or ""):
        others = [i for i in outcome.covered if i != outcome.item_id]
        covers = f" (also covers {', '.join(others)})" if others else ""
        record = outcome.record
        click.echo(f"{outcome.item_id}: {record.decision} by {record.reviewer}{covers}")


@review.command()
@click.argument("first")
@click.argument("second")
@db_option
@pass_connection
@translate_database_errors
def calibration(connection, first: str, second: str) -> None:
    """How far reviewers FIRST and SECOND agree on the items both decided (Cohen's kappa)."""
    result = calibrate(connection, first, second)
    if not result.items:
        click.echo(f"{first} and {second} have decided no item in common")
        return
    kappa = (
        "undefined (each gave one decision throughout)"
        if result.kappa is None
        else f"{result.kappa:.2f} ({result.kappa_words})"
    )
    click.echo(
        f"{result.items} items decided by both: agreement {result.agreement * 100:.1f}%, "
        f"Cohen's kappa {kappa}"
    )
    corner = f"{first} \\ {second}"
    click.echo(f"{corner:<28}" + "".join(f"{d:>16}" for d in DECISIONS))
    for mine in DECISIONS:
        counts = "".join(f"{result.pairs[(mine, theirs)]:>16}" for theirs in DECISIONS)
        click.echo(f"{mine:<28}{counts}")
    for identity, mine, theirs in result.disagreements:
        what = identity.rule or f"{identity.entity} {identity.masked}".strip()
        click.echo(f"  {identity.document}  {what}: {first} {mine}, {second} {theirs}")


@review.command("export-baseline")
@click.option(
    "--out",
    required=True,
    type=click.Path(dir_okay=False, path_type=Path),
    help="Baseline file to write (JSON, atomically), e.g. ccaudit-baseline.json.",
)
@db_option
@pass_connection
@translate_database_errors
def export_baseline(connection, out: Path) -> None:
    """Write each item's latest decision to a baseline file for --baseline in CI."""
    refuse_overwriting_database(out, click.get_current_context().obj)
    run = latest_run(connection)
    records = latest_decisions(connection)
    write_baseline(
        out, records, __version__, run.recognizers, run.rule_packs, utc_now(),
        stored_key_check(connection),
    )  # fmt: skip
    click.echo(f"{out}: {len(records)} decisions", err=True)


@review.command()
@db_option
@pass_connection
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


def _worst_first_in_call(item: FlaggedItem) -> tuple:
    return (-item.severity, item.turn if item.turn is not None else -1, item.item_id)


_COLUMN_WIDTHS = (6, 8, 14, 16, 10, 14, 24, 0)


def _columns(values: tuple[str, ...]) -> str:
    return "  ".join(f"{v:<{w}}" if w else v for v, w in zip(values, _COLUMN_WIDTHS, strict=True))


LIST_HEADER = _columns(("ID", "SEVERITY", "STATUS", "CALL", "AGENT", "WHERE", "WHAT", "EXCERPT"))


def format_item(item: FlaggedItem) -> str:
    what = item.what + (" (expected)" if item.disposition == "expected" else "")
    return _columns(
        (
            item.item_id,
            item.severity.name,
            item.status,
            item.call_id,
            display_safe(item.agent_id) if item.agent_id else "-",
            moment(item.turn, item.start_ms),
            what,
            item.excerpt[:60],
        )
    )
