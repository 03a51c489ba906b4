"""Progress bar on stderr for long batches; silent when not a terminal or with --quiet."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

import click

from ccaudit.ingest import ReadOptions, iter_input_files
from ccaudit.model import InputError, InputWarning
from ccaudit.pipeline.events import BatchEvent, FileDone

if TYPE_CHECKING:
    from rich.progress import Progress


class BatchProgress:
    def __init__(self, paths: Sequence[str], read_options: ReadOptions, quiet: bool, label: str):
        self.enabled = not quiet and sys.stderr.isatty()
        self._progress: Progress | None = None
        self._task = None
        if self.enabled:
            # Imported only for a bar: a run in CI, with stderr no terminal, draws none.
            from rich.console import Console
            from rich.progress import (
                BarColumn,
                DownloadColumn,
                Progress,
                TextColumn,
                TimeRemainingColumn,
                TransferSpeedColumn,
            )

            total = sum(
                item[0].stat().st_size
                for item in iter_input_files(paths, read_options)
                if not isinstance(item, InputError)
            )
            self._progress = Progress(
                TextColumn("{task.description}"),
                BarColumn(),
                DownloadColumn(),
                TransferSpeedColumn(),
                TimeRemainingColumn(),
                console=Console(stderr=True),
                transient=True,
            )
            self._task = self._progress.add_task(label, total=total)

    def __enter__(self) -> BatchProgress:
        if self._progress:
            self._progress.start()
        return self

    def __exit__(self, *exc_info) -> None:
        if self._progress:
            self._progress.stop()

    def advance(self, event: BatchEvent) -> None:
        if isinstance(event, InputError):
            if self._progress is not None:
                self.message(f"ccaudit: error: {event}")
            else:
                report_input_error(event)
        elif isinstance(event, InputWarning):
            self.message(f"ccaudit: warning: {event}")
        elif isinstance(event, FileDone) and self._progress is not None:
            self._progress.update(self._task, advance=event.size)

    def message(self, line: str) -> None:
        """A line on stderr, --quiet or not; above the bar where one is drawn."""
        if self._progress is not None:
            self._progress.console.print(line, markup=False, highlight=False, soft_wrap=True)
        else:
            click.echo(line, err=True)


def report_input_error(error: InputError) -> None:
    """Always shown, --quiet or not: an unread file is something the user must know about."""
    click.echo(f"ccaudit: error: {error}", err=True)
