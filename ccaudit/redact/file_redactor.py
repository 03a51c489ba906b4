"""Redact one file: read it as `scan` does, plan the edits, write the copy, scan the copy."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from ccaudit.errors import InputFileError
from ccaudit.ingest import ReadOptions, Source, read_conversations
from ccaudit.ingest.decode import compress
from ccaudit.model import Conversation, Finding, InputError, InputWarning, Severity
from ccaudit.output.atomic import atomic_output
from ccaudit.redact.alternates import alternate_conversations, has_alternates
from ccaudit.redact.documents import load_document
from ccaudit.redact.encoding import encode_as_read
from ccaudit.redact.manifest import ManifestEntry
from ccaudit.redact.plan import plan_redactions
from ccaudit.redact.policy import RedactionPolicy
from ccaudit.redact.targets import Target
from ccaudit.redact.text_file import TextFile

Detect = Callable[[Sequence[Conversation]], list[list[Finding]]]


@dataclass(frozen=True)
class RedactSettings:
    policy: RedactionPolicy
    lang: str
    fail_on: Severity
    hash_key: bytes | None = None


@dataclass
class FileOutcome:
    display: str
    output: Path
    size: int = 0
    entries: list[ManifestEntry] = field(default_factory=list)
    # What the second scan still found in the copy at or above --fail-on.
    left: list[Finding] = field(default_factory=list)
    # What reading the input had to say (a long line read in pieces), shown as scan shows it.
    warnings: list[InputWarning] = field(default_factory=list)


def redact_file(
    target: Target, read_options: ReadOptions, detect: Detect, settings: RedactSettings
) -> FileOutcome:
    """Raises InputFileError (one line, no value in it) when the file cannot be redacted.
    With --in-place the original is saved to its backup just before the copy replaces it."""
    path, display, output = target.path, target.display, target.output
    warnings: list[InputWarning] = []
    conversations = _read(path, display, read_options, warnings)
    file_format = _file_format(conversations)
    source = Source(path, display)
    outcome = FileOutcome(display, output, source.size, warnings=warnings)
    if conversations:
        document = load_document(source, file_format)
        conversations += alternate_conversations(conversations, document)
        findings = detect(conversations)
        plan = plan_redactions(
            document,
            list(zip(conversations, findings, strict=True)),
            settings.policy,
            settings.lang,
            settings.hash_key,
        )
        outcome.entries = plan.entries
        data = encode_as_read(document.render(plan.edits), source) if plan.edits else None
        if data is not None and source.compression:
            data = compress(data, source.compression)
    else:
        data = None
    original = path.read_bytes()
    if target.backup is not None:
        write_copy(target.backup, original)
    write_copy(output, data if data is not None else original)
    if conversations:
        left = _left_in_copy(output, replace(read_options, format_in=file_format), detect)
        outcome.left = [f for f in left if f.severity >= settings.fail_on]
        if outcome.left and isinstance(document, TextFile):
            # Each on its own line of the copy, not its turn's first line.
            lines = load_document(Source(output), file_format)
            outcome.left = [
                replace(f, locator=replace(f.locator, line=lines.line_of(f.start)))
                for f in outcome.left
            ]
    return outcome


def _left_in_copy(output: Path, read_options: ReadOptions, detect: Detect) -> list[Finding]:
    """The second scan: the copy read back as the original was, other wordings included."""
    try:
        copy = _read(output, str(output), read_options, [])
        if has_alternates(copy):
            document = load_document(Source(output), read_options.format_in)
            copy += alternate_conversations(copy, document)
    except InputFileError as exc:
        raise InputFileError(f"the redacted copy cannot be read back ({exc.reason})") from None
    return [finding for found in detect(copy) for finding in found] if copy else []


def _read(
    path: Path, display: str, read_options: ReadOptions, warnings: list[InputWarning]
) -> list[Conversation]:
    conversations = []
    for item in read_conversations(path, display, read_options):
        if isinstance(item, InputError):
            raise InputFileError(f"{item.reason}; not redacted")
        if isinstance(item, InputWarning):
            warnings.append(item)
        else:
            conversations.append(item)
    return conversations


def _file_format(conversations: list[Conversation]) -> str | None:
    first = conversations[0] if conversations else None
    return (first.file_format or first.source_format) if first else None


def write_copy(output: Path, data: bytes) -> None:
    """Atomically, making its folder; InputFileError (one line) where the folder cannot be made."""
    try:
        output.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        reason = exc.strerror or type(exc).__name__
        raise InputFileError(f"cannot make the folder for {output} ({reason})") from None
    with atomic_output(output, binary=True) as stream:
        stream.write(data)
