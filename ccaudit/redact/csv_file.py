"""CSV files: a slot per cell, by row (numbered as the CSV reader numbers them) and column."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from ccaudit.display_safe import display_safe
from ccaudit.errors import InputFileError
from ccaudit.ingest.csv_columns import column_index, column_name, header_cells
from ccaudit.model import Locator
from ccaudit.redact.csv_cells import Cell, cell_rows, cell_text
from ccaudit.redact.edits import Edit, Redaction, apply_edits
from ccaudit.redact.id_fields import ID_ENTITY, REASON_ID
from ccaudit.redact.slots import EditsBySlot, SweepRegion


@dataclass
class CsvFile:
    """Slots are `Locator(row=N, column=NAME)`, rows numbered as the CSV reader numbers them;
    row 0 is the header."""

    text: str
    delimiter: str
    header: list[str]
    rows: dict[int, list[Cell]]
    header_cells: list[Cell] = field(default_factory=list)

    @classmethod
    def parse(cls, text: str) -> CsvFile:
        found = header_cells(text[:65536])
        if found is None:
            raise InputFileError("not a CSV file with a header row")
        cells, rows = cell_rows(text, found[1])
        header = [c.value for c in cells]
        names = [name.strip() for name in header]
        if len(set(names)) != len(names):
            # Cells are named by column; a second column of one name could not be redacted.
            raise InputFileError("two columns share a name; cells cannot be told apart")
        return cls(text, found[1], header, rows, cells)

    def slot_for(self, locator: Locator) -> Locator:
        return Locator(row=locator.row, column=locator.column)

    def cell(self, slot: Locator) -> Cell | None:
        cells = self.header_cells if slot.row == 0 else self.rows.get(slot.row or 0, [])
        index = column_index(self.header, slot.column or "")
        return cells[index] if index is not None and index < len(cells) else None

    def slot_text(self, slot: Locator) -> str | None:
        cell = self.cell(slot)
        return cell.value if cell else None

    def sweep_regions(self) -> Iterator[SweepRegion]:
        for row, cells in self.rows.items():
            for index, cell in enumerate(cells):
                yield Locator(row=row, column=column_name(self.header, index)), cell.value, None

    def header_edits(self) -> Iterator[Edit]:
        """Column names as outputs show them (a card number as a column name is masked there):
        the copy must not hold more."""
        for cell in self.header_cells:
            safe = display_safe(cell.value)
            if safe != cell.value:
                slot = Locator(row=0, column=cell.value.strip())
                yield Edit(slot, 0, len(cell.value), safe, Redaction(ID_ENTITY, "mask", REASON_ID))

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
