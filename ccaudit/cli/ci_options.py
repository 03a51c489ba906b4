"""Options for running in CI: --fail-on-empty, on by default where CI=true (as GitHub Actions,
GitLab CI and most other services set it), so a job pointed at an empty or mistyped folder
fails instead of passing with nothing audited."""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence

import click

from ccaudit.errors import CcauditError, warning_line
from ccaudit.output.counts import counted

CI_ENV = "CI"


def fail_on_empty_option(command: Callable) -> Callable:
    return click.option(
        "--fail-on-empty/--no-fail-on-empty",
        default=None,
        help="Exit 2 when no input file was read (for check, also when --from/--to leave "
        f"every call out). Default: on when {CI_ENV}=true.",
    )(command)


def running_in_ci() -> bool:
    return os.environ.get(CI_ENV, "").strip().lower() in ("true", "1")


def refuse_empty_input(
    files_read: int, unreadable: int, paths: Sequence[str], fail_on_empty: bool | None
) -> None:
    """After the batch (its outputs are written): one error line when there was nothing to
    read. Inputs that could not be read have had their own lines, and exit 2 already."""
    if files_read or unreadable:
        return
    if _wanted(fail_on_empty):
        raise CcauditError(
            f"no input files were read from {', '.join(paths)} "
            "(--no-fail-on-empty accepts an empty input)"
        )
    # Exit 0 all the same, but a mistyped or empty folder should not pass unseen.
    click.echo(warning_line(f"no input files were read from {', '.join(paths)}"), err=True)


def refuse_no_call_in_dates(
    calls_checked: int, left_out: int, undated: int, fail_on_empty: bool | None
) -> None:
    """Files were read, but --from/--to left every call out: a mistyped date in a CI job
    would otherwise pass it with nothing checked."""
    if _wanted(fail_on_empty) and calls_checked == 0 and left_out:
        raise CcauditError(
            f"no call took place between --from and --to ({counted(left_out, 'call')} left "
            f"out, {undated} without a call date; --no-fail-on-empty accepts this)"
        )


def _wanted(fail_on_empty: bool | None) -> bool:
    return running_in_ci() if fail_on_empty is None else fail_on_empty
