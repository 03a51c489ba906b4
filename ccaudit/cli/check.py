"""`ccaudit check`: script adherence of every call against rule packs."""

from __future__ import annotations

import click

from ccaudit.cli.ci_options import (
    fail_on_empty_option,
    refuse_empty_input,
    refuse_no_call_in_dates,
)
from ccaudit.cli.common import (
    baseline_option,
    build_read_options,
    fail_on_option,
    hash_key_option,
    input_options,
    lang_option,
    link_template_option,
    output_option,
    resolve_hash_key,
    rules_option,
    sarif_link_template,
    var_option,
)
from ccaudit.cli.engine_options import engine_option, jobs_option
from ccaudit.cli.output_paths import refuse_output_onto_inputs
from ccaudit.errors import batch_exit_code
from ccaudit.model import Severity
from ccaudit.output import RULE_FORMATS, rule_writer
from ccaudit.output.atomic import atomic_output
from ccaudit.output.counts import counted


@click.command()
@input_options
@rules_option
@var_option
@click.option(
    "--format",
    "fmt",
    type=click.Choice(RULE_FORMATS),
    default="table",
    show_default=True,
    help="table to read; json or jsonl for data; sarif for code scanning; junit (a test case "
    "per call and pack) for test dashboards.",
)
@output_option
@fail_on_option("medium")
@fail_on_empty_option
@lang_option(
    "Language of the calls (auto: by their share of Thai letters). Picks the default "
    "packs and the language of rule titles; th also shows the table's reasons in Thai."
)
@baseline_option
@hash_key_option
@click.option(
    "--from",
    "date_from",
    metavar="DATE",
    help="Only calls that took place on or after DATE (YYYY-MM-DD, from the source's call "
    "time); calls without a date are then left out and counted.",
)
@click.option("--to", "date_to", metavar="DATE", help="Only calls up to DATE, inclusive.")
@link_template_option
@jobs_option
@engine_option
def check(
    paths, format_in, agents_file, agent_speaker, agent_channel, column_map, quiet, no_infer_roles,
    max_line_chars,
    rule_packs, pack_vars, fmt, output, fail_on, fail_on_empty, lang, baseline, hash_key,
    date_from, date_to, link_template, jobs, engine,
):  # fmt: skip
    """Check every call in PATH... against script-adherence rule packs.

    Each call gets, per rule, pass, fail (a required step is missing), violation (a forbidden
    thing happened) or not_applicable (with the reason, e.g. "speaker roles unknown"), with
    evidence (turn, time, masked excerpt), and an adherence score weighted by severity.

    Without --rules, each call is checked against the bundled packs of its language
    (th-banking for Thai calls, en-support for English ones) and the language-neutral pci-dss.
    With --rules, every given pack applies to every call. --var org="Acme Bank" (or
    `vars:` in ./ccaudit.yaml) says what the deployment's greeting must name.

    \b
    Examples:
      ccaudit check fixtures/calls/
      ccaudit check calls/ --rules th-banking --rules pci-dss --format junit -o adherence.xml
      ccaudit check call.txt --rules my-pack.yaml --format jsonl --fail-on high
      ccaudit check hdfs:///exports/calls/ --engine spark --format jsonl -o results.jsonl
      ccaudit check calls/ --var org="Northwind Bank" --var org=Northwind
      ccaudit check calls/ --from 2026-11-02 --to 2026-11-08 --format sarif -o week.sarif
    """
    from ccaudit.adherence import load_packs
    from ccaudit.adherence.resolve import resolve_pack_paths
    from ccaudit.adherence.variables import run_variables
    from ccaudit.cli.progress import BatchProgress
    from ccaudit.pii import DetectorOptions
    from ccaudit.pipeline.call_dates import CallDateRange
    from ccaudit.pipeline.check import check_events
    from ccaudit.pipeline.engines import batch_events
    from ccaudit.pipeline.spec import AnalysisSpec
    from ccaudit.store.baseline import load_baseline
    from ccaudit.store.selection import parse_day

    link_template = sarif_link_template(link_template, fmt)
    dates = None
    if date_from or date_to:
        dates = CallDateRange(parse_day(date_from, "--from"), parse_day(date_to, "--to"))
    refuse_output_onto_inputs(output, [*paths, agents_file, baseline, *rule_packs])
    read_options = build_read_options(
        format_in, agents_file, agent_speaker, agent_channel, column_map,
        outputs=(output,), infer_roles=not no_infer_roles,
        max_line_chars=max_line_chars,
    )  # fmt: skip
    packs = tuple(load_packs(resolve_pack_paths(rule_packs), run_variables(pack_vars)))
    # The same key as scan and audit, so the findings the rules read carry the same
    # fingerprints (CCAUDIT_HASH_KEY is read by all three).
    detector = DetectorOptions(language=lang, hash_key=resolve_hash_key(hash_key))
    spec = AnalysisSpec(read_options, detector, packs, lang, not rule_packs)
    reviewed = load_baseline(baseline) if baseline else None
    events = batch_events(spec, paths, engine, jobs)
    with (
        atomic_output(output) as stream,
        BatchProgress(paths, read_options, quiet, "checking") as progress,
    ):
        writer = rule_writer(fmt, stream, lang, link_template)
        summary = check_events(events, writer, reviewed, progress.advance, dates)
        writer.finish(summary)
    if reviewed and not quiet:
        click.echo(
            f"ccaudit: {summary.suppressed_by_baseline} reviewed results set aside by the baseline",
            err=True,
        )
    if summary.left_out_by_date and not quiet:
        click.echo(
            f"ccaudit: {counted(summary.left_out_by_date, 'call')} outside --from/--to left out"
            f" ({summary.undated_left_out} without a call date)",
            err=True,
        )
    if not quiet and (output or fmt != "table"):
        click.echo(
            f"ccaudit: {counted(summary.files_done, 'file')}, "
            f"{counted(summary.calls, 'call')}, "
            f"{counted(summary.flagged_count, 'failed or violated rule')}, "
            f"{counted(len(summary.errors), 'input error')}",
            err=True,
        )
    refuse_empty_input(summary.files_done, len(summary.errors), paths, fail_on_empty)
    refuse_no_call_in_dates(
        summary.calls, summary.left_out_by_date, summary.undated_left_out, fail_on_empty
    )
    flagged = summary.flagged_at_or_above(Severity.parse(fail_on))
    click.get_current_context().exit(batch_exit_code(bool(summary.errors), flagged))
