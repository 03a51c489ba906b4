"""The audit consumer: each input file stored whole as part of one run, or linked to it when
an identical file was audited before with the same analysis.

A file is known by a digest of its bytes: an HMAC under the hash key when there is one, since
the stored masks of a short note's values and a guess at its wording would otherwise let
anyone holding the database confirm the hidden digits one candidate at a time; a plain
SHA-256 without a key (the README says so).

Only this process writes the database: the engine's workers analyse, and their events come
back here in input order.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from ccaudit.ingest import ReadOptions
from ccaudit.model import InputError, file_format_label
from ccaudit.pipeline.analysis import input_files
from ccaudit.pipeline.events import BatchEvent, ConversationResult, FileDone
from ccaudit.store.hash_key import key_check_value
from ccaudit.store.migrations import SCHEMA_VERSION
from ccaudit.store.recorder import RunInfo, RunRecorder

HASH_CHUNK = 1024 * 1024


@dataclass(frozen=True)
class AuditedFile:
    """Comes before a file's events. `analysed` is False when the file was known to the store
    before the batch began: it has no events then, and is linked at once."""

    path: Path
    display: str
    digest: str
    size: int
    analysed: bool


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
        # Files stored when their digest was not yet keyed are stored afresh.
        "file_digest": "hmac-sha256" if hash_key else "sha256",
        # A file stored under an older schema lacks what newer rows hold (call dates, classes
        # of findings, context turns), so it is stored afresh.
        "schema": SCHEMA_VERSION,
        "read": repr(read_options),
    }
    return hashlib.sha256(json.dumps(document, sort_keys=True).encode()).hexdigest()


def audit_items(
    paths: Sequence[str],
    read_options: ReadOptions,
    recorder: RunRecorder,
    analysis: str,
    hash_key: bytes | None,
) -> Iterator[object]:
    """The engine's input: each file as an AuditedFile, followed by the file itself unless
    the store already holds it."""
    for item in input_files(paths, read_options):
        if isinstance(item, InputError):
            yield item
            continue
        try:
            digest, size = file_digest(item.path, hash_key)
        except OSError as exc:
            yield InputError(item.display, exc.strerror or "")
            continue
        unknown = recorder.known_file(digest, analysis) is None
        yield AuditedFile(item.path, item.display, digest, size, analysed=unknown)
        if unknown:
            yield item


def audit_events(
    events: Iterable[object],
    recorder: RunRecorder,
    analysis: str,
    on_event: Callable[[BatchEvent], None] | None = None,
) -> AuditOutcome:
    """A file that fails part way is not stored at all: half a file would skew every figure."""
    outcome = AuditOutcome(recorder.run_id)
    storing = _FileBeingStored(recorder, analysis)
    for event in events:
        if isinstance(event, AuditedFile):
            known = recorder.known_file(event.digest, analysis)
            if known is None:
                storing.begin(event)
                continue
            # Known now, if not when handed out: an identical file earlier in this batch.
            recorder.link_file(known, event.display)
            outcome.files_reused += 1
            storing.skip()
            if not event.analysed and on_event:
                on_event(FileDone(event.path, event.size))
            continue
        if on_event and (storing.active or not isinstance(event, ConversationResult)):
            on_event(event)
        if isinstance(event, InputError):
            storing.discard()
            recorder.record_error(event.path, event.reason)
            outcome.errors.append(event)
        elif isinstance(event, ConversationResult):
            storing.add(event)
        elif isinstance(event, FileDone):
            outcome.files_stored += storing.commit()
    recorder.finish()
    return outcome


class _FileBeingStored:
    """The file whose calls are being written, in one transaction until its FileDone."""

    def __init__(self, recorder: RunRecorder, analysis: str):
        self.recorder = recorder
        self.analysis = analysis
        self.active = False
        self.file_format: str | None = None
        self.document_formats: list[str] = []

    def begin(self, audited: AuditedFile) -> None:
        self.recorder.begin_file(audited.display, audited.digest, self.analysis, audited.size)
        self.active, self.file_format, self.document_formats = True, None, []

    def add(self, result: ConversationResult) -> None:
        if self.active:
            self.file_format = result.conversation.file_format
            if result.conversation.source_format not in self.document_formats:
                self.document_formats.append(result.conversation.source_format)
            self.recorder.add_call(result)

    def commit(self) -> int:
        if not self.active:
            return 0
        self.recorder.commit_file(file_format_label(self.file_format, self.document_formats))
        self.active = False
        return 1

    def discard(self) -> None:
        if self.active:
            self.recorder.discard_file()
        self.active = False

    def skip(self) -> None:
        self.active = False


def file_digest(path: Path, hash_key: bytes | None) -> tuple[str, int]:
    """The file's digest (see the module) and its size in bytes."""
    digest = hmac.new(hash_key, digestmod=hashlib.sha256) if hash_key else hashlib.sha256()
    size = 0
    with path.open("rb") as handle:
        while chunk := handle.read(HASH_CHUNK):
            digest.update(chunk)
            size += len(chunk)
    return digest.hexdigest(), size
