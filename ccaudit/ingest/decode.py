"""How a file's bytes become text: UTF-8 (BOM or not), UTF-16 with BOM, TIS-620/CP874, read
through gzip, bzip2 or xz when the file is compressed so."""

from __future__ import annotations

import bz2
import codecs
import gzip
import lzma
import re
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from ccaudit.errors import InputFileError

HEAD_BYTES = 64 * 1024
# TIS-620 Thai letters, marks and digits (0xDB-0xDE are unassigned), and CP874's extras.
_THAI_LETTERS = frozenset(range(0xA1, 0xDB)) | frozenset(range(0xDF, 0xFC))
_CP874_BYTES = _THAI_LETTERS | {0x80, 0x85, 0x91, 0x92, 0x93, 0x94, 0x95, 0x96, 0x97, 0xA0}
# C0 controls that text files do not contain (tab, newlines, form feed, ESC and ^Z excepted).
_BINARY_CONTROLS = re.compile("[\x00-\x08\x0e-\x19\x1c-\x1f]")
# Compressions the standard library reads: a file so compressed is read as the file it holds.
_COMPRESSED_FILE: dict[str, type[gzip.GzipFile | bz2.BZ2File | lzma.LZMAFile]] = {
    "gzip": gzip.GzipFile,
    "bzip2": bz2.BZ2File,
    "xz": lzma.LZMAFile,
}
_COMPRESS: dict[str, Callable[[bytes], bytes]] = {
    # No time stamp, so that the same copy is the same bytes.
    "gzip": lambda data: gzip.compress(data, mtime=0),
    "bzip2": bz2.compress,
    "xz": lzma.compress,
}
# What reading corrupt or cut-short compressed data raises (gzip.BadGzipFile is an OSError).
CORRUPT_COMPRESSED = (OSError, EOFError, zlib.error, lzma.LZMAError)
_BZIP2 = re.compile(rb"BZh[1-9]1AY&SY")
# Archives and compressions it does not read are named, so the user knows what to do.
_UNREAD = (
    (b"PK\x03\x04", "zip archive, not text; extract it first"),
    (b"7z\xbc\xaf\x27\x1c", "7-Zip archive, not text; extract it first"),
    (b"\x28\xb5\x2f\xfd", "zstd-compressed file, not text; decompress it first"),
)


def compression_of(head: bytes) -> str | None:
    """gzip, bzip2 or xz for a file compressed so, or None."""
    if head.startswith(b"\x1f\x8b"):
        return "gzip"
    if head.startswith(b"\xfd7zXZ\x00"):
        return "xz"
    return "bzip2" if _BZIP2.match(head) else None


def open_compressed(path: Path, compression: str) -> BinaryIO:
    return _COMPRESSED_FILE[compression](path, "rb")


def compress(data: bytes, compression: str) -> bytes:
    return _COMPRESS[compression](data)


def detect_encoding(head: bytes) -> str:
    """Return a Python codec name for a file starting with `head`, or raise InputFileError."""
    encoding = _text_encoding(head)
    text = head.decode(encoding, errors="ignore")
    controls = len(_BINARY_CONTROLS.findall(text))
    if controls > max(len(text) // 100, 2):
        raise InputFileError("binary file (control characters), not text")
    return encoding


def _text_encoding(head: bytes) -> str:
    if not head:
        raise InputFileError("empty file")
    unread = next((reason for magic, reason in _UNREAD if head.startswith(magic)), None)
    if unread:
        raise InputFileError(unread)
    compression = compression_of(head)
    if compression:  # compressed twice: once is read through
        raise InputFileError(f"{compression}-compressed data, not text")
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    if b"\x00" in head:
        raise InputFileError("binary file (contains NUL bytes), not text")
    try:
        codecs.getincrementaldecoder("utf-8")().decode(head, final=False)
        return "utf-8"
    except UnicodeDecodeError as exc:
        utf8_error = exc
    if _looks_like_tis620(head):
        return "cp874"
    raise InputFileError(
        f"not UTF-8, UTF-16 or TIS-620 text (invalid byte at offset {utf8_error.start})"
    )


def _looks_like_tis620(head: bytes) -> bool:
    """Legacy Thai systems write TIS-620 (CP874 is its superset). Thai words are runs of
    Thai bytes, while Latin-1 accents (`caf\xe9`) sit alone between ASCII letters, and a
    binary has bytes TIS-620 leaves undefined; either would decode to nonsense Thai."""
    high = [i for i, b in enumerate(head) if b >= 0x80]
    if not high or any(head[i] not in _CP874_BYTES for i in high):
        return False
    thai = [i for i in high if head[i] in _THAI_LETTERS]
    in_runs = sum(1 for i in thai if _is_thai(head, i - 1) or _is_thai(head, i + 1))
    return len(thai) >= 2 and in_runs / len(thai) >= 0.8


def _is_thai(head: bytes, index: int) -> bool:
    return 0 <= index < len(head) and head[index] in _THAI_LETTERS


def decode_error_reason(exc: UnicodeDecodeError, encoding: str, where: str) -> str:
    return f"invalid {encoding} byte sequence {where} ({exc.reason})"
