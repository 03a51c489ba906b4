"""Checks on where a command writes: an output never lands on one of its inputs."""

from __future__ import annotations

import json
import os
import re
import tempfile
from collections.abc import Iterable
from pathlib import Path

from ccaudit.errors import CcauditError


def refuse_output_onto_inputs(
    output: Path | None, inputs: Iterable[str | Path | None], option: str = "-o"
) -> None:
    """One line, before anything is read or written, when `output` is an input: the same path,
    or the same file by another name (a hard or symbolic link). Writing it would destroy it."""
    if output is None or not output.exists():
        return
    for given in inputs:
        if given is None:
            continue
        if _same_file(output, Path(given)):
            same = (
                "" if output.resolve() == Path(given).resolve() else f" (the same file as {given})"
            )
            raise CcauditError(
                f"{output}: {option} names an input file{same}; refusing to overwrite it"
            )
        if _inside_folder(output, Path(given)) and not _ccaudit_output(output):
            raise CcauditError(
                f"{output}: {option} names a file inside the input folder {given} that ccaudit "
                "did not write; refusing to overwrite it (write the output elsewhere)"
            )


def refuse_unwritable_output(output: Path | None, option: str) -> None:
    """One line before the batch, for an output written only at its end: a long run should
    not end by failing to write it."""
    if output is None or (output.exists() and not output.is_file()):
        return  # /dev/stdout, a FIFO: written to directly, not beside
    failure = _cannot_write_in(output.parent if str(output.parent) else Path("."))
    if failure:
        raise CcauditError(f"{output}: {option} cannot be written there ({failure})")


def refuse_unwritable_folder(folder: Path | None, option: str) -> None:
    """One line before the batch when nothing can be written under `folder` (made later, as
    needed), rather than one error line per input file."""
    if folder is None:
        return
    existing = folder
    while not existing.exists() and existing != existing.parent:
        existing = existing.parent
    if not existing.is_dir():
        raise CcauditError(f"{folder}: {option} cannot be made a folder ({existing} is a file)")
    failure = _cannot_write_in(existing)
    if failure:
        raise CcauditError(f"{folder}: {option} cannot be written there ({failure})")


def _cannot_write_in(directory: Path) -> str | None:
    """Why a file cannot be made in `directory` (tried for real: permissions, a read-only
    file system, a missing folder), or None."""
    try:
        fd, probe = tempfile.mkstemp(prefix=".ccaudit-probe.", suffix=".tmp", dir=directory)
    except OSError as exc:
        return exc.strerror or type(exc).__name__
    os.close(fd)
    os.unlink(probe)
    return None


def _inside_folder(output: Path, folder: Path) -> bool:
    """A regular file under the folder, with no hidden name on the way (the walk skips those).
    The walk leaves the output out of the inputs, so writing it would lose a transcript there
    unless it is an earlier run's output."""
    if not (folder.is_dir() and output.is_file()):
        return False
    try:
        inside = output.resolve().relative_to(folder.resolve())
    except ValueError:
        return False
    return not any(part.startswith(".") for part in inside.parts)


# How each of ccaudit's output formats begins (JSONL lines are recognised by their keys).
_OUTPUT_OPENINGS = re.compile(
    r'\{\s*"tool": "ccaudit"|\{\s*"\$schema": "[^"]*sarif|\{\s*"ccaudit_baseline"'
    r'|<\?xml[^>]*>\s*<testsuites name="ccaudit|(?:Scanned|Checked) \d'
    r"|path,(?:conversation_id,entity_type|call_id),|SQLite format 3\x00"
)
_JSONL_KEYS = ({"entity_type", "masked"}, {"rule_id", "status"}, {"entity_type", "operator"})


def _ccaudit_output(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            head = handle.read(4096).decode("utf-8", errors="ignore")
    except OSError:
        return False
    if head.strip() in ("", "{}", "[]") or _OUTPUT_OPENINGS.match(head):
        return True
    try:
        first = json.loads(head.splitlines()[0])
    except (ValueError, IndexError):
        return False
    return isinstance(first, dict) and any(keys <= first.keys() for keys in _JSONL_KEYS)


def refuse_report_onto_database(out_dir: Path, database: Path) -> None:
    """No PDF the report may write into `out_dir` is the audit database itself."""
    from ccaudit.report.writer import is_report_file_name  # the PDF stack, for report alone

    if not out_dir.is_dir():
        return
    for target in out_dir.iterdir():
        if is_report_file_name(target.name):
            refuse_overwriting_database(target, database)


def refuse_overwriting_database(target: Path, database: Path) -> None:
    if target.exists() and _same_file(target, database):
        raise CcauditError(f"{target}: is the audit database; refusing to overwrite it")


def _same_file(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False
