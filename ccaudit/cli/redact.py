"""`ccaudit redact`: de-identified copies of transcripts, tickets and notes, in their own format."""

from __future__ import annotations

from contextlib import nullcontext
from dataclasses import dataclass
from pathlib import Path

import click

from ccaudit.cli.ci_options import fail_on_empty_option, refuse_empty_input
from ccaudit.cli.common import (
    build_read_options,
    fail_on_option,
    hash_key_option,
    input_options,
    lang_option,
    resolve_hash_key,
)
from ccaudit.cli.engine_options import engine_option, jobs_option
from ccaudit.cli.output_paths import refuse_unwritable_folder
from ccaudit.display_safe import display_safe
from ccaudit.errors import CcauditError, batch_exit_code
from ccaudit.model import InputError, Locator, Severity
from ccaudit.output.atomic import atomic_output
from ccaudit.output.counts import counted
from ccaudit.redact.operator_names import OPERATOR_NAMES


@click.command()
@input_options
@click.option(
    "--out",
    "out_dir",
    type=click.Path(file_okay=False),
    help="Write the copies under this local folder, each at the path its input was given by.",
)
@click.option("--in-place", is_flag=True, help="Replace the inputs (needs --backup-suffix).")
@click.option(
    "--backup-suffix",
    metavar="SUFFIX",
    help="With --in-place: keep each original beside it with this suffix (e.g. .orig).",
)
@click.option(
    "--operator",
    "operators",
    multiple=True,
    metavar="ENTITY=OP",
    help=f"Operator for an entity type ({', '.join(OPERATOR_NAMES)}; default mask), "
    "e.g. CREDIT_CARD=replace; default=OP for all others. Repeatable; wins over --policy.",
)
@click.option(
    "--policy",
    "policy_file",
    type=click.Path(dir_okay=False, path_type=Path),
    help="YAML policy: `default: OP` and `operators: {ENTITY: OP}`.",
)
@click.option(
    "--manifest",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write a JSONL manifest of every redaction here (no values in it).",
)
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
    help="Leave findings scored below this.",
)
@fail_on_option("low")
@fail_on_empty_option
@lang_option("Language of the text (auto decides per turn); th also writes Thai replace tags.")
@hash_key_option
@click.option(
    "--spacy-model",
    metavar="NAME",
    help="An installed spaCy NER model (e.g. en_core_web_sm) to find English names too.",
)
@jobs_option
@engine_option
def redact(
    paths, format_in, agents_file, agent_speaker, agent_channel, column_map, quiet, no_infer_roles,
    max_line_chars,
    out_dir, in_place, backup_suffix, operators, policy_file, manifest,
    entities, min_score, fail_on, fail_on_empty, lang, hash_key, spacy_model, jobs, engine,
):  # fmt: skip
    """Write de-identified copies of PATH... in their own format, then scan each copy again.

    Every finding is replaced (mask, replace, hash, remove or keep per entity type), and so is
    every other place in the file holding the same value. A copy in which the second scan
    still finds anything at or above --fail-on fails (exit 1), each finding named, masked.

    \b
    Examples:
      ccaudit redact fixtures/ --out redacted/
      ccaudit redact calls/ --out shared/ --operator CREDIT_CARD=replace --manifest m.jsonl
      ccaudit redact export.json --out shared/ --policy policy.yaml --hash-key "$KEY"
      ccaudit redact notes/ --in-place --backup-suffix .orig
      ccaudit redact calls/ --out shared/ --jobs 4
      ccaudit redact s3a://bucket/calls/ --engine spark --out shared/
    """
    # The detector and the writers load when the command runs, not for `ccaudit --help`.
    from ccaudit.cli.progress import BatchProgress
    from ccaudit.cli.scan import parse_entities
    from ccaudit.pii import DetectorOptions
    from ccaudit.redact.batch import RedactSpec, redact_events
    from ccaudit.redact.file_redactor import RedactSettings
    from ccaudit.redact.manifest import is_earlier_manifest
    from ccaudit.redact.policy import build_policy
    from ccaudit.redact.targets import local_out_dir

    if in_place == (out_dir is not None):
        raise CcauditError("give --out DIR, or --in-place with --backup-suffix")
    if in_place and not backup_suffix:
        raise CcauditError("--in-place needs --backup-suffix (e.g. .orig) to keep the originals")
    out = local_out_dir(out_dir)
    refuse_unwritable_folder(out, "--out")
    policy = build_policy(policy_file, operators)
    key = resolve_hash_key(hash_key)
    if "hash" in policy.operators and not key:
        raise CcauditError("the hash operator needs --hash-key (or CCAUDIT_HASH_KEY)")
    read_options = build_read_options(
        format_in, agents_file, agent_speaker, agent_channel, column_map,
        infer_roles=not no_infer_roles,
        max_line_chars=max_line_chars,
        outputs=(manifest,) if manifest and is_earlier_manifest(manifest) else (),
    )  # fmt: skip
    detector = DetectorOptions(
        entities=parse_entities(entities),
        min_score=min_score,
        language=lang,
        hash_key=key,
        spacy_model=spacy_model,
    )
    settings = RedactSettings(policy, lang, Severity.parse(fail_on), key)
    spec = RedactSpec(read_options, detector, settings)
    events = redact_events(spec, paths, out, backup_suffix, manifest, engine, jobs)
    with (
        atomic_output(manifest) if manifest else nullcontext() as stream,
        BatchProgress(paths, read_options, quiet, "redacting") as progress,
    ):
        counts = _report(events, stream, progress)
    if not quiet:
        click.echo(
            f"ccaudit: {counted(counts.files, 'file')} redacted "
            f"({counted(counts.redactions, 'redaction')}), {counts.failed} failed verification, "
            f"{counted(counts.errors, 'input error')}",
            err=True,
        )
    refuse_empty_input(counts.files, counts.errors, paths, fail_on_empty)
    click.get_current_context().exit(batch_exit_code(counts.errors > 0, counts.failed > 0))


@dataclass
class _Counts:
    files: int = 0
    redactions: int = 0
    failed: int = 0
    errors: int = 0


def _report(events, manifest, progress) -> _Counts:
    """Each error and verification failure on stderr, each redaction in the manifest."""
    from ccaudit.pipeline.events import FileDone
    from ccaudit.redact.manifest import write_manifest

    counts = _Counts()
    for event in events:
        if isinstance(event, InputError):
            counts.errors += 1
            progress.message(f"ccaudit: error: {event}")
            continue
        for warning in event.warnings:
            progress.message(f"ccaudit: warning: {warning}")
        progress.advance(FileDone(event.output, event.size))
        counts.files += 1
        counts.redactions += len(event.entries)
        counts.failed += bool(event.left)
        if manifest is not None:
            write_manifest(manifest, display_safe(event.display), event.entries)
        for finding in event.left:
            progress.message(
                f"ccaudit: verification failed: {_where(event.output, finding.locator)}: "
                f"{finding.entity_type} {finding.masked} left"
            )
    return counts


def _where(path: Path, locator: Locator) -> str:
    """`copy.txt:12`, `copy.json /Transcript/3/Content`, `copy.csv row 2 Description`, as the
    scan table names places."""
    shown = display_safe(str(path))  # a copy keeps its input's name, escapes and all
    where = f"{shown}:{locator.line}" if locator.line else shown
    if locator.pointer:
        return f"{where} {locator.pointer}"
    if locator.row is not None:
        return f"{where} row {locator.row} {locator.column or ''}".rstrip()
    return where
