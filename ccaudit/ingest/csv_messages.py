"""Chat CSV exports with one message per row (LINE OA, web-chat and helpdesk chat exports).

A CSV whose header says who wrote each row, a speaker column (`sender`, `author`, `speaker`)
or a role column (`sender_type`, `role`), holds the turns of conversations, not tickets. Rows
in a run with the same conversation id (`conversation_id`, `chat_id`, `session_id`, `call_id`,
...) are one conversation; without such a column the file is one. A plain `id` column is the
message's own id. The speaker cell is the turn's label, the role cell states its role, and the
roles of the rest come from speaker_roles, as for every layout. The message cell is the turn,
located by row, column and line as ticket cells are; rows without text (joins, file uploads)
are left out. Start and end columns give the turn's times: clock times (`00:01:23.40`), or
seconds (milliseconds when the header says `ms`); a date with its time is no offset into a
call and is left out; so is a `time` column beside a date column (a chat's time of day).
Rows timed from a call's start, with no date column (the first within its first minute: a
diarizer's segments, a transcript pasted as a Markdown table), are a call, not a chat, unless
a channel column says otherwise; a Markdown table's rule under its header (`|---|---|`) is no
row.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ccaudit.errors import InputFileError
from ccaudit.ingest.base import MAX_WHOLE_FILE_BYTES, ReadOptions, Source
from ccaudit.ingest.csv_columns import CHANNELS, MESSAGE_ID_NAMES, cell_at, normal_name
from ccaudit.ingest.speaker_labels import role_of_label
from ccaudit.ingest.speaker_roles import label_roles
from ccaudit.ingest.text_patterns import is_clock, time_ms
from ccaudit.ingest.tickets import channel_for
from ccaudit.model import Conversation, Locator, Turn

# A conversation is held whole, as whole-file formats are.
_TOO_LONG = (
    f"one conversation of more than {MAX_WHOLE_FILE_BYTES // (1024 * 1024)} MiB of CSV "
    "messages; give each conversation's rows a conversation_id column"
)

_SECONDS = re.compile(r"\d{1,6}(?:\.\d+)?")
_MARKDOWN_RULE = re.compile(r"[\s:|]*-[\s:|-]*")
CALL_START_MS = 60_000
_TIME_OF_DAY = frozenset({"time", "เวลา"})


def read_messages(
    rows: Iterator[tuple[int, list[str]]],
    names: list[str],
    columns: dict[str, int],
    source: Source,
    options: ReadOptions,
) -> Iterator[Conversation]:
    """The conversations of the rows after the header."""
    id_column = columns.get("id")
    if id_column is not None and normal_name(names[id_column]) in MESSAGE_ID_NAMES:
        id_column = None
    if (
        "date" in columns
        and "start" in columns
        and normal_name(names[columns["start"]]) in _TIME_OF_DAY
    ):
        columns = {field: index for field, index in columns.items() if field != "start"}
    gathered = _Gathered(names, columns)
    current_id: str | None = None
    row_number = held = 0
    for line, cells in rows:
        if not any(cell.strip() for cell in cells) or _MARKDOWN_RULE.fullmatch("".join(cells)):
            continue
        row_number += 1
        row_id = cell_at(cells, id_column)
        if gathered.rows and row_id != current_id:
            yield gathered.conversation(current_id, source, options)
            gathered, held = _Gathered(names, columns), 0
        current_id = row_id
        held += sum(len(cell) for cell in cells)
        if held > MAX_WHOLE_FILE_BYTES:
            raise InputFileError(_TOO_LONG)
        gathered.add(cells, row_number, line)
    if gathered.rows:
        yield gathered.conversation(current_id, source, options)


class _Gathered:
    """The rows of one conversation, as turns."""

    def __init__(self, names: list[str], columns: dict[str, int]):
        self.names = names
        self.columns = columns
        self.rows = 0
        self.turns: list[Turn] = []
        self.first_cells: dict[str, str] = {}

    def add(self, cells: list[str], row: int, line: int) -> None:
        self.rows += 1
        for field in ("agent", "channel", "date"):
            value = cell_at(cells, self.columns.get(field))
            if value:
                self.first_cells.setdefault(field, value)
        text_column = self.columns["body"]
        text = cells[text_column] if text_column < len(cells) else ""
        if not text.strip():
            return
        speaker = cell_at(cells, self.columns.get("speaker"))
        stated = cell_at(cells, self.columns.get("role"))
        self.turns.append(
            Turn(
                index=len(self.turns),
                role=role_of_label(stated or None),
                text=text,
                speaker=speaker or stated or None,
                start_ms=self._ms(cells, "start"),
                end_ms=self._ms(cells, "end"),
                locator=Locator(row=row, column=self.names[text_column], line=line),
            )
        )

    def _ms(self, cells: list[str], field: str) -> int | None:
        column = self.columns.get(field)
        if column is None:
            return None
        value = cell_at(cells, column)
        if is_clock(value):
            return time_ms(value)
        if not _SECONDS.fullmatch(value):
            return None
        in_ms = normal_name(self.names[column]).endswith("ms")
        return round(float(value) * (1 if in_ms else 1000))

    def conversation(
        self, conversation_id: str | None, source: Source, options: ReadOptions
    ) -> Conversation:
        label_roles(self.turns, options)
        conversation_id = conversation_id or source.path.stem
        agent = self.first_cells.get("agent")
        first_start = next((t.start_ms for t in self.turns if t.start_ms is not None), None)
        timed_call = (
            "date" not in self.columns and first_start is not None and first_start < CALL_START_MS
        )
        channel = channel_for(
            self.first_cells.get("channel"), CHANNELS, "voice" if timed_call else "chat"
        )
        date = self.first_cells.get("date")
        return Conversation(
            id=conversation_id,
            path=source.display,
            source_format="csv",
            turns=self.turns,
            channel=channel,
            agent_id=options.agent_for(conversation_id, agent, source.path.name) or agent,
            metadata={"date": date} if date else {},
        )
