"""Where each redacted copy goes, and the checks that keep inputs from being overwritten.

Copies go under `--out DIR` at the path the input was given by (`calls/a.json` becomes
`DIR/calls/a.json`; an absolute path is taken from its root down, a Hadoop URI from its
authority down). With `--in-place` the copy replaces the input once the original is saved
beside it under `--backup-suffix`. Each engine lists the batch its own way and claims each
copy's place from a CopyPlanner in batch order, so the same inputs are refused alike.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from ccaudit.display_safe import display_safe
from ccaudit.errors import CcauditError
from ccaudit.ingest import ReadOptions, iter_input_files
from ccaudit.model import InputError

# `s3a://bucket/a.json`, `file:/data/a.json`; two letters at least, so `C:/` is no scheme.
_URI_SCHEME = re.compile(r"([A-Za-z][A-Za-z0-9+.-]+):(?=/)(?://)?")


@dataclass(frozen=True)
class Target:
    path: Path
    display: str
    output: Path
    backup: Path | None = None


class CopyPlanner:
    """Claims each copy's place in batch order: never onto an input, the manifest or another
    copy. `inputs` are the batch's local files; copies of an earlier run under `out_dir` are
    not counted among them (they are not redacted again)."""

    def __init__(self, out_dir: Path | None, inputs: Iterable[Path], manifest: Path | None):
        self._out = out_dir.resolve() if out_dir is not None else None
        self._inputs = {path.resolve() for path in inputs if not self.is_earlier_copy(path)}
        self._manifest = manifest.resolve() if manifest is not None else None
        self._used: set[Path] = set()
        if self._manifest in self._inputs:
            raise CcauditError(f"--manifest {manifest} is an input file")

    def is_earlier_copy(self, path: Path) -> bool:
        return self._out is not None and path.resolve().is_relative_to(self._out)

    def claim(self, display: str, output: Path, backup: Path | None = None) -> InputError | None:
        """None where the copy may be written; else why the input is not redacted."""
        placed = output.resolve()
        if self._out is not None and placed in self._inputs:
            reason = "its copy would overwrite an input file"
        elif placed in self._used:
            reason = f"another input is copied to {output}"
        elif placed == self._manifest:
            reason = "its copy would overwrite the --manifest file"
        elif backup is not None and backup.exists():
            reason = f"backup {backup} already exists"
        else:
            self._used.add(placed)
            return None
        return InputError(display, f"{reason}; not redacted")


def plan_targets(
    paths: Sequence[str],
    read_options: ReadOptions,
    out_dir: Path | None,
    backup_suffix: str | None = None,
    manifest: Path | None = None,
) -> Iterator[Target | InputError]:
    """One Target per input file (an InputError where none can be made), in input order.

    Raises CcauditError before anything is written when `out_dir` would overwrite an input
    or the manifest is one.
    """
    refuse_out_dir(out_dir, [Path(given) for given in paths])
    listed = list(iter_input_files(paths, read_options))
    files = [item[0] for item in listed if not isinstance(item, InputError)]
    planner = CopyPlanner(out_dir, files, manifest)
    for item in listed:
        if isinstance(item, InputError):
            yield item
        elif not planner.is_earlier_copy(item[0]):
            target = _target(*item, out_dir, backup_suffix)
            yield planner.claim(target.display, target.output, target.backup) or target


def refuse_out_dir(out_dir: Path | None, inputs: Iterable[Path]) -> None:
    if out_dir is None:
        return
    if out_dir.is_file():
        raise CcauditError(f"--out {out_dir} is a file; it must be a directory")
    out = out_dir.resolve()
    for given in inputs:
        if given.resolve().is_relative_to(out):
            raise CcauditError(f"--out {out_dir} holds the input {given}; choose another folder")


def local_out_dir(out: str | None) -> Path | None:
    """--out as a local folder: copies are written by this process, never to a Hadoop URI."""
    if out is None:
        return None
    folder = local_file(out)
    if folder is None:
        raise CcauditError(f"--out {out}: copies are written to a local folder; give its path")
    return folder


def local_file(given: str) -> Path | None:
    """The local path a PATH names (itself, or a `file:` URI's path); None for a URI of
    another file system (`s3a://`, `hdfs://`), which only Spark reads."""
    scheme = _URI_SCHEME.match(given)
    if scheme is None:
        return Path(given)
    return Path(given[scheme.end() :]) if scheme.group(1).lower() == "file" else None


def _target(path: Path, display: str, out_dir: Path | None, backup_suffix: str | None) -> Target:
    if out_dir is None:
        return Target(path, display, path, path.with_name(path.name + (backup_suffix or "")))
    return Target(path, display, out_dir / relative_output_path(display, path))


def relative_output_path(display: str, path: Path | None) -> Path:
    """The input's path as given, made relative: `calls/a.json`, `/data/a.json` -> `data/a.json`,
    `s3a://bucket/a.json` -> `bucket/a.json`, in its display-safe form: a copy made to be
    shared must not carry a card number in its name. `path` is the local file, if any."""
    scheme = _URI_SCHEME.match(display)
    # A URI names its file from a root: `..` in it cannot climb out of --out.
    named = "/" + display[scheme.end() :] if scheme else display
    given = Path(display_safe(os.path.normpath(named)))
    if path is not None and (given.is_absolute() or given.parts[:1] == ("..",)):
        given = Path(display_safe(str(path.resolve())))
    return given.relative_to(given.anchor) if given.is_absolute() else given
