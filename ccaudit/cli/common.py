"""Options shared by scan, check and audit, and the helpers that turn them into library inputs."""

from __future__ import annotations

import csv
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import click

from ccaudit.cli.input_paths import distinct_inputs
from ccaudit.errors import CcauditError, warning_line
from ccaudit.model import Severity

if TYPE_CHECKING:
    from ccaudit.ingest import ReadOptions
    from ccaudit.store.baseline import Baseline

SEVERITY_NAMES = [s.name for s in Severity]
HASH_KEY_ENV = "CCAUDIT_HASH_KEY"


def input_options(command: Callable) -> Callable:
    """PATH... plus what the files themselves may not say (agent ids, roles, forced format)."""
    decorators = [
        click.argument(
            "paths",
            nargs=-1,
            required=True,
            type=click.Path(path_type=str),
            callback=distinct_inputs,
        ),
        click.option(
            "--format-in",
            "format_in",
            metavar="NAME",
            help="Force an input format instead of detecting it (see `ccaudit formats`).",
        ),
        click.option(
            "--agents",
            "agents_file",
            type=click.Path(dir_okay=False, path_type=Path),
            help="CSV mapping a call id or file name to an agent id (columns: call_id,agent_id).",
        ),
        click.option(
            "--agent-speaker",
            metavar="LABEL",
            help="Speaker label that is the agent when the file has no roles (e.g. spk_0).",
        ),
        click.option(
            "--agent-channel",
            metavar="CHANNEL",
            help="Audio channel that is the agent when the file has no roles (e.g. ch_0).",
        ),
        click.option(
            "--no-infer-roles",
            is_flag=True,
            help="Leave unnamed speakers (Speaker 1, spk_0) without roles instead of telling "
            "the agent from what they say.",
        ),
        click.option(
            "--max-line-chars",
            type=click.IntRange(min=1000),
            metavar="N",
            help="Longest line read whole (default 1048576). A longer plain-text line is read "
            "in pieces of N characters, with one warning per file; a longer NDJSON line is "
            "refused.",
        ),
        click.option(
            "--map",
            "column_map",
            multiple=True,
            metavar="FIELD=COLUMN",
            help="CSV column mapping, e.g. --map body='Ticket Description' (repeatable).",
        ),
        click.option("--quiet", "-q", is_flag=True, help="No progress bar or summary on stderr."),
    ]
    for decorator in reversed(decorators):
        command = decorator(command)
    return command


def fail_on_option(default: str) -> Callable:
    return click.option(
        "--fail-on",
        type=click.Choice(SEVERITY_NAMES, case_sensitive=False),
        default=default,
        show_default=True,
        help="Exit 1 when anything at or above this severity is found.",
    )


def output_option(command: Callable) -> Callable:
    return click.option(
        "--output",
        "-o",
        type=click.Path(dir_okay=False, path_type=Path),
        help="Write the report here (atomically) instead of stdout.",
    )(command)


def rules_option(command: Callable) -> Callable:
    return click.option(
        "--rules",
        "rule_packs",
        multiple=True,
        metavar="PACK",
        help="Rule pack file or bundled pack name (repeatable). "
        "Default: the bundled packs in the call's language, plus pci-dss.",
    )(command)


def var_option(command: Callable) -> Callable:
    return click.option(
        "--var",
        "pack_vars",
        multiple=True,
        metavar="NAME=VALUE",
        help="Set a rule-pack variable, e.g. --var org='Acme Bank' (repeatable; a name given "
        "twice takes both values). Overrides ccaudit.yaml `vars:` and the packs' own.",
    )(command)


def baseline_option(command: Callable) -> Callable:
    return click.option(
        "--baseline",
        type=click.Path(dir_okay=False, path_type=Path),
        help="Reviewed baseline (from `ccaudit review export-baseline`): only new items count.",
    )(command)


def lang_option(help_text: str) -> Callable:
    return click.option(
        "--lang",
        type=click.Choice(["auto", "th", "en"]),
        default="auto",
        show_default=True,
        help=help_text,
    )


def hash_key_option(command: Callable) -> Callable:
    return click.option(
        "--hash-key",
        envvar=HASH_KEY_ENV,
        metavar="KEY",
        help=f"Secret for keyed HMAC fingerprints of values (or set {HASH_KEY_ENV}).",
    )(command)


def link_template_option(command: Callable) -> Callable:
    return click.option(
        "--link-template",
        metavar="URL",
        help="Makes each call and moment clickable (scan, check and audit: with --format "
        "sarif), e.g. 'https://rec.example/{call_id}?t={start_s}' (fields: {call_id}, "
        "{start_s}, {start_ms}, {turn}, {agent_id}).",
    )(command)


def sarif_link_template(template: str | None, fmt: str | None) -> str | None:
    """--link-template on scan, check and audit: checked before the batch runs, and only with
    SARIF (report takes it for its PDFs)."""
    if template is None:
        return None
    if fmt != "sarif":
        raise CcauditError("--link-template needs --format sarif")
    from ccaudit.moments import check_link_template

    return check_link_template(template)


def build_read_options(
    format_in: str | None,
    agents_file: Path | None,
    agent_speaker: str | None,
    agent_channel: str | None,
    column_map: tuple[str, ...],
    outputs: tuple[Path | None, ...] = (),
    infer_roles: bool = True,
    max_line_chars: int | None = None,
) -> ReadOptions:
    """`outputs` (-o, --db) are never read as inputs, even inside a folder being scanned."""
    # The readers load when a batch is read, not for --help.
    from ccaudit.ingest import ReadOptions
    from ccaudit.ingest.base import MAX_LINE_CHARS

    side_files = (agents_file, *outputs)
    return ReadOptions(
        agent_map=load_agent_map(agents_file) if agents_file else {},
        skip_files=frozenset(path.resolve() for path in side_files if path is not None),
        agent_speaker=agent_speaker,
        agent_channel=agent_channel,
        format_in=format_in,
        column_map=parse_column_map(column_map),
        infer_roles=infer_roles,
        max_line_chars=max_line_chars or MAX_LINE_CHARS,
    )


def load_agent_map(path: Path) -> dict[str, str]:
    """call id or file name -> agent id. The first two columns are used; a header is optional.
    A bad row is named by its line in the file, as an editor shows it."""
    try:
        with path.open(newline="", encoding="utf-8-sig") as handle:
            reader = csv.reader(handle)
            rows = [(reader.line_num, row) for row in reader if row and not row[0].startswith("#")]
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        raise CcauditError(f"{path}: cannot read agent map ({_reason(exc)})") from None
    if rows and rows[0][1][0].strip().lower() in {"call_id", "file", "call", "id", "path"}:
        rows = rows[1:]
    mapping = {}
    for line, row in rows:
        if len(row) < 2 or not row[0].strip() or not row[1].strip():
            raise CcauditError(f"{path}:{line}: needs two columns, call_id,agent_id")
        mapping[row[0].strip()] = row[1].strip()
    return mapping


def parse_column_map(pairs: tuple[str, ...]) -> dict[str, str]:
    mapping = {}
    for pair in pairs:
        field, sep, column = pair.partition("=")
        if not sep or not field.strip() or not column.strip():
            raise CcauditError(f"--map expects FIELD=COLUMN, got {pair!r}")
        mapping[field.strip()] = column.strip()
    return mapping


# Fewer bytes than this can be guessed: the outputs and the database hold enough to test a
# guess (a fingerprint beside its mask), and every fingerprinted value then falls with it.
SHORTEST_SAFE_KEY = 16


def resolve_hash_key(hash_key: str | None) -> bytes | None:
    if not hash_key:
        return None
    key = hash_key.encode()
    if len(key) < SHORTEST_SAFE_KEY:
        click.echo(
            warning_line(
                f"--hash-key has {len(key)} bytes: a key this short can be guessed from the "
                "outputs, and then every fingerprinted value with it; use a random key of "
                f"{SHORTEST_SAFE_KEY} bytes or more (openssl rand -hex 32)"
            ),
            err=True,
        )
    return key


def warn_of_baseline_key(baseline: Path, reviewed: Baseline, key: bytes | None) -> None:
    """A baseline of keyed fingerprints read without a key (a CI secret that is not set)
    matches findings on their masked values only: a value said twice may count as new. Read
    with another key (a rotated secret), its fingerprinted entries match nothing."""
    from ccaudit.store.hash_key import key_check_value

    if key and reviewed.key_check and reviewed.key_check != key_check_value(key):
        problem = (
            "written with another hash key than this run's; its fingerprinted entries match "
            "none of this run's findings, so known ones count as new (pass the key it was "
            "made with, or write it again)"
        )
    elif not key and any(entry.identity.keyed for entry in reviewed.entries):
        problem = (
            f"written with a hash key, and this run has none (is {HASH_KEY_ENV} set?); "
            "findings match it on their masked values only, so known ones may count as new"
        )
    else:
        return
    click.echo(warning_line(f"{baseline}: {problem}"), err=True)


def _reason(exc: Exception) -> str:
    if isinstance(exc, OSError):
        return exc.strerror or type(exc).__name__
    if isinstance(exc, csv.Error):
        return f"not CSV: {exc}"
    return "not UTF-8 text"
