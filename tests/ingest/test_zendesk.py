"""Zendesk ticket JSON: roles, internal notes, voice transcriptions, ▇ redactions, pointers."""

from __future__ import annotations

import json

from ingest_helpers import FIXTURES, load_json, resolve_pointer

TICKET = FIXTURES / "tickets" / "zendesk_ticket.json"


def write_json(tmp_path, document, name="ticket.json"):
    path = tmp_path / name
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    return path


def test_ticket_with_comments_and_side_loaded_users(read_path):
    (ticket,) = read_path(TICKET)
    assert (ticket.id, ticket.channel, ticket.agent_id) == ("101", "email", "42")
    assert ticket.metadata == {
        "status": "open",
        "priority": "high",
        "created_at": "2024-05-01T03:04:05Z",
        "via_channel": "email",
    }
    summary = [(t.role, t.speaker, t.is_internal_note, t.locator.pointer) for t in ticket.turns]
    assert summary == [
        ("unknown", "subject", False, "/ticket/subject"),
        ("customer", "9001", False, "/comments/0/plain_body"),
        ("agent", "42", True, "/comments/1/plain_body"),
        ("agent", "42", True, "/comments/2/body"),
        ("unknown", "transcription", True, "/comments/2/data/transcription_text"),
        ("agent", "42", False, "/comments/3/plain_body"),
    ]


def test_turn_text_is_the_field_at_its_pointer(read_path):
    document = load_json(TICKET)
    (ticket,) = read_path(TICKET)
    for turn in ticket.turns:
        assert resolve_pointer(document, turn.locator.pointer) == turn.text
        assert turn.locator.offset == 0


def test_redaction_runs_become_spans_and_mark_the_ticket_redacted(read_path):
    (ticket,) = read_path(TICKET)
    comment = ticket.turns[1]
    assert [(s.label, comment.text[s.start : s.end]) for s in comment.redactions] == [
        ("REDACTED", "▇▇▇▇"),
        ("REDACTED", "▇▇▇▇"),
    ]
    assert ticket.vendor_redacted
    assert not ticket.turns[2].redactions


def test_without_users_the_requester_is_the_customer_and_others_agents(tmp_path, read_path):
    document = load_json(TICKET)
    del document["users"]
    document["comments"][3]["author_id"] = 77
    (ticket,) = read_path(write_json(tmp_path, document))
    assert [t.role for t in ticket.turns if t.speaker not in ("subject", "transcription")] == [
        "customer",
        "agent",
        "agent",
        "agent",
    ]


def test_users_roles_override_the_requester_rule(tmp_path, read_path):
    document = load_json(TICKET)
    document["users"] = [{"id": 9001, "role": "agent"}, {"id": 42, "role": "end-user"}]
    (ticket,) = read_path(write_json(tmp_path, document))
    assert ticket.turns[1].role == "agent" and ticket.turns[2].role == "customer"


def test_description_is_the_body_when_there_are_no_comments(tmp_path, read_path):
    document = {
        "ticket": {
            "id": 5,
            "requester_id": 1,
            "submitter_id": 1,
            "assignee_id": 2,
            "subject": "s",
            "description": "card 4111 1111 1111 1111",
        }
    }
    (ticket,) = read_path(write_json(tmp_path, document))
    (_, body) = ticket.turns
    assert (body.role, body.text, body.locator.pointer) == (
        "customer",
        "card 4111 1111 1111 1111",
        "/ticket/description",
    )
    assert ticket.channel == "ticket" and not ticket.vendor_redacted


def test_tickets_list_yields_one_conversation_per_ticket(tmp_path, read_path):
    document = {
        "tickets": [
            {
                "id": 1,
                "requester_id": 10,
                "assignee_id": 20,
                "subject": "a",
                "comments": [{"author_id": 10, "public": True, "plain_body": "hello"}],
            },
            {"id": 2, "requester_id": 11, "assignee_id": 21, "subject": "b"},
        ]
    }
    path = write_json(tmp_path, document)
    first, second = read_path(path)
    assert (first.id, second.id) == ("1", "2")
    assert first.turns[1].locator.pointer == "/tickets/0/comments/0/plain_body"
    assert resolve_pointer(document, first.turns[1].locator.pointer) == "hello"
    assert second.turns[0].locator.pointer == "/tickets/1/subject"


def test_agent_map_translates_the_assignee_id(read_path):
    (ticket,) = read_path(TICKET, agent_map={"42": "AG-1042"})
    assert ticket.agent_id == "AG-1042"
    (ticket,) = read_path(TICKET, agent_map={"101": "AG-7"})
    assert ticket.agent_id == "AG-7"


def test_comments_endpoint_page_alone(tmp_path, read_path):
    document = {
        "comments": [
            {
                "id": 1,
                "ticket_id": 33,
                "author_id": 5,
                "public": False,
                "body": "note",
                "plain_body": "note 0812345678",
            }
        ]
    }
    (ticket,) = read_path(write_json(tmp_path, document))
    (turn,) = ticket.turns
    assert ticket.id == "33" and turn.is_internal_note and turn.text == "note 0812345678"


def test_empty_export_page_is_zendesk_with_no_tickets(tmp_path, read_path):
    path = write_json(tmp_path, {"tickets": [], "next_page": None, "end_time": 1714532645})
    assert read_path(path) == []
