"""How a file's bytes become text: UTF-8 (BOM or not), UTF-16 with BOM, TIS-620/CP874."""

from __future__ import annotations

import codecs
import re

from ccaudit.errors import InputFileError

HEAD_BYTES = 64 * 1024
_THAI_CP874_RANGE = range(0xA1, 0xFC)
# C0 controls that text files do not contain (tab, newlines, form feed, ESC and ^Z excepted).
_BINARY_CONTROLS = re.compile("[\x00-\x08\x0e-\x19\x1c-\x1f]")


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
