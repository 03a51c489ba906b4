"""`ccaudit redact --engine spark`: files read by Spark from any Hadoop-readable URI, redacted
and verified on the executors, and their copies written here, under the local --out folder.

An executor redacts each file exactly as a local run does (redact_file, the second scan
included) into a private temporary folder, under the name its copy will have, and hands the
copy's bytes back with the outcome. The pipeline's SparkEngine brings them to this process in
the order a local run takes the files; here each copy's place is claimed from a CopyPlanner,
as plan_targets does, and the copy written atomically. So the copies, the manifest and the
messages are those of `--jobs 1`.
"""

from __future__ import annotations

import tempfile
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from ccaudit.errors import CcauditError
from ccaudit.ingest import iter_input_files
from ccaudit.model import InputError
from ccaudit.pipeline.events import InputFile
from ccaudit.redact.batch import RedactSpec, RedactWork, one_line_error
from ccaudit.redact.file_redactor import FileOutcome, write_copy
from ccaudit.redact.targets import (
    CopyPlanner,
    Target,
    local_file,
    refuse_out_dir,
    relative_output_path,
)


@dataclass
class RedactedFile:
    """One file's outcome on an executor, and its copy's bytes where one was written."""

    display: str
    result: FileOutcome | InputError
    copy: bytes | None


@dataclass
class ExecutorCopies:
    """What an executor runs on each file the engine hands it (its bytes in a temporary file
    named as the file is, so readers that name a call after its file do so alike)."""

    work: RedactWork

    def run(self, items: Iterable[InputFile]) -> Iterator[RedactedFile]:
        for item in items:
            name = relative_output_path(item.display, local_file(item.display)).name
            with tempfile.TemporaryDirectory(prefix="ccaudit-copy-") as folder:
                output = Path(folder) / name
                result = self.work.redact(Target(item.path, item.display, output))
                copy = output.read_bytes() if output.exists() else None
            yield RedactedFile(item.display, result, copy)


def spark_copies(
    spec: RedactSpec, paths: Sequence[str], out_dir: Path | None, manifest: Path | None
) -> Iterator[FileOutcome | InputError]:
    """Checked and started now; the files are redacted as the outcomes are taken."""
    from ccaudit.pipeline.spark.engine import SparkEngine

    if out_dir is None:
        raise CcauditError("--engine spark writes its copies under --out DIR, not --in-place")
    local = [path for path in map(local_file, paths) if path is not None]
    refuse_out_dir(out_dir, local)
    # The local inputs, listed as a local run lists them, so the same copies are refused.
    listed = iter_input_files([str(path) for path in local], spec.read_options)
    files = [item[0] for item in listed if not isinstance(item, InputError)]
    planner = CopyPlanner(out_dir, files, manifest)
    earlier = {path.resolve() for path in files if planner.is_earlier_copy(path)}
    # Copies of an earlier run inside an input folder are not sent to the executors at all.
    skip = replace(spec.read_options, skip_files=spec.read_options.skip_files | earlier)
    engine = SparkEngine(replace(spec, read_options=skip))  # type: ignore[arg-type]
    return _written(engine.run_paths(paths), planner, out_dir)


def _written(
    events: Iterator[object], planner: CopyPlanner, out_dir: Path
) -> Iterator[FileOutcome | InputError]:
    for event in events:
        if not isinstance(event, RedactedFile):
            yield event  # type: ignore[misc]  # a PATH that is not there
            continue
        local = local_file(event.display)
        if local is not None and planner.is_earlier_copy(local):
            continue
        output = out_dir / relative_output_path(event.display, local)
        refused = planner.claim(event.display, output)
        if refused is None and event.copy is not None:
            refused = one_line_error(event.display, write_copy, output, event.copy)
        if refused is not None:
            yield refused
        elif isinstance(event.result, FileOutcome):
            yield replace(event.result, output=output)
        else:
            yield event.result
