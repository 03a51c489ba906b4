"""A JSON record that holds a call's or a ticket's text in one field, as warehouses and CRMs
export it: `{"call_id": "C-1", "agent_id": "A-7", "transcript": "Agent: ...\\nCustomer: ..."}`,
alone, one per line (NDJSON) or in an array, when no vendor or turn-list reader takes it.

The text is the first string of `transcript`, `conversation`, `dialogue`, `text`, `body`,
`content`, `message`, `description`; a labelled call in it becomes its turns (text_fields),
other text one turn. Every other string field at the top level that is not the record's id,
agent, date or channel (a customer's name or phone, a note) is a turn of its own after them,
its key as its speaker and its role unknown, so that what it holds is scanned too. The id is
the first of `call_id`, `conversation_id`, `contact_id`, `ticket_id`, `id`; the agent
`agent_id` or `agent`; the date `date`, `call_date`, `created_at` or `start_time`.
Locators are JSON pointers to the field.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from ccaudit.ingest.base import ReadOptions, Source
from ccaudit.ingest.csv_columns import CHANNELS
from ccaudit.ingest.json_document import child_pointer
from ccaudit.ingest.json_reader import JsonReader
from ccaudit.ingest.text_fields import placed_in, transcript_turns
from ccaudit.ingest.tickets import TicketBuilder, channel_for, id_text
from ccaudit.model import Conversation, Locator

_TEXT_KEYS = (
    "transcript",
    "conversation",
    "dialogue",
    "text",
    "body",
    "content",
    "message",
    "description",
)
ID_KEYS = ("call_id", "conversation_id", "contact_id", "ticket_id", "id")
AGENT_KEYS = ("agent_id", "agent")
DATE_KEYS = ("date", "call_date", "created_at", "start_time")
NOT_TEXT = frozenset({*ID_KEYS, *AGENT_KEYS, *DATE_KEYS, "channel"})


def _text_key(obj: dict) -> str | None:
    return next((k for k in _TEXT_KEYS if isinstance(obj.get(k), str) and obj[k].strip()), None)


def sniff_object(obj: Any) -> bool:
    return isinstance(obj, dict) and _text_key(obj) is not None


def first_id(obj: dict, keys: tuple[str, ...]) -> str | None:
    return next((id_text(obj[k]) for k in keys if id_text(obj.get(k))), None)


def read_object(
    obj: dict, source: Source, options: ReadOptions, pointer: str = ""
) -> Iterator[Conversation]:
    text_key = _text_key(obj)
    conversation_id = first_id(obj, ID_KEYS) or source.path.stem
    builder = TicketBuilder(conversation_id, source, READER.name)
    where = child_pointer(pointer, text_key)
    turns = transcript_turns(obj[text_key], options)
    if turns:
        builder.turns += placed_in(turns, Locator(pointer=where), 0)
    else:
        builder.add(obj[text_key], where, "unknown", text_key)
    for key, value in obj.items():
        if key != text_key and key not in NOT_TEXT and isinstance(value, str):
            builder.add(value, child_pointer(pointer, key), "unknown", key)
    agent = first_id(obj, AGENT_KEYS)
    agent_id = options.agent_for(conversation_id, agent, source.path.name) or agent
    date = first_id(obj, DATE_KEYS)
    channel = channel_for(obj.get("channel"), CHANNELS, "unknown" if turns else "ticket")
    yield builder.build(channel, agent_id, {"date": date} if date else {})


READER = JsonReader(
    name="json-record",
    description=(
        "A JSON record holding a call's or ticket's text in one field (`transcript`, `text`, "
        "`body`, ...), alone, per line or in an array"
    ),
    sniff_object=sniff_object,
    read_object=read_object,
    not_this_layout="not a JSON record with a text field (transcript, text, body, ...)",
)
