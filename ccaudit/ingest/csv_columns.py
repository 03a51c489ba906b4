"""Which CSV column holds which field: header sniffing and `--map FIELD=COLUMN`.

`speaker` and `role` are a chat export's: a CSV with either holds one message per row
(csv_messages); without them, one ticket per row (csv_tickets).
"""

from __future__ import annotations

import csv
import re

from ccaudit.errors import InputFileError
from ccaudit.model import Channel

FIELDS = (
    "id",
    "agent",
    "requester",
    "subject",
    "body",
    "comments",
    "channel",
    "date",
    "speaker",
    "role",
    "start",
    "end",
)
TEXT_FIELDS = ("subject", "body", "comments")
MESSAGE_FIELDS = ("speaker", "role")
DELIMITERS = ",;\t|"

# Header names seen in helpdesk and CRM exports, compared without case, spaces or punctuation.
_ALIASES = {
    "id": "id ticketid ticketno ticketnumber caseid casenumber callid conversationid "
    "interactionid contactid chatid sessionid threadid เลขที่ตั๋ว รหัสเรื่อง",
    "agent": "agent agentid assignee assigneeid responder responderid owner รหัสพนักงาน พนักงาน",
    "requester": "requester requesteremail customer customeremail customername ลูกค้า",
    "subject": "subject ticketsubject title หัวข้อ เรื่อง",
    "body": "body description ticketdescription text transcript message content details "
    "messagetext messagebody utterance รายละเอียด ข้อความ",
    "comments": "comments comment notes note internalnote resolution บันทึก ความคิดเห็น",
    "channel": "channel ticketchannel source via ช่องทาง",
    "date": "date createdat created createddate วันที่",
    "speaker": "speaker speakername sender sendername author authorname participant "
    "participantname speakerlabel ผู้พูด ผู้ส่ง",
    "role": "role speakerrole speakertype sendertype senderrole authortype authorrole usertype "
    "participanttype participantrole บทบาท",
    "start": "start starttime startms begin begintime offset time เวลาเริ่ม เวลา",
    "end": "end endtime endms stop stoptime เวลาสิ้นสุด",
}
# A message's own id, never its conversation's.
MESSAGE_ID_NAMES = ("id", "messageid", "msgid")
CHANNELS: dict[str, Channel] = {
    "phone": "voice",
    "voice": "voice",
    "call": "voice",
    "email": "email",
    "chat": "chat",
    "social media": "chat",
}
_KNOWN = {alias: field for field, names in _ALIASES.items() for alias in names.split()}


def normal_name(name: str) -> str:
    return re.sub(r"[\s_\-.#:]+", "", name).casefold()


def header_cells(head: str) -> tuple[list[str], str] | None:
    """The header row's cell names and the delimiter, when the first line looks like one."""
    # A lone \r ends a line too; inside the cell list it would make csv raise.
    first = re.split(r"[\r\n]", head.lstrip("\r\n"), maxsplit=1)[0]
    if not first or first.lstrip()[:1] in ("{", "["):
        return None
    delimiter = max(DELIMITERS, key=first.count)
    if not first.count(delimiter):
        return None
    names = next(csv.reader([first], delimiter=delimiter), [])
    return (names, delimiter) if len(names) >= 2 else None


# A table with no text column: at least this many columns, with names (no `:`, which opens a
# transcript's speaker label), and its first rows as wide as its header: some exactly, the
# others a cell or two wider where an unquoted amount's comma splits a cell (`12,500.00`).
MIN_TABLE_COLUMNS = 3
TABLE_ROWS_CHECKED = 20
MAX_EXTRA_CELLS = 2
COLUMN_NAME = re.compile(r"[^\W\d][^:\n]{0,39}")


def is_table(head: str, names: list[str], delimiter: str) -> bool:
    """A CRM's or a warehouse's export of records: every column is a field (csv_tickets)."""
    if len(names) < MIN_TABLE_COLUMNS or not all(COLUMN_NAME.fullmatch(n.strip()) for n in names):
        return False
    complete = head.lstrip("\r\n").rsplit("\n", 1)[0] if "\n" in head else ""
    try:
        rows = list(
            csv.reader(complete.splitlines()[1 : TABLE_ROWS_CHECKED + 1], delimiter=delimiter)
        )
    except csv.Error:
        return False
    rows = [row for row in rows if any(cell.strip() for cell in row)]
    width = len(names)
    return any(len(row) == width for row in rows) and all(
        width <= len(row) <= width + MAX_EXTRA_CELLS for row in rows
    )


def find_columns(names: list[str], column_map: dict[str, str]) -> dict[str, int]:
    """field -> column index: mapped columns first (each must exist), then known header names."""
    columns: dict[str, int] = {}
    for index, name in enumerate(names):
        field = _KNOWN.get(normal_name(name))
        if field and field not in columns:
            columns[field] = index
    for field, wanted in column_map.items():
        exact = [i for i, name in enumerate(names) if name.strip() == wanted]
        loose = [i for i, name in enumerate(names) if normal_name(name) == normal_name(wanted)]
        if not exact and not loose:
            raise InputFileError(f"column {wanted!r} (--map {field}={wanted}) is not in the header")
        columns[field] = (exact or loose)[0]
    return columns


def column_name(names: list[str], index: int) -> str:
    """A column's header name; a cell past the header's last (an unquoted `3,200.00` made the
    row longer) is named by its position, `column 12`."""
    return names[index] if index < len(names) else f"column {index + 1}"


def column_index(names: list[str], name: str) -> int | None:
    """The inverse of column_name, header names compared stripped."""
    stripped = [n.strip() for n in names]
    if name.strip() in stripped:
        return stripped.index(name.strip())
    past = re.fullmatch(r"column (\d+)", name)
    return int(past[1]) - 1 if past and int(past[1]) > len(names) else None


def cell_at(cells: list[str], index: int | None) -> str:
    """The stripped cell of a column, or "" where the column is missing or the row short."""
    return cells[index].strip() if index is not None and index < len(cells) else ""
