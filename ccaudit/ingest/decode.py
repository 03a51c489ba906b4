"""Decide how a file's bytes become text: UTF-8 (with or without BOM), UTF-16 with BOM, TIS-620/CP874."""

from __future__ import annotations

import codecs

from ccaudit.errors import InputFileError

HEAD_BYTES = 64 * 1024
_THAI_CP874_RANGE = range(0xA1, 0xFC)


def detect_encoding(head: bytes) -> str:
    """Return a Python codec name for a file starting with `head`, or raise InputFileError."""
    if not head:
        raise InputFileError("empty file")
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
    # Legacy Thai systems write TIS-620 (CP874 is its superset). Accept it only when the
    # non-ASCII bytes are Thai letters; otherwise a mis-decoded binary would pass as Thai.
    high = [b for b in head if b >= 0x80]
    if high and sum(b in _THAI_CP874_RANGE for b in high) / len(high) > 0.95:
        return "cp874"
    raise InputFileError(
        f"not UTF-8, UTF-16 or TIS-620 text (invalid byte at offset {utf8_error.start})"
    )


def decode_error_reason(exc: UnicodeDecodeError, encoding: str) -> str:
    return f"invalid {encoding} byte sequence near byte {exc.start}"
