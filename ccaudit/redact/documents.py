"""A file held for redaction, in one of four shapes that cover every format: plain text and
captions (text_file), a JSON document or NDJSON (json_file), CSV (csv_file). Whatever is not
edited is written back exactly as it was read."""

from __future__ import annotations

from ccaudit.ingest import Source
from ccaudit.ingest.json_document import is_json_lines
from ccaudit.redact.csv_file import CsvFile
from ccaudit.redact.json_file import JsonFile, NdjsonFile
from ccaudit.redact.slots import RedactableFile
from ccaudit.redact.text_file import TextFile

_CAPTIONS = ("webvtt", "srt")


def load_document(source: Source, file_format: str | None) -> RedactableFile:
    """The file as read, in the shape of its format (the reader's name)."""
    text = source.text()
    if file_format == "text":
        return TextFile(text)
    if file_format in _CAPTIONS:
        return TextFile(text, captions=True)
    if file_format == "csv":
        return CsvFile.parse(text)
    if file_format == "ndjson" or is_json_lines(source):  # a turn list may be JSON Lines
        return NdjsonFile(text)
    return JsonFile(text)
