"""Errors a user can cause. Each prints as one line, `ccaudit: error: [FILE: ]reason`, exit 2;
none ever shows a raw value or a control character from a name."""

import click

from ccaudit.display_safe import display_safe

EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_USAGE = 2
# What a shell reports for a command stopped by Ctrl-C (128 + SIGINT).
EXIT_INTERRUPTED = 130


def error_line(message: str) -> str:
    return f"ccaudit: error: {display_safe(message)}"


def warning_line(message: str) -> str:
    return f"ccaudit: warning: {display_safe(message)}"


class CcauditError(click.ClickException):
    """Exits with `exit_code`: Click's default of 1 would read as findings. A message of
    several lines (every schema error of a pack) prints as one error line each."""

    exit_code = EXIT_USAGE

    def format_message(self) -> str:
        return "\n".join(display_safe(line) for line in self.message.split("\n"))

    def show(self, file=None) -> None:
        for line in self.message.split("\n"):
            click.echo(error_line(line), err=True)


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
