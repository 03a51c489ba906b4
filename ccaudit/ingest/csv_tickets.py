"""Ticket CSV exports: one row, one conversation; streamed row by row.

Columns are found from the header (case, spaces and underscores ignored) or given with
`--map FIELD=COLUMN` for id, agent, requester, subject, body, comments, channel, date,
speaker, role.
The requester, subject, body and comments cells become turns (role unknown: a flat row does
not say who wrote what), then every other cell but the id, channel, date and an agent's id (a
customer's name, phone or e-mail column, the agent's name, a note) as a turn of its own with
its header for a speaker, so that what it holds is scanned too. Turns are located by `row`
(1 = first data row), `column` (the header name) and `line` (the file line where the row
starts); a body cell that holds a whole labelled call (`Agent: ...` / `Customer: ...` lines)
becomes that call's turns (text_fields). Detection needs a text and an id column, or a table:
a header of three named columns or more and rows as wide (a CRM's customer list), whose every
column is a field.
A CSV that also says who wrote each row (a speaker or role column) is a chat export with one
message per row instead, read by csv_messages.
"""

from __future__ import annotations

from collections.abc import Iterator

from ccaudit.errors import InputFileError
from ccaudit.ingest.base import ReadOptions, Source
from ccaudit.ingest.csv_columns import (
    CHANNELS,
    FIELDS,
    MESSAGE_FIELDS,
    TEXT_FIELDS,
    cell_at,
    column_name,
    find_columns,
    header_cells,
    is_table,
)
from ccaudit.ingest.csv_messages import read_messages
from ccaudit.ingest.csv_rows import csv_rows
from ccaudit.ingest.text_fields import placed_in, transcript_turns
from ccaudit.ingest.tickets import TicketBuilder, channel_for
from ccaudit.model import Conversation, Locator

# Cells that say what the row is, not what was written; the agent's is read when it holds a
# name (`owner`: `D. Haley`), not an id (`AG-1042`).
_NOT_TEXT = ("id", "agent", "channel", "date", "start", "end")


class CsvTicketsReader:
    name = "csv"
    description = (
        "CSV export: a ticket per row, or a chat message per row when a column says who wrote "
        "it (columns detected from the header or given with --map)"
    )

    def sniff(self, source: Source) -> bool:
        header = header_cells(source.head)
        if header is None:
            return False
        columns = find_columns(header[0], {})
        messages = any(field in columns for field in MESSAGE_FIELDS) and "body" in columns
        if messages or ("id" in columns and any(field in columns for field in TEXT_FIELDS)):
            return True
        return is_table(source.head, *header)

    def sniff_mapped(self, source: Source, column_map: dict[str, str]) -> bool:
        """With --map, a header row naming any mapped column is enough."""
        header = header_cells(source.head)
        if header is None or not column_map:
            return False
        names = {name.strip() for name in header[0]}
        return any(column in names for column in column_map.values())

    def read(self, source: Source, options: ReadOptions) -> Iterator[Conversation]:
        header = header_cells(source.head)
        if header is None:
            raise InputFileError("not a CSV file with a header row")
        names, delimiter = header
        for field in options.column_map:
            if field not in FIELDS:
                raise InputFileError(f"--map field {field!r} is not one of {', '.join(FIELDS)}")
        columns = find_columns(names, options.column_map)
        messages = any(field in columns for field in MESSAGE_FIELDS)
        text_column = any(field in columns for field in TEXT_FIELDS)
        # A chat export's rows are messages: without a message column there are none to read.
        if (messages and "body" not in columns) or (
            not text_column and not is_table(source.head, names, delimiter)
        ):
            raise InputFileError("no text column found; name one with --map body=COLUMN")
        rows = csv_rows(source.lines(options.max_line_chars), delimiter)
        next((row for _, row in rows if row), None)  # the header
        if messages:
            yield from read_messages(rows, names, columns, source, options)
            return
        row_number = 0
        for line, cells in rows:
            if any(cell.strip() for cell in cells):
                row_number += 1
                yield _conversation(cells, names, columns, row_number, line, source, options)


def _conversation(
    cells: list[str],
    names: list[str],
    columns: dict[str, int],
    row: int,
    line: int,
    source: Source,
    options: ReadOptions,
) -> Conversation:
    def cell(field: str) -> str:
        return cell_at(cells, columns.get(field))

    ticket_id = cell("id") or f"{source.path.stem}-row{row}"
    builder = TicketBuilder(ticket_id, source, CsvTicketsReader.name)
    transcript = False
    for field in ("requester", *TEXT_FIELDS):
        index = columns.get(field)
        if index is not None and index < len(cells):
            turns = transcript_turns(cells[index], options) if field == "body" else None
            if turns:
                # Its first line: the row's, after the line breaks of the cells before it.
                first_line = line + sum(c.count("\n") for c in cells[:index])
                field_at = Locator(row=row, column=names[index], line=first_line)
                builder.turns += placed_in(turns, field_at, len(builder.turns))
                transcript = True
            else:
                locator = Locator(row=row, column=names[index], line=line)
                builder.add(cells[index], locator, "unknown", field)
    read = {columns[f] for f in (*_NOT_TEXT, "requester", *TEXT_FIELDS) if f in columns}
    if not any(c.isdigit() for c in cell("agent")):
        read.discard(columns.get("agent"))
    for index, value in enumerate(cells):
        if index not in read:
            name = column_name(names, index)
            builder.add(value, Locator(row=row, column=name, line=line), "unknown", name)
    agent = cell("agent") or None
    agent_id = options.agent_for(ticket_id, agent, source.path.name) or agent
    metadata = {"date": cell("date")} if cell("date") else {}
    # A whole call in a cell is a conversation like a transcript file's, not a ticket.
    channel = channel_for(cell("channel") or None, CHANNELS)
    if transcript and not cell("channel"):
        channel = "unknown"
    return builder.build(channel, agent_id, metadata)


READER = CsvTicketsReader()
