"""Options for running in CI: --fail-on-empty, on by default where CI=true (as GitHub Actions,
GitLab CI and most other services set it), so a job pointed at an empty or mistyped folder
fails instead of passing with nothing audited."""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence

import click

from ccaudit.errors import CcauditError

CI_ENV = "CI"


def fail_on_empty_option(command: Callable) -> Callable:
    return click.option(
        "--fail-on-empty/--no-fail-on-empty",
        default=None,
        help=f"Exit 2 when no input file was read. Default: on when {CI_ENV}=true.",
    )(command)


def running_in_ci() -> bool:
    return os.environ.get(CI_ENV, "").strip().lower() in ("true", "1")


def refuse_empty_input(
    files_read: int, unreadable: int, paths: Sequence[str], fail_on_empty: bool | None
) -> None:
    """After the batch (its outputs are written): one error line when there was nothing to
    read. Inputs that could not be read have had their own lines, and exit 2 already."""
    wanted = running_in_ci() if fail_on_empty is None else fail_on_empty
    if wanted and files_read == 0 and unreadable == 0:
        raise CcauditError(
            f"no input files were read from {', '.join(paths)} "
            "(--no-fail-on-empty accepts an empty input)"
        )
