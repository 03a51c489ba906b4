"""`ccaudit check`: script adherence of every call against rule packs."""

from __future__ import annotations

import click

from ccaudit.adherence import Checker, load_packs
from ccaudit.adherence.batch import any_flagged, check_batch
from ccaudit.adherence.resolve import resolve_pack_paths
from ccaudit.cli.common import (
    baseline_option,
    build_read_options,
    fail_on_option,
    hash_key_option,
    input_options,
    lang_option,
    output_option,
    resolve_hash_key,
    rules_option,
)
from ccaudit.cli.progress import BatchProgress
from ccaudit.errors import batch_exit_code
from ccaudit.model import Severity
from ccaudit.output import RULE_FORMATS, render_rule_results
from ccaudit.output.atomic import atomic_output
from ccaudit.output.counts import counted
from ccaudit.pii import Detector, DetectorOptions
from ccaudit.store.baseline import load_baseline


@click.command()
@input_options
@rules_option
@click.option(
    "--format", "fmt", type=click.Choice(RULE_FORMATS), default="table", show_default=True
)
@output_option
@fail_on_option("medium")
@lang_option(
    "Language of the calls (auto: by their share of Thai letters). Picks the default "
    "packs and the language of rule titles; th also shows the table's reasons in Thai."
)
@baseline_option
@hash_key_option
def check(
    paths, format_in, agents_file, agent_speaker, agent_channel, column_map, quiet,
    rule_packs, fmt, output, fail_on, lang, baseline, hash_key,
):  # fmt: skip
    """Check every call in PATH... against script-adherence rule packs.

    Each call gets, per rule, pass, fail (a required step is missing), violation (a forbidden
    thing happened) or not_applicable (with the reason, e.g. "speaker roles unknown"), with
    evidence (turn, time, masked excerpt), and an adherence score weighted by severity.

    Without --rules, each call is checked against the bundled packs of its language
    (th-banking for Thai calls, en-support for English ones) and the language-neutral pci-dss.
    With --rules, every given pack applies to every call.

    \b
    Examples:
      ccaudit check fixtures/calls/
      ccaudit check calls/ --rules th-banking --rules pci-dss --format junit -o adherence.xml
      ccaudit check call.txt --rules my-pack.yaml --format jsonl --fail-on high
    """
    read_options = build_read_options(
        format_in, agents_file, agent_speaker, agent_channel, column_map
    )
    packs = load_packs(resolve_pack_paths(rule_packs))
    checker = Checker(packs, lang=lang, match_language=not rule_packs)
    # The same key as scan and audit, so the findings the rules read carry the same
    # fingerprints (CCAUDIT_HASH_KEY is read by all three).
    detector = Detector(DetectorOptions(language=lang, hash_key=resolve_hash_key(hash_key)))
    reviewed = load_baseline(baseline) if baseline else None
    with (
        atomic_output(output) as stream,
        BatchProgress(paths, read_options, quiet, "checking") as progress,
    ):
        results, summary = check_batch(
            paths, read_options, detector.scan_many, checker, progress.advance
        )
        if reviewed:
            kept = [r for r in results if not reviewed.suppresses_rule_result(r)]
            suppressed, results = len(results) - len(kept), kept
        stream.write(render_rule_results(fmt, results, summary, lang))
    if reviewed and not quiet:
        click.echo(f"ccaudit: {suppressed} reviewed results set aside by the baseline", err=True)
    if not quiet and (output or fmt != "table"):
        flagged = sum(r.status in ("fail", "violation") for r in results)
        click.echo(
            f"ccaudit: {counted(summary.files_done, 'file')}, "
            f"{counted(len(summary.calls), 'call')}, "
            f"{counted(flagged, 'failed or violated rule')}, "
            f"{counted(len(summary.errors), 'input error')}",
            err=True,
        )
    flagged = any_flagged(results, Severity.parse(fail_on))
    click.get_current_context().exit(batch_exit_code(bool(summary.errors), flagged))
