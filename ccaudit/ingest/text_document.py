"""A plain-text document's conversation, or its parts: id, channel, agent, metadata and roles.

The document is a note when its first turn is a `Note:`/`บันทึก:` line, a ticket when it has
a `Ticket ID:` header or a `Subject:` line, a note when its extension is .md, a chat when its
speakers are display names (or its words typed) after clock times or it holds what only
typing leaves (an emoji, a sticker or picture marker, a shop's `admin`) or, with no times,
when its words are typed and never spoken (channel_cues), a call when it has times (a
`Channel:` header overrides them all); every turn of a note is an internal note. Roles come
from the labels of the people speaking (speaker_roles); a huge document's later parts keep
what its first part decided.
In a chat, what a system or IVR label says is the chat system's. A call or chat whose lines
carry no labels at all gets roles only when its lines clearly alternate between an agent and
a customer (role_inference.alternating_roles), marked as inferred; each part decides alone.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ccaudit.ingest.base import ReadOptions, Source
from ccaudit.ingest.channel_cues import titled_as_chat, typed_marks, typed_only
from ccaudit.ingest.role_inference import alternating_roles
from ccaudit.ingest.speaker_roles import SpeakerRole, apply_speaker_roles, speaker_roles
from ccaudit.ingest.text_parts import Part
from ccaudit.model import Channel, Conversation

_CHANNELS: dict[str, Channel] = {
    "voice": "voice",
    "phone": "voice",
    "call": "voice",
    "chat": "chat",
    "email": "email",
    "ticket": "ticket",
    "note": "note",
}
# Labels of the people in a conversation (not IVR, bot, system, notes or subjects).
# A first time this late is a time of day (`[09:14] Ploy: ...`), not an offset into a call.
CLOCK_TIME_MS = 60_000
PEOPLE_KINDS = frozenset({"agent", "customer", "generic", "extra", "letter", "name"})
# Channels whose unlabelled text is prose, never two people taking turns line by line.
_NOT_DIALOGUE: frozenset[Channel | None] = frozenset({"note", "ticket", "email"})


@dataclass
class TextDocument:
    source: Source
    options: ReadOptions
    format_name: str
    headers: dict[str, str] = field(default_factory=dict)
    _channel: Channel | None = None
    _roles: dict[str, SpeakerRole] | None = None

    def conversation(self, part: Part) -> Conversation:
        """One part as a conversation; the first part decides what all parts share."""
        people = [t for t, kind in zip(part.turns, part.kinds, strict=True) if kind in PEOPLE_KINDS]
        if self._roles is None:
            self._roles = speaker_roles(people, self.options)
        apply_speaker_roles(people, self._roles)
        if self._channel is None:
            # After the roles: a bot speaking makes a chat (channel_cues.typed_marks).
            self._channel = self._channel_of(part)
        if self._channel == "chat":
            _system_not_ivr(part)
        if not people and self._channel not in _NOT_DIALOGUE and self.options.infer_roles:
            _alternate_unlabelled_lines(part)
        if self._channel == "note":
            for turn in part.turns:
                turn.is_internal_note = True
        headers, source = self.headers, self.source
        conversation_id = headers.get("call_id") or headers.get("ticket_id") or source.path.stem
        agent_id = headers.get("agent_id") or self.options.agent_for(
            conversation_id, source.path.name, source.path.stem
        )
        metadata = {k: v for k, v in headers.items() if k in ("date", "ticket_id")}
        if part.number > 1:
            conversation_id = f"{conversation_id}-part{part.number}"
        return Conversation(
            conversation_id,
            source.display,
            self.format_name,
            part.turns,
            self._channel or "unknown",
            agent_id,
            headers.get("language"),
            metadata=metadata,
            overlap_end=part.overlap_end,
        )

    def _channel_of(self, part: Part) -> Channel:
        declared = _CHANNELS.get(self.headers.get("channel", "").strip().lower())
        if declared:
            return declared
        if part.kinds[:1] == ["note"]:
            return "note"
        if "ticket_id" in self.headers or "subject" in part.kinds:
            return "ticket"
        if self.source.path.suffix.lower() == ".md":
            return "note"
        if titled_as_chat(part.turns) or typed_marks(part.turns):
            return "chat"
        times = [
            (t.start_ms, kind)
            for t, kind in zip(part.turns, part.kinds, strict=True)
            if t.start_ms is not None
        ]
        if not times:
            return "chat" if typed_only(part.turns) else "unknown"
        # A call's times count from its start; a chat export's are clock times, by names or
        # by typed words ("รบกวนพิมพ์เลขบัตรประชาชน") with nothing said on a phone.
        if times[0][0] >= CLOCK_TIME_MS and (
            any(kind == "name" for _, kind in times) or typed_only(part.turns)
        ):
            return "chat"
        return "voice"


def _system_not_ivr(part: Part) -> None:
    """A chat has no voice menu: what `ระบบ:`/`IVR:` says there the chat system wrote."""
    for turn in part.turns:
        if turn.role == "ivr":
            turn.role = "system"


def _alternate_unlabelled_lines(part: Part) -> None:
    """Roles for a part whose every turn is an unlabelled line, when they clearly alternate."""
    if any(kind != "unlabelled" for kind in part.kinds):
        return
    roles = alternating_roles([turn.said for turn in part.turns])
    for turn, role in zip(part.turns, roles or (), strict=False):
        if role != "unknown":
            turn.role, turn.role_inferred = role, True
