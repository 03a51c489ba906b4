"""`ccaudit audit`: scan and check a batch in one pass and store it as one run."""

from __future__ import annotations

from pathlib import Path

import click

from ccaudit import __version__
from ccaudit.cli.ci_options import fail_on_empty_option, refuse_empty_input
from ccaudit.cli.common import (
    baseline_option,
    build_read_options,
    fail_on_option,
    hash_key_option,
    input_options,
    link_template_option,
    output_option,
    resolve_hash_key,
    rules_option,
    sarif_link_template,
    var_option,
    warn_of_baseline_key,
)
from ccaudit.cli.engine_options import jobs_option
from ccaudit.cli.output_paths import refuse_output_onto_inputs, refuse_unwritable_output
from ccaudit.errors import CcauditError, batch_exit_code
from ccaudit.model import Severity
from ccaudit.output.counts import counted
from ccaudit.store.database import translate_database_errors
from ccaudit.store.run_summary import RunSummary


@click.command()
@input_options
@rules_option
@var_option
@click.option(
    "--db",
    required=True,
    type=click.Path(dir_okay=False, path_type=Path),
    help="Audit database (SQLite file; created on first use).",
)
@hash_key_option
@baseline_option
@fail_on_option("low")
@fail_on_empty_option
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["sarif"]),
    help="Also write the run's findings and failed or violated rules in this format "
    "(reviewed items marked as suppressed), to stdout or -o.",
)
@output_option
@link_template_option
@jobs_option
@translate_database_errors
def audit(
    paths, format_in, agents_file, agent_speaker, agent_channel, column_map, quiet, no_infer_roles,
    max_line_chars,
    rule_packs, pack_vars, db, hash_key, baseline, fail_on, fail_on_empty, fmt, output,
    link_template, jobs,
):  # fmt: skip
    """Scan and check PATH... in one pass and store the results as one run in --db.

    Unchanged files (same content, rules and options) are linked to the new run rather
    than stored twice. Items reviewed as false_positive or accepted_risk (in the database
    or in --baseline) do not count towards the exit code.

    \b
    Examples:
      ccaudit audit fixtures/ --db audit.db
      ccaudit audit calls/ --rules rules/th-banking.yaml --db audit.db --agents agents.csv
      ccaudit audit calls/ --db audit.db --format sarif -o ccaudit.sarif
    """
    from ccaudit.adherence import adherence_score, load_packs
    from ccaudit.adherence.resolve import resolve_pack_paths
    from ccaudit.adherence.variables import run_variables
    from ccaudit.cli.progress import BatchProgress
    from ccaudit.output.atomic import atomic_output
    from ccaudit.output.sarif import write_reviewed_items
    from ccaudit.pii import DEFAULT_ENTITIES, DetectorOptions
    from ccaudit.pipeline.audit import analysis_signature, audit_events, audit_items
    from ccaudit.pipeline.engines import local_engine
    from ccaudit.pipeline.spec import AnalysisSpec
    from ccaudit.store import RunInfo, RunRecorder, load_baseline, open_database
    from ccaudit.store.hash_key import check_hash_key
    from ccaudit.store.run_items import run_errors, run_items
    from ccaudit.store.run_summary import summarize_run

    if output and not fmt:
        raise CcauditError("-o/--output needs --format sarif")
    link_template = sarif_link_template(link_template, fmt)
    refuse_output_onto_inputs(db, [*paths, agents_file, baseline, *rule_packs], "--db")
    refuse_output_onto_inputs(output, [*paths, agents_file, baseline, *rule_packs, db])
    refuse_unwritable_output(output, "-o")  # written once the run is stored
    read_options = build_read_options(
        format_in, agents_file, agent_speaker, agent_channel, column_map,
        outputs=(db, output), infer_roles=not no_infer_roles,
        max_line_chars=max_line_chars,
    )  # fmt: skip
    packs = load_packs(resolve_pack_paths(rule_packs), run_variables(pack_vars))
    key = resolve_hash_key(hash_key)
    reviewed = load_baseline(baseline) if baseline else None
    if reviewed:
        warn_of_baseline_key(baseline, reviewed, key)
    info = RunInfo(
        tool_version=__version__,
        recognizers=list(DEFAULT_ENTITIES),
        rule_packs=[{"pack": p.name, "version": p.version} for p in packs],
        options={"format_in": format_in, "agent_speaker": agent_speaker},
        hash_keyed=key is not None,
    )
    spec = AnalysisSpec(
        read_options,
        DetectorOptions(hash_key=key),
        tuple(packs),
        match_language=not rule_packs,
        keep_context=True,
    )
    engine = local_engine(spec.build(), jobs)
    connection = open_database(db, create=True)
    recorder = None
    try:
        check_hash_key(connection, db, key)
        recorder = RunRecorder(connection, info, adherence_score)
        signature = analysis_signature(info, read_options, key)
        items = audit_items(paths, read_options, recorder, signature, key)
        with BatchProgress(paths, read_options, quiet, "auditing") as progress:
            outcome = audit_events(engine.run(items), recorder, signature, progress.advance)
        summary = summarize_run(connection, recorder.run_id, reviewed)
        # The store holds a file's content once per run: a second copy under another name
        # is linked to the first and, untold, would leave the user short of files.
        duplicates = outcome.files_stored + outcome.files_reused - summary.files_stored
        duplicates -= summary.files_reused
        if fmt:
            with atomic_output(output) as stream:
                stored = run_items(connection, recorder.run_id, reviewed)
                errors = run_errors(connection, recorder.run_id)
                write_reviewed_items(stream, stored, errors, link_template)
    finally:
        if recorder is not None:
            recorder.keep_whole_files()
        connection.close()
    if not quiet:
        click.echo("\n".join(summary_lines(summary, duplicates)), err=True)
    files_read = summary.files_stored + summary.files_reused
    refuse_empty_input(files_read, summary.unreadable, paths, fail_on_empty)
    worst = summary.worst_new()
    flagged = worst is not None and worst >= Severity.parse(fail_on)
    click.get_current_context().exit(batch_exit_code(summary.unreadable > 0, flagged))


def summary_lines(summary: RunSummary, duplicates: int = 0) -> list[str]:
    lines = [
        f"ccaudit: run {summary.run_id}: {counted(summary.calls, 'call')}, "
        f"{counted(summary.agents, 'agent')}, {counted(summary.files_stored, 'file')} stored, "
        f"{summary.files_reused} unchanged, {counted(summary.unreadable, 'input error')}",
    ]
    if duplicates:
        lines.append(
            f"  {counted(duplicates, 'file')} left out: the same content as another file of "
            "this run, whose calls count once"
        )
    if summary.undated:
        lines.append(
            f"  {counted(summary.undated, 'call')} without a call date "
            "(counted apart in trends; left out by --from/--to)"
        )
    if summary.mean_score is not None:
        mean = summary.mean_score * 100
        scored = counted(summary.scored, "scored call")
        zeroed = counted(summary.auto_failed, "call")
        lines.append(f"  mean call score {mean:.1f}% over {scored}; {zeroed} zeroed by auto-fail")
    if summary.incidents_by_entity:
        counts = ", ".join(f"{e} {n}" for e, n in summary.incidents_by_entity.most_common())
        lines.append(f"  PII incidents: {counts}")
    if summary.expected_by_entity:
        counts = ", ".join(f"{e} {n}" for e, n in summary.expected_by_entity.most_common())
        lines.append(f"  expected PII (agent's own name, verification asked for): {counts}")
    if summary.failures_by_rule:
        counts = ", ".join(f"{r} {n}" for r, n in summary.failures_by_rule.most_common(8))
        lines.append(f"  rule failures: {counts}")
    new = sum(summary.new_by_severity.values())
    lines.append(f"  new items: {new}; set aside by review or baseline: {summary.suppressed}")
    return lines
