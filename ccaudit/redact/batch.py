"""Redact a batch, file by file: a file that cannot be redacted is one error, the rest go on.

`--jobs N` runs the same work in forked workers through the pipeline's local engine
(ccaudit.pipeline.engines), which hands the outcomes back in input order, so the messages
and the manifest are the same for any number of jobs. `--engine spark` redacts on Spark's
executors and writes the copies here (spark_copies.py), in the same order.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from ccaudit.errors import CcauditError, InputFileError
from ccaudit.ingest import ReadOptions
from ccaudit.ingest.base import LAYOUT_ERRORS
from ccaudit.model import InputError
from ccaudit.pipeline.engines import local_engine
from ccaudit.redact.file_redactor import Detect, FileOutcome, RedactSettings, redact_file
from ccaudit.redact.targets import Target, plan_targets

if TYPE_CHECKING:
    from ccaudit.pii import DetectorOptions
    from ccaudit.redact.spark_copies import ExecutorCopies

Result = TypeVar("Result")


@dataclass(frozen=True)
class RedactSpec:
    """What a redaction is made of, small enough to ship: a Spark executor builds its own
    work from it, as it builds a scan's from the pipeline's AnalysisSpec."""

    read_options: ReadOptions
    detector: DetectorOptions
    settings: RedactSettings

    def work(self) -> RedactWork:
        # Presidio and spaCy load here, not when the command is parsed.
        from ccaudit.pii import Detector

        return RedactWork(self.read_options, Detector(self.detector).scan_many, self.settings)

    def build(self) -> ExecutorCopies:
        """What the Spark engine runs on each executor."""
        from ccaudit.redact.spark_copies import ExecutorCopies

        return ExecutorCopies(self.work())


@dataclass
class RedactWork:
    """What each engine runs on its share of the targets (the pipeline's Analysis shape)."""

    read_options: ReadOptions
    detect: Detect
    settings: RedactSettings

    def run(self, targets: Iterable[Target | InputError]) -> Iterator[FileOutcome | InputError]:
        for target in targets:
            if isinstance(target, InputError):
                yield target
            else:
                yield self.redact(target)

    def redact(self, target: Target) -> FileOutcome | InputError:
        return one_line_error(
            target.display, redact_file, target, self.read_options, self.detect, self.settings
        )


def one_line_error(display: str, action: Callable[..., Result], *args) -> Result | InputError:
    """`action(*args)`, or the InputError that names `display` where it failed."""
    try:
        return action(*args)
    except InputFileError as exc:
        return InputError(display, exc.reason)
    except CcauditError as exc:
        return InputError(display, exc.message)
    except OSError as exc:
        return InputError(display, exc.strerror or type(exc).__name__)
    except (*LAYOUT_ERRORS, RecursionError) as exc:
        # A shape the writers did not expect; its text may quote the file, so only its type.
        return InputError(display, f"cannot be redacted ({type(exc).__name__})")


def redact_events(
    spec: RedactSpec,
    paths: Sequence[str],
    out_dir: Path | None,
    backup_suffix: str | None = None,
    manifest: Path | None = None,
    engine: str = "local",
    jobs: int = 1,
) -> Iterator[FileOutcome | InputError]:
    """Each file's outcome in input order. The targets are planned (a usage error raised) and
    the detector or Spark started now, before the caller opens its outputs."""
    if engine == "spark":
        from ccaudit.redact.spark_copies import spark_copies

        return spark_copies(spec, paths, out_dir, manifest)
    targets = list(plan_targets(paths, spec.read_options, out_dir, backup_suffix, manifest))
    return local_engine(spec.work(), jobs).run(targets)  # type: ignore[arg-type]


def redact_batch(
    targets: Iterable[Target | InputError],
    read_options: ReadOptions,
    detect: Detect,
    settings: RedactSettings,
    jobs: int = 1,
) -> Iterator[FileOutcome | InputError]:
    work = RedactWork(read_options, detect, settings)
    return local_engine(work, jobs).run(targets)  # type: ignore[arg-type]
