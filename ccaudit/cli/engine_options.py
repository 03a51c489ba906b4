"""--jobs and --engine: where scan, check and audit run their batch."""

from __future__ import annotations

from collections.abc import Callable

import click

from ccaudit.pipeline.engines import ENGINE_NAMES, default_jobs


def jobs_option(command: Callable) -> Callable:
    return click.option(
        "--jobs",
        "-j",
        type=click.IntRange(min=1),
        default=default_jobs,
        show_default="the number of cores",
        help="Worker processes; 1 runs in this process. The output is the same for any number.",
    )(command)


def engine_option(command: Callable) -> Callable:
    return click.option(
        "--engine",
        type=click.Choice(ENGINE_NAMES),
        default="local",
        show_default=True,
        help="local: this machine (--jobs); spark: a Spark cluster, PATHs may be any "
        "Hadoop-readable URI (needs ccaudit[spark]).",
    )(command)
