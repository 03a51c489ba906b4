"""Write a copy in the encoding its original was read in: BOM, UTF-16 byte order, TIS-620."""

from __future__ import annotations

import codecs

from ccaudit.errors import InputFileError
from ccaudit.ingest import Source


def encode_as_read(text: str, source: Source) -> bytes:
    try:
        if source.encoding == "utf-16":
            # Python's utf-16 codec writes this machine's byte order; keep the file's.
            big_endian = source.head_bytes.startswith(codecs.BOM_UTF16_BE)
            if big_endian:
                return codecs.BOM_UTF16_BE + text.encode("utf-16-be")
            return codecs.BOM_UTF16_LE + text.encode("utf-16-le")
        return text.encode(source.encoding)
    except UnicodeEncodeError:
        raise InputFileError(
            f"a replacement cannot be written in the file's encoding ({source.encoding})"
        ) from None
