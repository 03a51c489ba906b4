"""Any other JSON object: a CRM or warehouse export whose layout no reader knows.

`{"export": "crm_contacts", "records": [{"id": ..., "name": ..., "mobile": ...}, ...]}`, alone,
one per line (NDJSON) or in an array, holds no text field a conversation could be read from,
yet every field may be personal data, so its strings are scanned rather than the file
refused. Each object of its record list (the first array of objects in it) is one
conversation, named by its id field (as json-record's) or by the file and its index; an
object without such a list is one conversation. Every string in it, nested or not, but the
record's id, agent, date and channel, is a turn of its own, its key as the speaker and its
role unknown, located by its JSON pointer; a string that holds a whole labelled call becomes
that call's turns (text_fields). Numbers, which redact could not rewrite in place, are not
read.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from ccaudit.ingest.base import ReadOptions, Source
from ccaudit.ingest.json_document import child_pointer
from ccaudit.ingest.json_reader import JsonReader
from ccaudit.ingest.json_record import AGENT_KEYS, DATE_KEYS, ID_KEYS, NOT_TEXT, first_id
from ccaudit.ingest.text_fields import placed_in, transcript_turns
from ccaudit.ingest.tickets import TicketBuilder
from ccaudit.model import Conversation, Locator


def sniff_object(obj: Any) -> bool:
    return isinstance(obj, dict)


def read_object(
    obj: Any, source: Source, options: ReadOptions, pointer: str = ""
) -> Iterator[Conversation]:
    records, records_at = _records(obj)
    if records is None:
        yield _conversation(obj, pointer, source.path.stem, source, options)
        return
    for index, record in enumerate(records):
        where = child_pointer(pointer + records_at, index)
        yield _conversation(record, where, f"{source.path.stem}-{index + 1}", source, options)


def _records(document: dict) -> tuple[list | None, str]:
    """The document's list of records and its pointer, or None."""
    for key, value in document.items():
        if isinstance(value, list) and any(isinstance(item, dict) for item in value):
            return value, child_pointer("", key)
    return None, ""


def _conversation(
    record: Any, pointer: str, fallback_id: str, source: Source, options: ReadOptions
) -> Conversation:
    fields = record if isinstance(record, dict) else {}
    conversation_id = first_id(fields, ID_KEYS) or fallback_id
    builder = TicketBuilder(conversation_id, source, READER.name)
    transcript = False
    for where, key, text in _strings(record, pointer, ""):
        if key in NOT_TEXT and where == child_pointer(pointer, key):
            continue
        turns = transcript_turns(text, options)
        if turns:
            builder.turns += placed_in(turns, Locator(pointer=where), len(builder.turns))
            transcript = True
        else:
            builder.add(text, where, "unknown", key or None)
    agent = first_id(fields, AGENT_KEYS)
    agent_id = options.agent_for(conversation_id, agent, source.path.name) or agent
    date = first_id(fields, DATE_KEYS)
    return builder.build(
        "unknown" if transcript else "ticket", agent_id, {"date": date} if date else {}
    )


def _strings(value: Any, pointer: str, key: str) -> Iterator[tuple[str, str, str]]:
    """(pointer, key, text) of every string under value, in document order."""
    if isinstance(value, str):
        yield pointer, key, value
    elif isinstance(value, dict):
        for child_key, child in value.items():
            yield from _strings(child, child_pointer(pointer, child_key), child_key)
    elif isinstance(value, list):
        for index, child in enumerate(value):
            yield from _strings(child, child_pointer(pointer, index), key)


READER = JsonReader(
    name="json-fields",
    description=(
        "Any other JSON document (a CRM or warehouse export): every string field is scanned, "
        "one conversation per record; alone, per line or in an array"
    ),
    sniff_object=sniff_object,
    read_object=read_object,
    not_this_layout="not a JSON object",
)
