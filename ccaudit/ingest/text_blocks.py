"""A text file decoded in bounded blocks of whole lines, so a file of any size reads in flat memory.

A file smaller than one read is one block. A larger one is decoded READ_BYTES at a time
and cut after its last line break, so every block but the last ends at a line end (a CRLF is
never cut in two). A line longer than the limit is cut into pieces of at most `max_line_chars`,
at whitespace where there is some near the limit; such a block ends, and the next one starts,
in the middle of a line.
"""

from __future__ import annotations

import codecs
from collections.abc import Iterator
from typing import NamedTuple

from ccaudit.errors import InputFileError
from ccaudit.ingest.base import Source
from ccaudit.ingest.decode import HEAD_BYTES, decode_error_reason
from ccaudit.ingest.text_patterns import count_breaks

# A block's turns all exist at once before they are cut into parts (text_parts): at 4 MiB
# that was some 40 MB of Turn objects for one huge transcript.
READ_BYTES = 1024 * 1024
# How far back from the limit a long line's cut looks for whitespace.
_CUT_WINDOW = 4096


class Block(NamedTuple):
    text: str
    offset: int  # code points in the file before it
    starts_mid_line: bool
    ends_mid_line: bool


def read_blocks(source: Source, max_line_chars: int) -> Iterator[Block]:
    decoder = codecs.getincrementaldecoder(source.encoding)()
    pending, offset, mid_line, lines = "", 0, False, 1
    for data in _file_bytes(source):
        try:
            pending += decoder.decode(data, final=not data)
        except UnicodeDecodeError as exc:
            line = lines + count_breaks(pending + _valid_prefix(data, exc, source.encoding))
            reason = decode_error_reason(exc, source.encoding, f"at or after line {line}")
            raise InputFileError(reason) from None
        while pending:
            cut, ends_mid_line = _cut(pending, max_line_chars, final=not data)
            if not cut:
                break
            block = Block(pending[:cut], offset, mid_line, ends_mid_line)
            pending, offset, mid_line = pending[cut:], offset + cut, ends_mid_line
            lines += count_breaks(block.text)
            yield block


def _file_bytes(source: Source) -> Iterator[bytes]:
    """The file READ_BYTES at a time, then b"" at its end. A file shorter than the head that
    was read to sniff it is that head: most transcripts are, and are not opened again."""
    if len(source.head_bytes) < HEAD_BYTES:
        yield source.head_bytes
        yield b""
        return
    with source.binary() as raw:
        while data := raw.read(READ_BYTES):
            yield data
    yield b""


def _cut(text: str, max_line_chars: int, final: bool) -> tuple[int, bool]:
    """Where the next block ends (0: wait for more text), and whether that is mid-line."""
    if len(text) > max_line_chars and not _has_break(text, 0, max_line_chars + 1):
        return _long_line_cut(text, max_line_chars), True
    end = len(text) if final else _after_last_break(text)
    if not end:
        return 0, False
    long_line = _long_line_start(text, end, max_line_chars)
    return (end if long_line is None else long_line), False


def _has_break(text: str, start: int, end: int) -> bool:
    return text.find("\n", start, end) >= 0 or text.find("\r", start, end) >= 0


def _after_last_break(text: str) -> int:
    # Until the file ends, a CR at the very end may be the first half of a CRLF.
    return max(text.rfind("\n"), text.rfind("\r", 0, len(text) - 1)) + 1


def _long_line_start(text: str, end: int, limit: int) -> int | None:
    """Where the first line longer than `limit` in text[:end] starts, if one does. Such a line
    holds a whole window of limit/2 characters without a break: only those are looked at."""
    step = max(limit // 2, 1)
    for window in range(0, end, step):
        if _has_break(text, window, min(window + step, end)):
            continue
        start = max(text.rfind("\n", 0, window), text.rfind("\r", 0, window)) + 1
        stop = min(_next_break(text, window, end), end)
        if stop - start > limit:
            return start
    return None


def _next_break(text: str, start: int, end: int) -> int:
    found = [i for i in (text.find("\n", start, end), text.find("\r", start, end)) if i >= 0]
    return min(found) if found else end


def _long_line_cut(text: str, limit: int) -> int:
    """At most `limit` characters, ending after a space or tab near the limit if there is one."""
    window = max(limit - _CUT_WINDOW, 1)
    space = max(text.rfind(" ", window, limit), text.rfind("\t", window, limit))
    return space + 1 if space >= 0 else limit


def _valid_prefix(data: bytes, exc: UnicodeDecodeError, encoding: str) -> str:
    return data[: exc.start].decode(encoding, errors="ignore")
