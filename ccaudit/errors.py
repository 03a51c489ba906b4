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


def batch_exit_code(unreadable_inputs: bool, worst_flagged_at_threshold: bool) -> int:
    """Unreadable input outranks findings: CI must notice a file that was not audited."""
    if unreadable_inputs:
        return EXIT_USAGE
    return EXIT_FINDINGS if worst_flagged_at_threshold else EXIT_OK
