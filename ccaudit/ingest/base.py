"""The reader interface: each input format is one module exposing `READER`."""

from __future__ import annotations

import io
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import BinaryIO, Protocol

from ccaudit.errors import InputFileError
from ccaudit.ingest.decode import (
    CORRUPT_COMPRESSED,
    HEAD_BYTES,
    compression_of,
    decode_error_reason,
    detect_encoding,
    open_compressed,
)
from ccaudit.model import Conversation, InputError

# Structured files are parsed whole; past this size a reader refuses rather than exhausting memory.
MAX_WHOLE_FILE_BYTES = 100 * 1024 * 1024
# The longest line read as one piece. Plain text scans a longer line in pieces of this size
# (with a warning); a line-based structured format (NDJSON, CSV) refuses it.
MAX_LINE_CHARS = 1024 * 1024
# Errors a reader raises when a file parses but its fields are not the shapes it expects.
LAYOUT_ERRORS = (KeyError, IndexError, TypeError, AttributeError, ValueError)


@dataclass(frozen=True)
class ReadOptions:
    """What the user told us about inputs that the files themselves do not say."""

    agent_map: dict[str, str] = field(default_factory=dict)
    # Side files given as options (the --agents map, -o, --db) are not inputs, even inside a
    # scanned folder. Left out of repr, which is part of an audit's analysis signature: which
    # files are skipped changes nothing in what is read from the others.
    skip_files: frozenset[Path] = field(default=frozenset(), repr=False)
    agent_speaker: str | None = None
    agent_channel: str | None = None
    format_in: str | None = None
    column_map: dict[str, str] = field(default_factory=dict)
    # Infer the agent from what two unnamed speakers say (--no-infer-roles turns it off).
    infer_roles: bool = True
    max_line_chars: int = MAX_LINE_CHARS

    def agent_for(self, *keys: str | None) -> str | None:
        """Agent id from --agents map.csv, looked up by call id, file name or file stem."""
        for key in keys:
            if key and key in self.agent_map:
                return self.agent_map[key]
        return None


class Source:
    """One input file: its head for sniffing, and its decoded text, whole or streamed. A file
    compressed with gzip, bzip2 or xz is read as the file it holds; `size` stays the size on
    disk."""

    def __init__(self, path: Path, display: str | None = None):
        self.path = path
        self.display = display or str(path)
        with path.open("rb") as handle:
            self.head_bytes = handle.read(HEAD_BYTES)
        self.size = path.stat().st_size
        self.compression = compression_of(self.head_bytes)
        if self.compression:
            with self.binary() as stream:
                self.head_bytes = stream.read(HEAD_BYTES)
        self.encoding = detect_encoding(self.head_bytes)

    @contextmanager
    def binary(self) -> Iterator[BinaryIO]:
        """The file's bytes, decompressed; corrupt or cut-short compressed data is one
        InputFileError."""
        if self.compression is None:
            with self.path.open("rb") as stream:
                yield stream
            return
        try:
            with open_compressed(self.path, self.compression) as stream:
                yield stream
        except CORRUPT_COMPRESSED:
            raise InputFileError(f"the {self.compression} data is corrupt or cut short") from None

    @cached_property
    def head(self) -> str:
        """The first 64 KiB as text (a cut multi-byte character at the end is dropped)."""
        return self.head_bytes.decode(self.encoding, errors="ignore").lstrip("\ufeff")

    def text(self) -> str:
        """The whole decoded file; only for formats that must be parsed whole."""
        if self.size > MAX_WHOLE_FILE_BYTES:
            raise InputFileError(
                f"file is {self.size // (1024 * 1024)} MiB; this format is read whole and the "
                f"limit is {MAX_WHOLE_FILE_BYTES // (1024 * 1024)} MiB"
            )
        with self.binary() as stream:
            data = stream.read(MAX_WHOLE_FILE_BYTES + 1)
        if len(data) > MAX_WHOLE_FILE_BYTES:
            raise InputFileError(
                f"file holds more than {MAX_WHOLE_FILE_BYTES // (1024 * 1024)} MiB; this format is "
                "read whole"
            )
        try:
            return data.decode(self.encoding)
        except UnicodeDecodeError as exc:
            reason = decode_error_reason(exc, self.encoding, f"at byte {exc.start}")
            raise InputFileError(reason) from None

    def lines(self, max_chars: int = MAX_LINE_CHARS) -> Iterator[str]:
        """Decoded lines with their endings kept (`\\r\\n` stays), streamed from disk."""
        read = 0
        with self.binary() as raw:
            stream = io.TextIOWrapper(raw, encoding=self.encoding, newline="")
            try:
                while line := stream.readline(max_chars + 1):
                    if len(line) > max_chars:
                        raise InputFileError(
                            f"line {read + 1} is longer than {max_chars} characters; "
                            "not a transcript, ticket or note"
                        )
                    read += 1
                    yield line
            except UnicodeDecodeError as exc:
                # The decoder works ahead in chunks, so the bad byte is somewhere past `read`.
                reason = decode_error_reason(exc, self.encoding, f"at or after line {read + 1}")
                raise InputFileError(reason) from None


class Reader(Protocol):
    name: str
    description: str

    def sniff(self, source: Source) -> bool:
        """True when the file's content (not its name alone) says it is this format."""

    def read(self, source: Source, options: ReadOptions) -> Iterator[Conversation | InputError]:
        """Yield the conversations in the file; raise InputFileError for what cannot be read.

        A file of independent documents (NDJSON, a JSON array) yields an InputError in place of
        a document it cannot read, and goes on with the next.
        """


def layout_mismatch(reader_name: str, exc: Exception) -> InputFileError:
    # The exception text may quote file content, so only its type is reported.
    return InputFileError(f"does not match the {reader_name} layout ({type(exc).__name__})")
