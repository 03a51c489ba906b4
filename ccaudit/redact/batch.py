"""Redact a batch, file by file: a file that cannot be redacted is one error, the rest go on."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from ccaudit.errors import CcauditError, InputFileError
from ccaudit.ingest import ReadOptions
from ccaudit.ingest.base import LAYOUT_ERRORS
from ccaudit.model import InputError
from ccaudit.redact.file_redactor import Detect, FileOutcome, RedactSettings, redact_file
from ccaudit.redact.targets import Target


def redact_batch(
    targets: Iterable[Target | InputError],
    read_options: ReadOptions,
    detect: Detect,
    settings: RedactSettings,
) -> Iterator[FileOutcome | InputError]:
    for target in targets:
        if isinstance(target, InputError):
            yield target
            continue
        try:
            yield redact_file(target, read_options, detect, settings)
        except InputFileError as exc:
            yield InputError(target.display, exc.reason)
        except CcauditError as exc:
            yield InputError(target.display, exc.message)
        except OSError as exc:
            yield InputError(target.display, exc.strerror or type(exc).__name__)
        except (*LAYOUT_ERRORS, RecursionError) as exc:
            # A shape the writers did not expect; its text may quote the file, so only its type.
            yield InputError(target.display, f"cannot be redacted ({type(exc).__name__})")
