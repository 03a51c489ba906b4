"""Redact a batch, file by file: a file that cannot be redacted is one error, the rest go on.

`--jobs N` runs the same work in forked workers through the pipeline's local engine
(ccaudit.pipeline.engines), which hands the outcomes back in input order, so the messages
and the manifest are the same for any number of jobs.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from ccaudit.errors import CcauditError, InputFileError
from ccaudit.ingest import ReadOptions
from ccaudit.ingest.base import LAYOUT_ERRORS
from ccaudit.model import InputError
from ccaudit.pipeline.engines import local_engine
from ccaudit.redact.file_redactor import Detect, FileOutcome, RedactSettings, redact_file
from ccaudit.redact.targets import Target


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
                yield self._redact(target)

    def _redact(self, target: Target) -> FileOutcome | InputError:
        try:
            return redact_file(target, self.read_options, self.detect, self.settings)
        except InputFileError as exc:
            return InputError(target.display, exc.reason)
        except CcauditError as exc:
            return InputError(target.display, exc.message)
        except OSError as exc:
            return InputError(target.display, exc.strerror or type(exc).__name__)
        except (*LAYOUT_ERRORS, RecursionError) as exc:
            # A shape the writers did not expect; its text may quote the file, so only its type.
            return InputError(target.display, f"cannot be redacted ({type(exc).__name__})")


def redact_batch(
    targets: Iterable[Target | InputError],
    read_options: ReadOptions,
    detect: Detect,
    settings: RedactSettings,
    jobs: int = 1,
) -> Iterator[FileOutcome | InputError]:
    work = RedactWork(read_options, detect, settings)
    return local_engine(work, jobs).run(targets)  # type: ignore[arg-type]
