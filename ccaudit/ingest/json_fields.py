"""Any other JSON object: a CRM or warehouse export whose layout no reader knows.

`{"export": "crm_contacts", "records": [{"id": ..., "name": ..., "mobile": ...}, ...]}`, alone,
one per line (NDJSON) or in an array, holds no text field a conversation could be read from,
yet every field may be personal data, so its strings are scanned rather than the file
refused. An export whose one array of objects stands beside plain values only (its name,
date, site) is one conversation per record, named by its id field (as json-record's) or by
the file and its index, and one more for those values; any other object is one conversation.
Every string in it, nested or not, but the record's id, agent, date and channel, is a turn of
its own, its key as the speaker and its role unknown, located by its JSON pointer; a string
that holds a whole labelled call becomes that call's turns (text_fields). Whole numbers of six
digits or more are read too (redact writes their masks as strings); shorter ones and
fractions are counts and amounts.
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

# Whole numbers of six digits or more are read as text (a Thai ID or an account stored as a
# number); counts and amounts are not.
MIN_NUMBER = 100_000


def sniff_object(obj: Any) -> bool:
    return isinstance(obj, dict)


def read_object(
    obj: Any, source: Source, options: ReadOptions, pointer: str = ""
) -> Iterator[Conversation]:
    key = _records_key(obj)
    if key is None:
        yield _conversation(obj, pointer, source.path.stem, source, options)
        return
    # The export's own strings (who exported it, the site) are read too, as one more conversation.
    header = {k: v for k, v in obj.items() if k != key}
    if any(isinstance(v, str) and v.strip() for v in header.values()):
        yield _conversation(header, pointer, source.path.stem, source, options)
    for index, record in enumerate(obj[key]):
        where = child_pointer(pointer, key, index)
        yield _conversation(record, where, f"{source.path.stem}-{index + 1}", source, options)


def _records_key(document: dict) -> str | None:
    """The key of the document's list of records: its one list of objects, beside nothing but
    plain values (an export's name, date, site). A case whose lists of objects are its parts
    (segments, passengers, notes) is one conversation."""
    lists = [
        key
        for key, value in document.items()
        if isinstance(value, list) and any(isinstance(item, dict) for item in value)
    ]
    if len(lists) != 1:
        return None
    others = (value for key, value in document.items() if key != lists[0])
    return lists[0] if all(_plain(value) for value in others) else None


def _plain(value: Any) -> bool:
    if isinstance(value, list):
        return all(not isinstance(item, (dict, list)) for item in value)
    return not isinstance(value, dict)


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
    """(pointer, key, text) of every string, and of every whole number long enough to be an
    ID, an account or a card, under value, in document order."""
    if isinstance(value, str):
        yield pointer, key, value
    elif isinstance(value, int) and not isinstance(value, bool) and abs(value) >= MIN_NUMBER:
        yield pointer, key, str(value)
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
