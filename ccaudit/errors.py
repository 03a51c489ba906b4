"""Errors a user can cause. Each prints as one sentence; none ever shows a raw value."""

import click

EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_USAGE = 2


class CcauditError(click.ClickException):
    """Click prints `Error: <message>` and exits with `exit_code`; 1 would read as findings."""

    exit_code = EXIT_USAGE


class InputFileError(Exception):
    """A reader could not make sense of a file; the batch goes on without it."""

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason
