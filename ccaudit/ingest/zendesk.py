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
from typing import Any

from ccaudit.errors import InputFileError
from ccaudit.ingest.base import ReadOptions, Source
from ccaudit.ingest.json_document import child_pointer, parse_json, sniff_json
from ccaudit.ingest.tickets import TicketBuilder, channel_for, id_text
from ccaudit.model import Conversation, RedactionSpan, Role

_REDACTED = re.compile("▇+")
_USER_ROLES: dict[Any, Role] = {"agent": "agent", "admin": "agent", "end-user": "customer"}
_VIA_CHANNELS = {"voice": "voice", "email": "email", "chat": "chat", "native_messaging": "chat"}


def sniff_object(obj: Any) -> bool:
    if not isinstance(obj, dict):
        return False
    if isinstance(obj.get("ticket"), dict):
        return "requester_id" in obj["ticket"] or isinstance(obj.get("comments"), list)
    tickets = obj.get("tickets")
    if isinstance(tickets, list):
        return bool(tickets) and isinstance(tickets[0], dict) and "requester_id" in tickets[0]
    comments = obj.get("comments")
    if isinstance(comments, list) and comments and isinstance(comments[0], dict):
        first = comments[0]
        return "author_id" in first and "public" in first and _has_body(first)
    return "requester_id" in obj and ("via" in obj or "assignee_id" in obj)


def read_object(
    obj: Any, source: Source, options: ReadOptions, pointer: str = ""
) -> Iterator[Conversation]:
    users = _user_roles(obj.get("users"))
    if isinstance(obj.get("ticket"), dict):
        yield _ticket(
            obj["ticket"],
            obj.get("comments"),
            child_pointer(pointer, "ticket"),
            child_pointer(pointer, "comments"),
            users,
            source,
            options,
        )
    elif isinstance(obj.get("tickets"), list):
        for i, ticket in enumerate(obj["tickets"]):
            here = child_pointer(pointer, "tickets", i)
            yield _ticket(
                ticket,
                ticket.get("comments"),
                here,
                child_pointer(here, "comments"),
                users,
                source,
                options,
            )
    else:
        yield _ticket(
            obj,
            obj.get("comments"),
            pointer,
            child_pointer(pointer, "comments"),
            users,
            source,
            options,
        )


def _ticket(
    ticket: dict,
    comments: Any,
    pointer: str,
    comments_pointer: str,
    users: dict[str, Role],
    source: Source,
    options: ReadOptions,
) -> Conversation:
    if not isinstance(ticket, dict) or not isinstance(comments or [], list):
        raise InputFileError("Zendesk JSON: a ticket or its comments have the wrong type")
    first_ticket_id = next(
        (c.get("ticket_id") for c in comments or [] if isinstance(c, dict)), None
    )
    ticket_id = id_text(ticket.get("id") or first_ticket_id) or source.path.stem
    requester = id_text(ticket.get("requester_id"))
    via = ticket.get("via") if isinstance(ticket.get("via"), dict) else {}
    builder = TicketBuilder(ticket_id, source, "zendesk", _redactions)
    builder.add(ticket.get("subject"), child_pointer(pointer, "subject"), "unknown", "subject")
    if not comments:
        author = id_text(ticket.get("submitter_id")) or requester
        role = _role(author, requester, users)
        builder.add(ticket.get("description"), child_pointer(pointer, "description"), role, author)
    for i, comment in enumerate(comments):
        if not isinstance(comment, dict):
            raise InputFileError(f"Zendesk JSON: comment {i} is not an object")
        here = child_pointer(comments_pointer, i)
        author = id_text(comment.get("author_id"))
        internal = comment.get("public") is False
        field = next((f for f in ("plain_body", "body", "html_body") if comment.get(f)), "body")
        builder.add(
            comment.get(field),
            child_pointer(here, field),
            _role(author, requester, users),
            author,
            internal,
        )
        data = comment.get("data") if isinstance(comment.get("data"), dict) else {}
        transcript = child_pointer(here, "data", "transcription_text")
        builder.add(
            data.get("transcription_text"), transcript, "unknown", "transcription", internal
        )
    assignee = id_text(ticket.get("assignee_id"))
    agent_id = options.agent_for(ticket_id, assignee, source.path.name, source.path.stem)
    metadata = {
        key: str(ticket[key]) for key in ("status", "priority", "created_at") if ticket.get(key)
    }
    if via.get("channel"):
        metadata["via_channel"] = str(via["channel"])
    return builder.build(
        channel_for(via.get("channel"), _VIA_CHANNELS), agent_id or assignee, metadata
    )


def _has_body(comment: dict) -> bool:
    return any(key in comment for key in ("plain_body", "body", "html_body"))


def _user_roles(users: Any) -> dict[str, Role]:
    roles: dict[str, Role] = {}
    for user in users if isinstance(users, list) else []:
        if isinstance(user, dict) and user.get("id") is not None:
            role = user.get("role")
            known = (
                "agent"
                if role in ("agent", "admin")
                else "customer"
                if role == "end-user"
                else None
            )
            if known:
                roles[id_text(user["id"])] = known
    return roles


def _role(author: str | None, requester: str | None, users: dict[str, Role]) -> Role:
    if author is None:
        return "unknown"
    if author in users:
        return users[author]
    return "customer" if author == requester else "agent"


def _redactions(text: str) -> tuple[RedactionSpan, ...]:
    return tuple(RedactionSpan(m.start(), m.end(), "REDACTED") for m in _REDACTED.finditer(text))


class ZendeskReader:
    name = "zendesk"
    description = "Zendesk ticket JSON with comments (internal notes, voice transcriptions, ▇)"
    sniff_object = staticmethod(sniff_object)
    read_object = staticmethod(read_object)

    def sniff(self, source: Source) -> bool:
        return sniff_json(source, sniff_object)

    def read(self, source: Source, options: ReadOptions) -> Iterator[Conversation]:
        document = parse_json(source)
        if not sniff_object(document):
            raise InputFileError("not Zendesk ticket JSON (no ticket, tickets or comments)")
        yield from read_object(document, source, options)


READER = ZendeskReader()
