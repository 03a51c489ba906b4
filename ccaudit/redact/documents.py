"""A file held for redaction: its strings (slots), and the file written back with edits.

Four shapes cover every format: plain text and captions (one slot, the decoded file), a JSON
document (a slot per string value), NDJSON (a JSON document per line) and CSV (a slot per
cell). Whatever is not edited is written back exactly as it was read.
"""

from __future__ import annotations

import json
import re
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass

from ccaudit.errors import InputFileError
from ccaudit.ingest.csv_columns import header_cells
from ccaudit.ingest.json_document import child_pointer
from ccaudit.model import Locator
from ccaudit.redact.csv_cells import Cell, cell_text, data_rows
from ccaudit.redact.edits import SlotEdits, apply_edits
from ccaudit.redact.json_strings import patch_strings, resolve

WHOLE_FILE = Locator()
_LINE_END = re.compile(r"\r\n|\r|\n")
_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+\Z")
# Where a repeated value may be redacted too: all of a text file, a caption file's text
# lines (not its timings, cue numbers or header), every JSON string value, every CSV cell.
SweepRegion = tuple[Locator, str, list[tuple[int, int]] | None]
EditsBySlot = dict[Locator, SlotEdits]


class TextFile:
    def __init__(self, text: str, captions: bool = False):
        self.text = text
        self.captions = captions
        self._line_starts: list[int] | None = None

    def slot_for(self, locator: Locator) -> Locator:
        return WHOLE_FILE

    def slot_text(self, slot: Locator) -> str | None:
        return self.text if slot == WHOLE_FILE else None

    def line_of(self, offset: int) -> int:
        if self._line_starts is None:
            self._line_starts = [m.end() for m in _LINE_END.finditer(self.text)]
        return bisect_right(self._line_starts, offset) + 1

    def sweep_regions(self) -> Iterator[SweepRegion]:
        yield WHOLE_FILE, self.text, _caption_text_lines(self.text) if self.captions else None

    def render(self, edits: EditsBySlot) -> str:
        return apply_edits(self.text, edits.get(WHOLE_FILE, ()))


def _caption_text_lines(text: str) -> list[tuple[int, int]]:
    ranges, offset = [], 0
    for number, line in enumerate(text.splitlines(keepends=True)):
        content = line.rstrip("\r\n")
        if number and "-->" not in content and not content.strip().isdigit():
            ranges.append((offset, offset + len(content)))
        offset += len(line)
    return ranges


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
        return value if isinstance(value, str) else None

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


def _strings(value: object, pointer: str) -> Iterator[tuple[str, str]]:
    if isinstance(value, str):
        yield pointer, value
    elif isinstance(value, dict):
        for key, item in value.items():
            if isinstance(item, str | dict | list):
                plain = "~" not in key and "/" not in key
                yield from _strings(
                    item, f"{pointer}/{key}" if plain else child_pointer(pointer, key)
                )
    elif isinstance(value, list):
        for index, item in enumerate(value):
            if isinstance(item, str | dict | list):
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


@dataclass
class CsvFile:
    """Slots are `Locator(row=N, column=NAME)`, rows numbered as the CSV reader numbers them."""

    text: str
    delimiter: str
    header: list[str]
    rows: dict[int, list[Cell]]

    @classmethod
    def parse(cls, text: str) -> CsvFile:
        found = header_cells(text[:65536])
        if found is None:
            raise InputFileError("not a CSV file with a header row")
        header, rows = data_rows(text, found[1])
        return cls(text, found[1], header, rows)

    def slot_for(self, locator: Locator) -> Locator:
        return Locator(row=locator.row, column=locator.column)

    def cell(self, slot: Locator) -> Cell | None:
        cells = self.rows.get(slot.row or 0, [])
        names = [name.strip() for name in self.header]
        column = (slot.column or "").strip()
        if names.count(column) != 1 or names.index(column) >= len(cells):
            return None
        return cells[names.index(column)]

    def slot_text(self, slot: Locator) -> str | None:
        cell = self.cell(slot)
        return cell.value if cell else None

    def sweep_regions(self) -> Iterator[SweepRegion]:
        for row, cells in self.rows.items():
            for name, cell in zip(self.header, cells, strict=False):
                yield Locator(row=row, column=name), cell.value, None

    def render(self, edits: EditsBySlot) -> str:
        replaced = []
        for slot, slot_edits in edits.items():
            cell = self.cell(slot)
            if cell is None or not slot_edits:
                continue
            value = apply_edits(cell.value, slot_edits)
            replaced.append((cell.start, cell.end, cell_text(value, self.delimiter, cell.quoted)))
        pieces, position = [], 0
        for start, end, raw in sorted(replaced):
            pieces.append(self.text[position:start])
            pieces.append(raw)
            position = end
        pieces.append(self.text[position:])
        return "".join(pieces)
