"""Files of many JSON documents: NDJSON (one per line, streamed) and a JSON array of them.

Each object goes to the first reader whose `sniff_object` accepts it. NDJSON turns keep
their reader's JSON pointer (relative to the line's object) and gain `locator.line`; array
items' pointers start with the item's index (`/3/ticket/subject`). A conversation without
its own id is named after the file and its line or index.

Each document stands alone: one that cannot be read (invalid JSON on its line, no matching
format, a layout its reader rejects) becomes an InputError naming its line or index, and the
documents after it are still read.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from typing import Any

from ccaudit.errors import InputFileError
from ccaudit.ingest.base import LAYOUT_ERRORS, ReadOptions, Source, layout_mismatch
from ccaudit.ingest.json_document import (
    ObjectReader,
    child_pointer,
    loads,
    looks_like_json,
    parse_json,
    reader_for_object,
)
from ccaudit.model import Conversation, InputError


def _object_readers() -> list[ObjectReader]:
    # detect imports this module, so the registry is looked up when reading, not at import.
    from ccaudit.ingest.detect import object_readers

    return object_readers()


def _read_document(
    obj: Any, source: Source, options: ReadOptions, pointer: str = ""
) -> list[Conversation]:
    """One document's conversations, read whole so that a bad document yields none of them."""
    reader = reader_for_object(obj, _object_readers()) if isinstance(obj, dict) else None
    if reader is None:
        raise InputFileError("JSON value matches no supported format")
    try:
        return list(reader.read_object(obj, source, options, pointer))
    except LAYOUT_ERRORS as exc:
        raise layout_mismatch(reader.name, exc) from None


def _renamed(conversation: Conversation, source: Source, suffix: str) -> Conversation:
    if conversation.id == source.path.stem:
        conversation.id = f"{source.path.stem}{suffix}"
    return conversation


class NdjsonReader:
    name = "ndjson"
    description = "NDJSON export: one ticket or transcript JSON document per line"

    def sniff(self, source: Source) -> bool:
        head = source.head.lstrip()
        first, newline, _ = head.partition("\n")
        if not first.startswith("{"):
            return False
        if not newline:
            return source.size > len(source.head_bytes)
        try:
            obj = loads(first)
        except InputFileError:
            return False
        return isinstance(obj, dict) and reader_for_object(obj, _object_readers()) is not None

    def read(self, source: Source, options: ReadOptions) -> Iterator[Conversation | InputError]:
        for number, line in enumerate(source.lines(options.max_line_chars), start=1):
            if not line.strip():
                continue
            try:
                obj = loads(line.rstrip("\r\n"), one_line=True)
                conversations = _read_document(obj, source, options)
            except InputFileError as exc:
                yield InputError(source.display, f"line {number}: {exc.reason}")
                continue
            for conversation in conversations:
                for turn in conversation.turns:
                    turn.locator = replace(turn.locator, line=number)
                conversation.file_format = self.name
                yield _renamed(conversation, source, f"-line{number}")


class JsonArrayReader:
    name = "json-array"
    description = "A JSON array of ticket or transcript documents"

    def sniff(self, source: Source) -> bool:
        if not looks_like_json(source) or not source.head.lstrip().startswith("["):
            return False
        try:
            items = parse_json(source)
        except InputFileError:
            return False
        return bool(items) and reader_for_object(items[0], _object_readers()) is not None

    def read(self, source: Source, options: ReadOptions) -> Iterator[Conversation | InputError]:
        items = parse_json(source)
        if not isinstance(items, list):
            raise InputFileError("not a JSON array of documents")
        for index, obj in enumerate(items):
            try:
                conversations = _read_document(obj, source, options, child_pointer("", index))
            except InputFileError as exc:
                yield InputError(source.display, f"array item {index}: {exc.reason}")
                continue
            for conversation in conversations:
                conversation.file_format = self.name
                yield _renamed(conversation, source, f"-{index}")


READER = NdjsonReader()
JSON_ARRAY_READER = JsonArrayReader()
