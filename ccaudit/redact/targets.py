"""Where each redacted copy goes, and the checks that keep inputs from being overwritten.

Copies go under `--out DIR` at the path the input was given by (`calls/a.json` becomes
`DIR/calls/a.json`; an absolute path is taken from its root down). With `--in-place` the
copy replaces the input once the original is saved beside it under `--backup-suffix`.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from ccaudit.display_safe import display_safe
from ccaudit.errors import CcauditError
from ccaudit.ingest import ReadOptions, iter_input_files
from ccaudit.model import InputError


@dataclass(frozen=True)
class Target:
    path: Path
    display: str
    output: Path
    backup: Path | None = None


def plan_targets(
    paths: Sequence[str],
    read_options: ReadOptions,
    out_dir: Path | None,
    backup_suffix: str | None = None,
) -> Iterator[Target | InputError]:
    """One Target per input file (an InputError where none can be made), in input order.

    Raises CcauditError before anything is written when `out_dir` would overwrite an input.
    """
    out = out_dir.resolve() if out_dir is not None else None
    if out_dir is not None and out_dir.is_file():
        raise CcauditError(f"--out {out_dir} is a file; it must be a directory")
    for given in paths:
        if out is not None and Path(given).resolve().is_relative_to(out):
            raise CcauditError(f"--out {out_dir} holds the input {given}; choose another folder")
    # Copies from an earlier run inside an input folder are not inputs.
    inputs = [
        item
        for item in iter_input_files(paths, read_options)
        if isinstance(item, InputError) or out is None or not item[0].resolve().is_relative_to(out)
    ]
    resolved = {item[0].resolve() for item in inputs if not isinstance(item, InputError)}
    used: set[Path] = set()
    for item in inputs:
        if isinstance(item, InputError):
            yield item
            continue
        path, display = item
        target = _target(path, display, out_dir, backup_suffix)
        output = target.output.resolve()
        if out_dir is not None and output in resolved:
            yield InputError(display, "its copy would overwrite an input file; not redacted")
        elif output in used:
            yield InputError(display, f"another input is copied to {target.output}; not redacted")
        elif target.backup is not None and target.backup.exists():
            yield InputError(display, f"backup {target.backup} already exists; not redacted")
        else:
            used.add(output)
            yield target


def _target(path: Path, display: str, out_dir: Path | None, backup_suffix: str | None) -> Target:
    if out_dir is None:
        return Target(path, display, path, path.with_name(path.name + (backup_suffix or "")))
    return Target(path, display, out_dir / relative_output_path(display, path))


def relative_output_path(display: str, path: Path) -> Path:
    """The input's path as given, made relative: `calls/a.json`, `/data/a.json` -> `data/a.json`,
    in its display-safe form: a copy made to be shared must not carry a card number in its name."""
    given = Path(display_safe(os.path.normpath(display)))
    if given.is_absolute() or given.parts[:1] == ("..",):
        given = Path(display_safe(str(path.resolve())))
    return given.relative_to(given.anchor) if given.is_absolute() else given


def refuse_input_path(option: str, value: Path | None, targets: Sequence[Target]) -> None:
    """A side output (the manifest) must not be one of the inputs or their copies."""
    if value is None:
        return
    taken = {t.path.resolve() for t in targets} | {t.output.resolve() for t in targets}
    if value.resolve() in taken:
        raise CcauditError(f"{option} {value} is an input file or one of the copies")
