"""JSON files: a slot per string value, by pointer; NDJSON: a JSON document per line."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator

from ccaudit.errors import InputFileError
from ccaudit.ingest.json_document import child_pointer
from ccaudit.model import Locator
from ccaudit.redact.edits import apply_edits
from ccaudit.redact.json_strings import patch_strings, resolve
from ccaudit.redact.slots import EditsBySlot, SweepRegion

_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+\Z")


class JsonFile:
    """One JSON document; slots are `Locator(pointer=...)`."""

    def __init__(self, text: str, line: int | None = None):
        self.text = text
        self.line = line
        self.document = json.loads(text)

    def slot(self, pointer: str) -> Locator:
        return Locator(pointer=pointer, line=self.line)

    def slot_for(self, locator: Locator) -> Locator:
        return self.slot(locator.pointer or "")

    def json_document(self, slot: Locator) -> JsonFile:
        return self

    def value_at(self, pointer: str) -> object:
        return resolve(self.document, pointer)

    def slot_text(self, slot: Locator) -> str | None:
        value = self.value_at(slot.pointer or "") if slot.line == self.line else None
        return value_text(value)

    def sweep_regions(self) -> Iterator[SweepRegion]:
        for pointer, value in _strings(self.document, ""):
            yield self.slot(pointer), value, None

    def render(self, edits: EditsBySlot) -> str:
        new_values = {
            slot.pointer: apply_edits(self.slot_text(slot) or "", slot_edits)
            for slot, slot_edits in edits.items()
            if slot.line == self.line and slot_edits
        }
        return patch_strings(self.text, new_values) if new_values else self.text


def value_text(value: object) -> str | None:
    """A string's text, or a whole number's digits (the json-fields reader scans those too)."""
    if isinstance(value, str):
        return value
    return str(value) if isinstance(value, int) and not isinstance(value, bool) else None


def _strings(value: object, pointer: str) -> Iterator[tuple[str, str]]:
    text = value_text(value)
    if text is not None:
        yield pointer, text
    elif isinstance(value, dict):
        for key, item in value.items():
            if isinstance(item, str | int | dict | list):
                plain = "~" not in key and "/" not in key
                yield from _strings(
                    item, f"{pointer}/{key}" if plain else child_pointer(pointer, key)
                )
    elif isinstance(value, list):
        for index, item in enumerate(value):
            if isinstance(item, str | int | dict | list):
                yield from _strings(item, f"{pointer}/{index}")


class NdjsonFile:
    """One JSON document per line; slots are `Locator(pointer=..., line=N)`."""

    def __init__(self, text: str):
        # Lines end where the NDJSON reader's do: not at U+2028 and the like inside strings.
        self.lines = _LINE.findall(text)
        self._documents: dict[int, JsonFile] = {}

    def document(self, line: int) -> JsonFile:
        if not 0 < line <= len(self.lines):
            raise InputFileError(f"line {line} is not in the file")
        if line not in self._documents:
            raw = self.lines[line - 1]
            self._documents[line] = JsonFile(raw.rstrip("\r\n"), line)
        return self._documents[line]

    def slot_for(self, locator: Locator) -> Locator:
        return Locator(pointer=locator.pointer or "", line=locator.line)

    def loaded_documents(self) -> list[JsonFile]:
        return list(self._documents.values())

    def json_document(self, slot: Locator) -> JsonFile:
        return self.document(slot.line or 0)

    def slot_text(self, slot: Locator) -> str | None:
        if slot.line is None or not 0 < slot.line <= len(self.lines):
            return None
        return self.document(slot.line).slot_text(slot)

    def sweep_regions(self) -> Iterator[SweepRegion]:
        for number, raw in enumerate(self.lines, start=1):
            if raw.strip():
                yield from self.document(number).sweep_regions()

    def render(self, edits: EditsBySlot) -> str:
        lines = list(self.lines)
        for number in sorted({slot.line for slot in edits if slot.line is not None}):
            raw = lines[number - 1]
            ending = raw[len(raw.rstrip("\r\n")) :]
            lines[number - 1] = self.document(number).render(edits) + ending
        return "".join(lines)
