"""Names in a table pasted into text: a header line of field names (`order_no,customer_name,
phone`, `lead_id;ชื่อ;นามสกุล;เบอร์โทร`, a Markdown table's `| name | phone |`), then rows with
as many cells. A cell under a column named for a person holds a name (named_fields), with no
cue and no list, as a CSV file's would; the other known columns (`dob`, `passport`, `phone`)
are read by ccaudit.pii.passes.field_values through `table_field_cells`. The table's lines may
make one turn, or each line a turn of its own, as a note's lines often do.

The header must look like one: three columns or more, each a short name with no digit first
and no colon, two or more of them fields that ingest.field_names knows, and no space after a
comma or a semicolon (`Name, phone, email please` is a sentence). A table runs over turns of
one speaker only (a note's lines); a row with nothing in its other cells (`Total,,`) and one
whose name cells hold a shop, a company or a branch (`ร้าน`, `Co., Ltd`, `Main Branch`) name
no person.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from ccaudit.ingest.csv_columns import COLUMN_NAME, DELIMITERS, MIN_TABLE_COLUMNS
from ccaudit.ingest.field_names import PERSON, entity_of_key
from ccaudit.pii.names.english_lists import CONTACT_CENTRE_WORDS
from ccaudit.pii.names.english_words import ORGANISATION_WORDS
from ccaudit.pii.names.named_fields import named_field_name_span
from ccaudit.pii.names.thai_words import begins_with_a_thing

MIN_KNOWN_COLUMNS = 2
# A header has at least MIN_TABLE_COLUMNS - 1 delimiters of one kind on its line.
_MAY_HOLD_A_HEADER = re.compile(
    "|".join(f"{re.escape(d)}[^{re.escape(d)}\\r\\n]*{re.escape(d)}" for d in DELIMITERS)
)
_NOT_PERSONS = ORGANISATION_WORDS | CONTACT_CENTRE_WORDS
# One cell: quoted (its text inside the quotes) or bare, up to the delimiter.
_CELLS = {
    delimiter: re.compile(rf'[ \t]*(?:"((?:[^"]|"")*)"|([^{re.escape(delimiter)}"\r\n]*))[ \t]*')
    for delimiter in DELIMITERS
}


@dataclass(frozen=True)
class _Header:
    delimiter: str
    width: int
    name_columns: tuple[int, ...]
    other_columns: tuple[tuple[int, str], ...]  # (column, entity) of the other known fields


def table_name_spans(
    texts: Sequence[str], speakers: Sequence[str | None]
) -> Iterator[tuple[int, int, int]]:
    """(turn, start, end) of each name in a person's column of a table in the texts; the
    turns' speakers (or roles) are `speakers`."""
    for position, offset, line, cells, header in _rows(texts, speakers):
        yield from _row_names(position, offset, line, cells, header)


def table_field_cells(
    texts: Sequence[str], speakers: Sequence[str | None]
) -> Iterator[tuple[int, int, int, str]]:
    """(turn, start, end, entity) of each non-empty cell under another known column (a `dob`,
    a `passport`) of a row that names a person."""
    for position, offset, line, cells, header in _rows(texts, speakers):
        if not list(_row_names(position, offset, line, cells, header)):
            continue
        for column, entity in header.other_columns:
            start, end = cells[column]
            value = line[start:end]
            if value.strip():
                first = start + len(value) - len(value.lstrip())
                yield position, offset + first, offset + start + len(value.rstrip()), entity


def _rows(
    texts: Sequence[str], speakers: Sequence[str | None]
) -> Iterator[tuple[int, int, str, list[tuple[int, int]], _Header]]:
    """(turn, the line's offset in it, the line, its cells, the table's header) of each row."""
    header: _Header | None = None
    for position, text in enumerate(texts):
        if header is not None and speakers[position] != speakers[position - 1]:
            header = None
        if header is None and not _MAY_HOLD_A_HEADER.search(text):
            continue
        offset = 0
        for line in text.splitlines(keepends=True):
            body = line.rstrip("\r\n")
            cells = _cells(body, header.delimiter) if header else None
            if header and cells is not None and len(cells) == header.width:
                yield position, offset, body, cells, header
            else:
                header = _header(body)
            offset += len(line)


def _header(line: str) -> _Header | None:
    delimiter = max(DELIMITERS, key=line.count)
    if line.count(delimiter) < MIN_TABLE_COLUMNS - 1 or (
        delimiter in ",;" and f"{delimiter} " in line
    ):
        return None
    cells = _cells(line, delimiter)
    if cells is None:
        return None
    names = [line[start:end].strip() for start, end in cells]
    if delimiter == "|" and not names[0] and not names[-1]:  # a Markdown table's outer bars
        names = names[1:-1]
    if len(names) < MIN_TABLE_COLUMNS or not all(COLUMN_NAME.fullmatch(name) for name in names):
        return None
    entities = [entity_of_key(name) for name in names]
    if sum(e is not None for e in entities) < MIN_KNOWN_COLUMNS or PERSON not in entities:
        return None
    first = 1 if len(cells) != len(names) else 0
    columns = tuple(i + first for i, entity in enumerate(entities) if entity == PERSON)
    others = tuple(
        (i + first, entity) for i, entity in enumerate(entities) if entity not in (None, PERSON)
    )
    return _Header(delimiter, len(cells), columns, others)


def _cells(line: str, delimiter: str) -> list[tuple[int, int]] | None:
    """Each cell's span (a quoted cell's text inside its quotes); None when the line does not
    split cleanly."""
    pattern, spans, at = _CELLS[delimiter], [], 0
    while True:
        cell = pattern.match(line, at)
        if cell is None:
            return None
        group = 1 if cell.group(1) is not None else 2
        spans.append(cell.span(group))
        at = cell.end()
        if at == len(line):
            return spans
        if line[at] != delimiter:
            return None
        at += 1


def _row_names(
    position: int, offset: int, line: str, cells: list[tuple[int, int]], header: _Header
) -> Iterator[tuple[int, int, int]]:
    values = [(cells[i][0], line[cells[i][0] : cells[i][1]]) for i in header.name_columns]
    others = [line[s:e] for i, (s, e) in enumerate(cells) if i not in header.name_columns]
    if not any(other.strip() for other in others):
        return
    if any(_names_a_business(value) for _, value in values):
        return
    for start, value in values:
        span = named_field_name_span(value)
        if span is not None:
            yield position, offset + start + span[0], offset + start + span[1]


def _names_a_business(value: str) -> bool:
    words = {word.strip(".,").lower() for word in value.split()}
    return begins_with_a_thing(value.strip()) or bool(words & _NOT_PERSONS)
