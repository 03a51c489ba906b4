"""What the ticket readers (Zendesk, Freshdesk, CSV) share: turning fields into turns."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from ccaudit.ingest.base import Source
from ccaudit.model import Channel, Conversation, Locator, RedactionSpan, Role, Turn

FindRedactions = Callable[[str], tuple[RedactionSpan, ...]]


def id_text(value: Any) -> str | None:
    """An id field as text: numbers and strings count, empty values and booleans do not."""
    if value is None or isinstance(value, bool) or value == "":
        return None
    return str(value) if isinstance(value, (str, int)) else None


def channel_for(value: Any, known: Mapping[Any, Channel], default: Channel = "ticket") -> Channel:
    key = value.strip().lower() if isinstance(value, str) else value
    return known.get(key, default) if key is not None else default


class TicketBuilder:
    """Collects a ticket's text fields as turns; empty and non-text fields are skipped."""

    def __init__(
        self,
        conversation_id: str,
        source: Source,
        source_format: str,
        find_redactions: FindRedactions | None = None,
    ):
        self.conversation_id = conversation_id
        self.source = source
        self.source_format = source_format
        self.find_redactions = find_redactions
        self.turns: list[Turn] = []

    def add(
        self,
        text: Any,
        where: str | Locator,
        role: Role,
        speaker: str | None,
        internal: bool = False,
    ) -> None:
        if not isinstance(text, str) or not text.strip():
            return
        locator = where if isinstance(where, Locator) else Locator(pointer=where)
        redactions = self.find_redactions(text) if self.find_redactions else ()
        turn = Turn(
            len(self.turns),
            role,
            text,
            speaker,
            is_internal_note=internal,
            redactions=redactions,
            locator=locator,
        )
        self.turns.append(turn)

    def build(
        self, channel: Channel, agent_id: str | None, metadata: dict[str, str]
    ) -> Conversation:
        return Conversation(
            self.conversation_id,
            self.source.display,
            self.source_format,
            self.turns,
            channel,
            agent_id,
            vendor_redacted=any(turn.redactions for turn in self.turns),
            metadata=metadata,
        )
