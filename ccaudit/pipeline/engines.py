"""Engines: where a batch's analysis runs. Each yields the events of the batch's files in
input order, so scan, check and audit drive any of them alike and their outputs match.

Only the engine asked for is imported: Spark is an optional extra, and a one-job batch has
no use for multiprocessing.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Protocol

from ccaudit.pipeline.collection import resume_for_the_batch

if TYPE_CHECKING:
    from ccaudit.pipeline.analysis import Analysis
    from ccaudit.pipeline.spec import AnalysisSpec

ENGINE_NAMES = ("local", "spark")


class Engine(Protocol):
    def run(self, items: Iterable[object]) -> Iterator[object]: ...


def default_jobs() -> int:
    """The cores this process may run on (fewer than the machine's in a container or cgroup)."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def local_engine(analysis: Analysis, jobs: int) -> Engine:
    """In this process for one job (the Analysis is an engine itself), else forked workers;
    where processes cannot fork (Windows), in this process whatever the number."""
    resume_for_the_batch()
    if jobs <= 1 or "fork" not in multiprocessing.get_all_start_methods():
        return analysis
    from ccaudit.pipeline.forked import ForkedEngine

    return ForkedEngine(analysis, jobs)


def batch_events(
    spec: AnalysisSpec, paths: Sequence[str], engine: str = "local", jobs: int = 1
) -> Iterator[object]:
    """The events of the files under `paths`. The analysis is built now, before the caller
    opens its outputs; the files are read as the events are taken."""
    if engine == "spark":
        from ccaudit.pipeline.spark.engine import SparkEngine

        resume_for_the_batch()
        return SparkEngine(spec).run_paths(paths)
    from ccaudit.pipeline.analysis import input_files

    return local_engine(spec.build(), jobs).run(input_files(paths, spec.read_options))
