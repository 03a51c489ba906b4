"""Checks on where a command writes: an output never lands on one of its inputs."""

from __future__ import annotations

import os
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
        if given is not None and _same_file(output, Path(given)):
            same = (
                "" if output.resolve() == Path(given).resolve() else f" (the same file as {given})"
            )
            raise CcauditError(
                f"{output}: {option} names an input file{same}; refusing to overwrite it"
            )


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
