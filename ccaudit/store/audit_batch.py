"""One audit pass: read, detect and check each input file, and store it as part of one run."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from ccaudit.ingest import ReadOptions, iter_input_files
from ccaudit.model import InputError
from ccaudit.pipeline import (
    BatchEvent,
    ConversationChecker,
    ConversationResult,
    Detect,
    FileDone,
    run_batch,
)
from ccaudit.store.hash_key import key_check_value
from ccaudit.store.migrations import SCHEMA_VERSION
from ccaudit.store.recorder import RunInfo, RunRecorder

HASH_CHUNK = 1024 * 1024


@dataclass
class AuditOutcome:
    run_id: int
    files_stored: int = 0
    files_reused: int = 0
    errors: list[InputError] = field(default_factory=list)


def analysis_signature(info: RunInfo, read_options: ReadOptions, hash_key: bytes | None) -> str:
    """Everything besides the file's bytes that changes what an audit of it stores."""
    document = {
        "tool": info.tool_version,
        "recognizers": sorted(info.recognizers),
        "packs": sorted(json.dumps(p, sort_keys=True) for p in info.rule_packs),
        "options": info.options,
        # Fingerprints change with the key; the key itself never reaches the database.
        "key_check": key_check_value(hash_key),
        # A file stored by an older schema lacks what newer rows hold (context turns, classes).
        "schema": SCHEMA_VERSION,
        "read": repr(read_options),
    }
    return hashlib.sha256(json.dumps(document, sort_keys=True).encode()).hexdigest()


def audit_batch(
    recorder: RunRecorder,
    paths: Sequence[str],
    read_options: ReadOptions,
    detect: Detect,
    checker: ConversationChecker | None,
    analysis: str,
    on_event: Callable[[BatchEvent], None] | None = None,
) -> AuditOutcome:
    outcome = AuditOutcome(recorder.run_id)
    for item in iter_input_files(paths, read_options):
        if isinstance(item, InputError):
            _record_error(recorder, outcome, item, on_event)
            continue
        path, display = item
        try:
            sha256, size = file_sha256(path)
        except OSError as exc:
            _record_error(recorder, outcome, InputError(display, exc.strerror or ""), on_event)
            continue
        known = recorder.known_file(sha256, analysis)
        if known is not None:
            recorder.link_file(known, display)
            outcome.files_reused += 1
            if on_event:
                on_event(FileDone(path, size))
            continue
        results, errors = _audit_file(display, read_options, detect, checker, on_event)
        for error in errors:
            _record_error(recorder, outcome, error, None)
        if not errors:
            recorder.record_file(display, sha256, analysis, size, results)
            outcome.files_stored += 1
    recorder.finish()
    return outcome


def file_sha256(path: Path) -> tuple[str, int]:
    digest = hashlib.sha256()
    size = 0
    with path.open("rb") as handle:
        while chunk := handle.read(HASH_CHUNK):
            digest.update(chunk)
            size += len(chunk)
    return digest.hexdigest(), size


def _audit_file(
    display: str,
    read_options: ReadOptions,
    detect: Detect,
    checker: ConversationChecker | None,
    on_event: Callable[[BatchEvent], None] | None,
) -> tuple[list[ConversationResult], list[InputError]]:
    """A file that fails part way is not stored at all: half a file would skew every figure."""
    results: list[ConversationResult] = []
    errors: list[InputError] = []
    for event in run_batch([display], read_options, detect, checker):
        if on_event:
            on_event(event)
        if isinstance(event, ConversationResult):
            results.append(event)
        elif isinstance(event, InputError):
            errors.append(event)
    return results, errors


def _record_error(
    recorder: RunRecorder,
    outcome: AuditOutcome,
    error: InputError,
    on_event: Callable[[BatchEvent], None] | None,
) -> None:
    recorder.record_error(error.path, error.reason)
    outcome.errors.append(error)
    if on_event:
        on_event(error)
