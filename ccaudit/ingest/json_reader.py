"""The file-level side of a JSON vendor reader, built from its `sniff_object` and `read_object`.

Each JSON vendor module defines those two functions (NDJSON and JSON arrays call them per
object) and exposes `READER = JsonReader(...)` for whole files.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from ccaudit.errors import InputFileError
from ccaudit.ingest.base import ReadOptions, Source
from ccaudit.ingest.json_document import parse_json, sniff_json
from ccaudit.model import Conversation


@dataclass(frozen=True)
class JsonReader:
    name: str
    description: str
    sniff_object: Callable[[Any], bool]
    read_object: Callable[..., Iterator[Conversation]]
    # Said when --format-in forces this reader on JSON of another layout.
    not_this_layout: str

    def sniff(self, source: Source) -> bool:
        return sniff_json(source, self.sniff_object)

    def read(self, source: Source, options: ReadOptions) -> Iterator[Conversation]:
        document = parse_json(source)
        if not self.sniff_object(document):
            raise InputFileError(self.not_this_layout)
        yield from self.read_object(document, source, options)
