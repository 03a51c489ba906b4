"""Builders for calls and findings, so checker tests need neither readers nor the detector."""

from ccaudit.masking import mask_value
from ccaudit.model import Conversation, Finding, Severity, Turn


def call(*lines, channel="voice", call_id="c1", times=None):
    """lines: (role, text) pairs; role 'note' is an agent's internal note."""
    turns = []
    for index, (role, text) in enumerate(lines):
        note = role == "note"
        turns.append(
            Turn(
                index=index,
                role="agent" if note else role,
                text=text,
                start_ms=times[index] if times else None,
                is_internal_note=note,
            )
        )
    return Conversation(call_id, f"{call_id}.txt", "text", turns, channel=channel, agent_id="A1")


def finding(conversation, turn, value, entity="CREDIT_CARD", group=None):
    """A finding for `value` as it is written in the given turn."""
    text = conversation.turns[turn].text
    start = text.index(value)
    return Finding(
        path=conversation.path,
        conversation_id=conversation.id,
        entity_type=entity,
        start=start,
        end=start + len(value),
        score=1.0,
        validated=True,
        masked=mask_value(entity, value),
        severity=Severity.critical,
        turn=turn,
        speaker=conversation.turns[turn].role,
        group=group,
        in_internal_note=conversation.turns[turn].is_internal_note,
    )
