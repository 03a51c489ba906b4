"""PATH... as the batch reads it: a file or folder given twice, or given inside a folder that
is also given, is read once (each of its findings would otherwise count twice), and `-` is
refused in one line rather than looked for as a file."""

from __future__ import annotations

import os
from pathlib import Path

import click

from ccaudit.errors import CcauditError, warning_line


def distinct_inputs(ctx: click.Context, param: click.Parameter, paths: tuple[str, ...]):
    if "-" in paths and not os.path.lexists("-"):
        raise CcauditError(
            "-: standard input is not read; save the export to a file and give its path"
        )
    local = {given: Path(os.path.abspath(given)) for given in paths if not _is_uri(given)}
    folders = [(given, path) for given, path in local.items() if path.is_dir()]
    kept: list[str] = []
    seen: set[Path] = set()
    for given in paths:
        path = local.get(given)
        if path is None:
            kept.append(given)
            continue
        if path in seen:
            click.echo(warning_line(f"{given}: given twice; read once"), err=True)
            continue
        # A path that does not exist is left for the reader to report as missing.
        exists = os.path.lexists(path)
        covering = next((f for f, folder in folders if exists and _walked_from(folder, path)), None)
        if covering is not None:
            click.echo(warning_line(f"{given}: also under {covering}; read once"), err=True)
            continue
        seen.add(path)
        kept.append(given)
    return tuple(kept)


def _is_uri(given: str) -> bool:
    return "://" in given or given.startswith("file:")


def _walked_from(folder: Path, path: Path) -> bool:
    """Whether the walk of `folder` reaches `path`: below it, through no hidden name and no
    symbolic link to a folder (the walk enters neither)."""
    if path == folder:
        return False
    try:
        inside = path.relative_to(folder)
    except ValueError:
        return False
    if any(part.startswith(".") for part in inside.parts):
        return False
    step = folder
    for part in inside.parts[:-1]:
        step = step / part
        if step.is_symlink():
            return False
    return not (path.is_symlink() and path.is_dir())
