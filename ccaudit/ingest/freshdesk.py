"""Freshdesk ticket JSON (`/api/v2/tickets/{id}?include=conversations`).

Turns: the subject, the description (`description_text`, else the HTML `description`), then
each conversation's `body_text` (else `body`). `incoming: true` is the customer, anything
else an agent; `private: true` is an internal note. The ticket's description counts as the
customer's only for customer-originated sources (email, portal, widget), else role unknown.
`responder_id` is the agent (translated through --agents when mapped). Locators are JSON
pointers; turn text is the field verbatim.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from ccaudit.errors import InputFileError
from ccaudit.ingest.base import ReadOptions, Source
from ccaudit.ingest.json_document import child_pointer
from ccaudit.ingest.json_reader import JsonReader
from ccaudit.ingest.tickets import TicketBuilder, channel_for, id_text
from ccaudit.model import Channel, Conversation

# Freshdesk `source` codes: 1 email, 2 portal, 3 phone, 7 chat, 9 feedback widget, 10 outbound.
_SOURCE_CHANNELS: dict[Any, Channel] = {1: "email", 3: "voice", 7: "chat", 10: "email"}
_CUSTOMER_SOURCES = (1, 2, 9)
_STATUS = {2: "open", 3: "pending", 4: "resolved", 5: "closed"}


def sniff_object(obj: Any) -> bool:
    if not isinstance(obj, dict):
        return False
    if "description_text" in obj and ("responder_id" in obj or "requester_id" in obj):
        return True
    conversations = obj.get("conversations")
    if isinstance(conversations, list) and conversations and isinstance(conversations[0], dict):
        return {"body_text", "incoming", "private"} <= conversations[0].keys()
    return False


def read_object(
    obj: Any, source: Source, options: ReadOptions, pointer: str = ""
) -> Iterator[Conversation]:
    conversations = obj.get("conversations") or []
    if not isinstance(conversations, list):
        raise InputFileError("Freshdesk JSON: conversations is not a list")
    ticket_id = id_text(obj.get("id")) or source.path.stem
    builder = TicketBuilder(ticket_id, source, "freshdesk")
    builder.add(obj.get("subject"), child_pointer(pointer, "subject"), "unknown", "subject")
    description = "description_text" if obj.get("description_text") else "description"
    requester = id_text(obj.get("requester_id"))
    role = "customer" if obj.get("source") in _CUSTOMER_SOURCES else "unknown"
    builder.add(obj.get(description), child_pointer(pointer, description), role, requester)
    for i, item in enumerate(conversations):
        if not isinstance(item, dict):
            raise InputFileError(f"Freshdesk JSON: conversation {i} is not an object")
        field = "body_text" if item.get("body_text") else "body"
        role = "customer" if item.get("incoming") is True else "agent"
        builder.add(
            item.get(field),
            child_pointer(pointer, "conversations", i, field),
            role,
            id_text(item.get("user_id")),
            item.get("private") is True,
        )
    responder = id_text(obj.get("responder_id"))
    agent_id = options.agent_for(ticket_id, responder, source.path.name, source.path.stem)
    metadata = {"created_at": str(obj["created_at"])} if obj.get("created_at") else {}
    if obj.get("status") in _STATUS:
        metadata["status"] = _STATUS[obj["status"]]
    yield builder.build(
        channel_for(obj.get("source"), _SOURCE_CHANNELS), agent_id or responder, metadata
    )


READER = JsonReader(
    name="freshdesk",
    description="Freshdesk ticket JSON with conversations (incoming, private notes)",
    sniff_object=sniff_object,
    read_object=read_object,
    not_this_layout="not Freshdesk ticket JSON (no description_text or conversations)",
)
