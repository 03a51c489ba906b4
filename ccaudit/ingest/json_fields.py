"""Any other JSON document: a CRM or warehouse export whose layout no reader knows.

`{"export": "crm_contacts", "records": [{"id": ..., "name": ..., "mobile": ...}, ...]}` holds
no text field a conversation could be read from, yet every field may be personal data, so
its strings are scanned rather than the file refused. Each object of the document's record
list (the top-level array, or the first array of objects under the top-level object) is one
conversation, named by its id field (as json-record's) or by the file and its index; a
document without such a list is one conversation. Every string in it, nested or not, but the
record's id, agent, date and channel, is a turn of its own, its key as the speaker and its
role unknown, located by its JSON pointer; a string that holds a whole labelled call becomes
that call's turns (text_fields). Numbers, which redact could not rewrite in place, are not
read.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from ccaudit.ingest.base import ReadOptions, Source
from ccaudit.ingest.json_document import child_pointer, parse_json, sniff_json
from ccaudit.ingest.json_record import AGENT_KEYS, DATE_KEYS, ID_KEYS, NOT_TEXT, first_id
from ccaudit.ingest.text_fields import placed_in, transcript_turns
from ccaudit.ingest.tickets import TicketBuilder
from ccaudit.model import Conversation, Locator


def _is_document(obj: Any) -> bool:
    return isinstance(obj, (dict, list))


class JsonFieldsReader:
    name = "json-fields"
    description = (
        "Any other JSON document (a CRM or warehouse export): every string field is scanned, "
        "one conversation per record"
    )

    def sniff(self, source: Source) -> bool:
        return sniff_json(source, _is_document)

    def read(self, source: Source, options: ReadOptions) -> Iterator[Conversation]:
        document = parse_json(source)
        records, pointer = _records(document)
        if records is None:
            yield _conversation(document, "", source.path.stem, source, options)
            return
        for index, record in enumerate(records):
            where = child_pointer(pointer, index)
            name = f"{source.path.stem}-{index + 1}"
            yield _conversation(record, where, name, source, options)


def _records(document: Any) -> tuple[list | None, str]:
    """The document's list of records and its pointer, or None."""
    if isinstance(document, list) and any(isinstance(item, dict) for item in document):
        return document, ""
    if isinstance(document, dict):
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


READER = JsonFieldsReader()
