"""Freshdesk ticket JSON: incoming = customer, private = internal note, responder = agent."""

from __future__ import annotations

import json

from ingest_helpers import FIXTURES, load_json, resolve_pointer

TICKET = FIXTURES / "tickets" / "freshdesk_ticket.json"


def test_roles_notes_and_agent(read_path):
    (ticket,) = read_path(TICKET)
    assert (ticket.id, ticket.channel, ticket.agent_id) == ("55", "email", "3")
    assert ticket.metadata == {"created_at": "2024-06-01T10:00:00Z", "status": "open"}
    summary = [(t.role, t.speaker, t.is_internal_note) for t in ticket.turns]
    assert summary == [
        ("unknown", "subject", False),
        ("customer", "7001", False),
        ("agent", "3", True),
        ("agent", "3", False),
        ("customer", "7001", False),
    ]


def test_turn_text_is_the_field_at_its_pointer(read_path):
    document = load_json(TICKET)
    (ticket,) = read_path(TICKET)
    assert [t.locator.pointer for t in ticket.turns[:3]] == [
        "/subject",
        "/description_text",
        "/conversations/0/body_text",
    ]
    for turn in ticket.turns:
        assert resolve_pointer(document, turn.locator.pointer) == turn.text


def test_phone_ticket_description_has_no_assumed_author_and_html_is_the_fallback(
    tmp_path, read_path
):
    document = load_json(TICKET)
    document.update(source=3, description_text="", responder_id=None)
    path = tmp_path / "phone.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    (ticket,) = read_path(path, agent_map={"55": "AG-3"})
    description = ticket.turns[1]
    assert (description.role, description.locator.pointer) == ("unknown", "/description")
    assert description.text.startswith("<div>")
    assert (ticket.channel, ticket.agent_id) == ("voice", "AG-3")
