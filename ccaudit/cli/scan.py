"""`ccaudit scan`: find cards, bank accounts, Thai IDs and other PII in a batch."""

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
    lang_option,
    link_template_option,
    output_option,
    resolve_hash_key,
    sarif_link_template,
    warn_of_baseline_key,
)
from ccaudit.cli.engine_options import engine_option, jobs_option
from ccaudit.cli.output_paths import refuse_output_onto_inputs, refuse_unwritable_output
from ccaudit.errors import CcauditError, batch_exit_code
from ccaudit.model import Severity
from ccaudit.output import FINDING_FORMATS, finding_writer
from ccaudit.output.atomic import atomic_output
from ccaudit.output.counts import counted


def parse_entities(values: tuple[str, ...]) -> frozenset[str] | None:
    """None (ccaudit's own entities) unless asked; `all` is every known type."""
    from ccaudit.pii.registry import DEFAULT_ENTITIES, KNOWN_ENTITIES

    names = {n.strip().upper() for v in values for n in v.split(",") if n.strip()}
    if "ALL" in names:
        names = (names - {"ALL"}) | set(KNOWN_ENTITIES)
    unknown = sorted(names - set(KNOWN_ENTITIES))
    if unknown:
        raise CcauditError(
            f"unknown entity {', '.join(unknown)}; choose from {', '.join(DEFAULT_ENTITIES)}, "
            "all, or an entity type of Presidio's (see the README)"
        )
    return frozenset(names) or None


@click.command()
@input_options
@click.option(
    "--format",
    "fmt",
    type=click.Choice(FINDING_FORMATS),
    default="table",
    show_default=True,
    help="table to read; json, jsonl or csv for data; sarif for code scanning; junit (a test "
    "case per file) for test dashboards.",
)
@output_option
@click.option(
    "--entities",
    multiple=True,
    metavar="A,B",
    help="Only these entity types (comma-separated or repeated), Presidio's own too (US_SSN,"
    " IP_ADDRESS, ...); 'all' is every type. Default: ccaudit's own.",
)
@click.option(
    "--min-score",
    type=click.FloatRange(0.0, 1.0),
    default=0.0,
    show_default=True,
    help="Drop findings scored below this.",
)
@fail_on_option("low")
@fail_on_empty_option
@lang_option("Language of the text; auto decides per turn.")
@hash_key_option
@baseline_option
@click.option(
    "--write-baseline",
    type=click.Path(dir_okay=False, path_type=Path),
    metavar="FILE",
    help="Write every finding to this baseline file as known (accepted_risk; decisions from "
    "--baseline are kept), to adopt ccaudit on an existing corpus. Findings it accepts do not "
    "fail this run.",
)
@click.option(
    "--spacy-model",
    metavar="NAME",
    help="An installed spaCy NER model (e.g. en_core_web_sm) to find English names too.",
)
@link_template_option
@jobs_option
@engine_option
def scan(
    paths, format_in, agents_file, agent_speaker, agent_channel, column_map, quiet, no_infer_roles,
    max_line_chars,
    fmt, output, entities, min_score, fail_on, fail_on_empty, lang, hash_key, baseline,
    write_baseline, spacy_model, link_template, jobs, engine,
):  # fmt: skip
    """Find card numbers, bank accounts, Thai IDs and other PII in PATH... (files or folders).

    \b
    Examples:
      ccaudit scan fixtures/
      ccaudit scan calls/ --format sarif -o ccaudit.sarif --fail-on high
      ccaudit scan calls/ --format sarif --link-template "https://rec.example/{call_id}?t={start_s}"
      ccaudit scan calls/ --format junit -o pii.xml --fail-on high
      ccaudit scan calls/ --hash-key "$KEY" --write-baseline ccaudit-baseline.json
      ccaudit scan export.json --entities CREDIT_CARD,TH_TNIN --format jsonl
      ccaudit scan s3a://bucket/calls/ --engine spark --format jsonl -o findings.jsonl
    """
    from ccaudit.cli.progress import BatchProgress
    from ccaudit.pii import DetectorOptions
    from ccaudit.pipeline.engines import batch_events
    from ccaudit.pipeline.scan import scan_events
    from ccaudit.pipeline.spec import AnalysisSpec

    link_template = sarif_link_template(link_template, fmt)
    refuse_output_onto_inputs(output, [*paths, agents_file, baseline])
    # --baseline may be the file --write-baseline rewrites: it is read before it is written.
    refuse_output_onto_inputs(write_baseline, [*paths, agents_file], "--write-baseline")
    refuse_unwritable_output(write_baseline, "--write-baseline")
    read_options = build_read_options(
        format_in, agents_file, agent_speaker, agent_channel, column_map,
        outputs=(output, write_baseline), infer_roles=not no_infer_roles,
        max_line_chars=max_line_chars,
    )  # fmt: skip
    detector = DetectorOptions(
        entities=parse_entities(entities),
        min_score=min_score,
        language=lang,
        hash_key=resolve_hash_key(hash_key),
        spacy_model=spacy_model,
    )
    reviewed = adoption = None  # the store loads only for a baseline
    if baseline:
        from ccaudit.store.baseline import load_baseline

        reviewed = load_baseline(baseline)
        warn_of_baseline_key(baseline, reviewed, detector.hash_key)
    if write_baseline:
        from ccaudit.store.baseline_adoption import BaselineAdoption
        from ccaudit.store.hash_key import key_check_value
        from ccaudit.store.recorder import utc_now

        adoption = BaselineAdoption(reviewed, utc_now(), key_check_value(detector.hash_key))
    events = batch_events(AnalysisSpec(read_options, detector), paths, engine, jobs)
    with (
        atomic_output(output) as stream,
        BatchProgress(paths, read_options, quiet, "scanning") as progress,
    ):

        def on_event(event: object) -> None:
            progress.advance(event)
            if adoption:
                adoption.see(event)

        writer = finding_writer(fmt, stream, Severity.parse(fail_on), link_template)
        summary = scan_events(events, writer, reviewed, on_event)
        writer.finish(summary)
    if adoption:
        written = adoption.write(write_baseline, __version__, detector.entities)
        if not quiet:
            entries = counted(written, "baseline entry", "baseline entries")
            click.echo(f"ccaudit: {write_baseline}: {entries} written", err=True)
    if reviewed and not quiet:
        click.echo(
            f"ccaudit: {counted(summary.suppressed_by_baseline, 'finding')} set aside by the "
            "baseline",
            err=True,
        )
    if not quiet and (output or fmt != "table"):
        click.echo(
            f"ccaudit: {counted(summary.files_done, 'file')}, "
            f"{counted(summary.conversation_count, 'conversation')}, "
            f"{counted(summary.finding_count, 'finding')}, "
            f"{counted(len(summary.errors), 'input error')}",
            err=True,
        )
    refuse_empty_input(summary.files_done, len(summary.errors), paths, fail_on_empty)
    worst = adoption.worst_counted if adoption else summary.worst
    flagged = worst is not None and worst >= Severity.parse(fail_on)
    click.get_current_context().exit(batch_exit_code(bool(summary.errors), flagged))
