"""Zendesk ticket JSON: `{"ticket", "comments"}`, `{"tickets": [...]}`, or one ticket object.

Turns: the subject, then each comment's `plain_body` (else `body`, else `html_body`);
`public: false` marks an internal note; a VoiceComment adds its `data.transcription_text`
as a role-unknown turn. Without comments the `description` is the one body turn (with
comments it repeats the first comment, so it is skipped). Author roles come from side-loaded
`users[].role`; without them the requester is the customer and anyone else an agent.
Runs of `▇` (Zendesk's redaction) become RedactionSpans; a ticket with any counts as vendor
redacted. Locators are JSON pointers to the field; turn text is the field verbatim.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from ccaudit.errors import InputFileError
from ccaudit.ingest.base import ReadOptions, Source
from ccaudit.ingest.json_document import child_pointer
from ccaudit.ingest.json_reader import JsonReader
from ccaudit.ingest.tickets import TicketBuilder, channel_for, id_text
from ccaudit.model import Conversation, RedactionSpan, Role

_REDACTED = re.compile("▇+")
_USER_ROLES: dict[Any, Role] = {"agent": "agent", "admin": "agent", "end-user": "customer"}
_PAGE_KEYS = ("count", "next_page", "end_time", "end_of_stream", "after_cursor")
_VIA_CHANNELS = {"voice": "voice", "email": "email", "chat": "chat", "native_messaging": "chat"}


def sniff_object(obj: Any) -> bool:
    if not isinstance(obj, dict):
        return False
    if isinstance(obj.get("ticket"), dict):
        return "requester_id" in obj["ticket"] or isinstance(obj.get("comments"), list)
    tickets = obj.get("tickets")
    if isinstance(tickets, list):
        if not tickets:  # an empty page of an API listing or incremental export
            return any(key in obj for key in _PAGE_KEYS)
        return isinstance(tickets[0], dict) and "requester_id" in tickets[0]
    comments = obj.get("comments")
    if isinstance(comments, list) and comments and isinstance(comments[0], dict):
        first = comments[0]
        return "author_id" in first and "public" in first and _has_body(first)
    bare_ticket = "requester_id" in obj and "description_text" not in obj
    return bare_ticket and ("via" in obj or "assignee_id" in obj)


def read_object(
    obj: Any, source: Source, options: ReadOptions, pointer: str = ""
) -> Iterator[Conversation]:
    export = _Export(_user_roles(obj.get("users")), source, options)
    if isinstance(obj.get("ticket"), dict):
        yield export.ticket(obj["ticket"], child_pointer(pointer, "ticket"), obj, pointer)
    elif isinstance(obj.get("tickets"), list):
        for i, ticket in enumerate(obj["tickets"]):
            here = child_pointer(pointer, "tickets", i)
            if not isinstance(ticket, dict):
                raise InputFileError(f"Zendesk JSON: ticket {i} is not an object")
            yield export.ticket(ticket, here, ticket, here)
    else:
        yield export.ticket(obj, pointer, obj, pointer)


@dataclass
class _Export:
    """One file's side-loaded users and the options, shared by every ticket in it."""

    users: dict[str, Role]
    source: Source
    options: ReadOptions

    def ticket(self, ticket: dict, pointer: str, parent: dict, parent_pointer: str) -> Conversation:
        """`parent` holds the comments: the ticket itself, or the `{"ticket", "comments"}` pair."""
        comments = parent.get("comments") or []
        if not isinstance(comments, list):
            raise InputFileError("Zendesk JSON: comments is not a list")
        first = next((c.get("ticket_id") for c in comments if isinstance(c, dict)), None)
        ticket_id = id_text(ticket.get("id") or first) or self.source.path.stem
        requester = id_text(ticket.get("requester_id"))
        builder = TicketBuilder(ticket_id, self.source, "zendesk", _redactions)
        builder.add(ticket.get("subject"), child_pointer(pointer, "subject"), "unknown", "subject")
        if not comments:
            author = id_text(ticket.get("submitter_id")) or requester
            role = _role(author, requester, self.users)
            builder.add(
                ticket.get("description"), child_pointer(pointer, "description"), role, author
            )
        for i, comment in enumerate(comments):
            if not isinstance(comment, dict):
                raise InputFileError(f"Zendesk JSON: comment {i} is not an object")
            here = child_pointer(parent_pointer, "comments", i)
            self._comment(builder, comment, here, requester)
        return self._conversation(builder, ticket, ticket_id)

    def _comment(
        self, builder: TicketBuilder, comment: dict, here: str, requester: str | None
    ) -> None:
        author = id_text(comment.get("author_id"))
        internal = comment.get("public") is False
        field = next((f for f in ("plain_body", "body", "html_body") if comment.get(f)), "body")
        role = _role(author, requester, self.users)
        builder.add(comment.get(field), child_pointer(here, field), role, author, internal)
        data = comment.get("data") if isinstance(comment.get("data"), dict) else {}
        transcript = child_pointer(here, "data", "transcription_text")
        builder.add(
            data.get("transcription_text"), transcript, "unknown", "transcription", internal
        )

    def _conversation(self, builder: TicketBuilder, ticket: dict, ticket_id: str) -> Conversation:
        via = ticket.get("via") if isinstance(ticket.get("via"), dict) else {}
        assignee = id_text(ticket.get("assignee_id"))
        path = self.source.path
        agent_id = self.options.agent_for(ticket_id, assignee, path.name, path.stem)
        metadata = {
            k: str(ticket[k]) for k in ("status", "priority", "created_at") if ticket.get(k)
        }
        if via.get("channel"):
            metadata["via_channel"] = str(via["channel"])
        channel = channel_for(via.get("channel"), _VIA_CHANNELS)
        return builder.build(channel, agent_id or assignee, metadata)


def _has_body(comment: dict) -> bool:
    return any(key in comment for key in ("plain_body", "body", "html_body"))


def _user_roles(users: Any) -> dict[str, Role]:
    roles: dict[str, Role] = {}
    for user in users if isinstance(users, list) else []:
        if isinstance(user, dict) and user.get("id") is not None:
            role = _USER_ROLES.get(user.get("role"))
            if role:
                roles[str(user["id"])] = role
    return roles


def _role(author: str | None, requester: str | None, users: dict[str, Role]) -> Role:
    if author is None:
        return "unknown"
    if author in users:
        return users[author]
    return "customer" if author == requester else "agent"


def _redactions(text: str) -> tuple[RedactionSpan, ...]:
    return tuple(RedactionSpan(m.start(), m.end(), "REDACTED") for m in _REDACTED.finditer(text))


READER = JsonReader(
    name="zendesk",
    description="Zendesk ticket JSON with comments (internal notes, voice transcriptions, ▇)",
    sniff_object=sniff_object,
    read_object=read_object,
    not_this_layout="not Zendesk ticket JSON (no ticket, tickets or comments)",
)
