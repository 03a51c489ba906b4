"""Find input files, pick each file's reader from its content, and read it."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator, Sequence
from pathlib import Path

from ccaudit.errors import CcauditError, InputFileError
from ccaudit.ingest import (
    call_analytics,
    ccai_insights,
    csv_tickets,
    freshdesk,
    genesys,
    google_stt,
    json_fields,
    json_record,
    ndjson,
    srt,
    text_transcript,
    transcribe,
    turn_list,
    twilio,
    vcon,
    webvtt,
    zendesk,
)
from ccaudit.ingest.base import LAYOUT_ERRORS, Reader, ReadOptions, Source, layout_mismatch
from ccaudit.ingest.json_document import ObjectReader, is_json_lines, looks_like_json, parse_json
from ccaudit.model import Conversation, InputError

# First match wins: specific vendor layouts before generic ones, plain text last.
READERS: tuple[Reader, ...] = (
    call_analytics.READER,  # Contact Lens and Call Analytics
    transcribe.READER,
    ccai_insights.READER,
    genesys.READER,
    vcon.READER,
    zendesk.READER,
    freshdesk.READER,
    # Their keys (`results[]` as a list, `sentences[]`) are no earlier reader's; placed after
    # those readers, they cannot take a file from one of them.
    google_stt.READER,
    twilio.READER,
    webvtt.READER,
    srt.READER,
    # Generic: after every vendor reader, so it never takes a vendor's file. Before the
    # containers, whose items it is not: an array or JSON Lines of utterances is one
    # conversation, not a document per item.
    turn_list.READER,
    # Any object with a text field: after everything that reads such objects more closely.
    json_record.READER,
    ndjson.JSON_ARRAY_READER,
    ndjson.READER,
    # Any other JSON document: its strings are scanned rather than the file refused.
    json_fields.READER,
    csv_tickets.READER,
    text_transcript.READER,
)


# Recordings, screenshots and documents that sit beside transcripts in an export folder. The
# walk leaves them out (named on the command line they are still read, and refused as binary);
# compressed files are not in the list: gzip, bzip2 and xz exports are read, and an archive is
# refused in one line rather than left out unseen.
MEDIA_SUFFIXES = frozenset({
    ".wav", ".mp3", ".m4a", ".aac", ".flac", ".ogg", ".oga", ".opus", ".wma", ".amr", ".gsm",
    ".mp4", ".m4v", ".mov", ".webm", ".avi", ".mkv",
    ".png", ".jpg", ".jpeg", ".gif", ".bmp", ".tif", ".tiff", ".webp", ".heic",
    ".pdf", ".doc", ".docx", ".xls", ".xlsx", ".ppt", ".pptx",
})  # fmt: skip


def reader_names() -> list[str]:
    return [reader.name for reader in READERS]


def object_readers() -> list[ObjectReader]:
    """Readers that can take one parsed JSON object (for NDJSON lines and JSON arrays)."""
    return [r for r in READERS if hasattr(r, "sniff_object") and hasattr(r, "read_object")]


def reader_named(name: str) -> Reader:
    for reader in READERS:
        if reader.name == name:
            return reader
    raise CcauditError(f"unknown input format {name!r}; valid names: {', '.join(reader_names())}")


def iter_input_files(
    paths: Sequence[str], options: ReadOptions
) -> Iterator[tuple[Path, str] | InputError]:
    """Each file under `paths` (directories walked recursively, sorted, hidden names and
    MEDIA_SUFFIXES skipped).

    Nothing is opened here: a FIFO, device or socket named on the command line is an
    InputError (opening a FIFO would block the batch), and inside a folder it is left out, as
    are symbolic links to folders. An entry that cannot be looked at (a symlink loop, a broken
    link, a folder that cannot be listed) is one InputError, and the walk goes on.
    """
    if options.format_in:
        reader_named(options.format_in)
    for given in paths:
        path = Path(given)
        try:
            mode = path.stat().st_mode
        except OSError as exc:
            yield InputError(given, _cannot_open(exc, path))
            continue
        if stat.S_ISDIR(mode):
            yield from _walk(path, given, options.skip_files)
        elif stat.S_ISREG(mode):
            yield path, given
        else:
            yield InputError(given, f"not a regular file ({_special_kind(mode)})")


def _walk(
    directory: Path, display: str, skip_files: frozenset[Path]
) -> Iterator[tuple[Path, str] | InputError]:
    try:
        entries = sorted(os.scandir(directory), key=lambda entry: entry.name)
    except OSError as exc:
        yield InputError(display, f"cannot list directory ({exc.strerror or type(exc).__name__})")
        return
    for entry in entries:
        if entry.name.startswith(".") or os.path.splitext(entry.name)[1].lower() in MEDIA_SUFFIXES:
            continue
        child_display = os.path.join(display, entry.name)
        path = Path(entry.path)
        try:
            is_directory = entry.is_dir(follow_symlinks=False)
            mode = None if is_directory else path.stat().st_mode
        except OSError as exc:
            yield InputError(child_display, _cannot_open(exc, path))
            continue
        if is_directory:
            yield from _walk(path, child_display, skip_files)
        elif stat.S_ISREG(mode) and not (skip_files and path.resolve() in skip_files):
            yield path, child_display


def _cannot_open(exc: OSError, path: Path) -> str:
    if isinstance(exc, FileNotFoundError):
        return (
            "cannot open (broken symbolic link)"
            if path.is_symlink()
            else ("no such file or directory")
        )
    return f"cannot open ({exc.strerror or type(exc).__name__})"


_SPECIAL_KINDS = (
    (stat.S_ISFIFO, "a FIFO"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISSOCK, "a socket"),
)


def _special_kind(mode: int) -> str:
    return next((name for test, name in _SPECIAL_KINDS if test(mode)), "of an unknown kind")


def read_conversations(
    path: Path, display: str, options: ReadOptions
) -> Iterator[Conversation | InputError]:
    """The conversations in one file, and an InputError for each document in it that cannot be
    read; InputFileError says in one line what is wrong with the file as a whole."""
    source = Source(path, display)
    if options.format_in:
        try:
            reader = reader_named(options.format_in)
        except CcauditError as exc:
            raise InputFileError(exc.message) from None
    else:
        reader = detect_reader(source, options)
    try:
        yield from reader.read(source, options)
    except LAYOUT_ERRORS as exc:
        raise layout_mismatch(reader.name, exc) from None


def detect_reader(source: Source, options: ReadOptions | None = None) -> Reader:
    """The first reader whose sniff accepts the file; --map makes a CSV with those columns CSV."""
    if options and csv_tickets.READER.sniff_mapped(source, options.column_map):
        return csv_tickets.READER
    for reader in READERS:
        if reader.sniff(source):
            return reader
    names = ", ".join(reader_names())
    if looks_like_json(source):
        if not is_json_lines(source):
            parse_json(source)
        raise InputFileError(
            f"unrecognised format: JSON that matches no supported export (--format-in: {names})"
        )
    raise InputFileError(f"unrecognised format (--format-in: {names})")
