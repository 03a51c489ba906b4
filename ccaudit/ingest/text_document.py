"""A plain-text document as it is read: headers, turns, and how the turns get their roles."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from ccaudit.ingest.base import ReadOptions, Source
from ccaudit.ingest.text_labels import Header, role_of
from ccaudit.model import Channel, Conversation, Locator, Turn

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
_DIALOGUE_KINDS = ("agent", "customer", "generic", "extra")


@dataclass
class OpenTurn:
    """A turn still being read: its text is the file from `offset` to wherever it ends."""

    kind: str
    speaker: str | None
    start_ms: int | None
    offset: int
    line: int
    pieces: list[str]

    def close(self, index: int) -> Turn | None:
        raw = self.pieces[0] if len(self.pieces) == 1 else "".join(self.pieces)
        text = raw.strip()
        if not text:
            return None
        lead = raw.find(text[0])
        line = self.line + _count_breaks(raw[:lead]) if lead else self.line
        locator = Locator(offset=self.offset + lead, line=line)
        note = self.kind == "note"
        return Turn(
            index,
            role_of(self.kind),
            text,
            self.speaker,
            self.start_ms,
            is_internal_note=note,
            locator=locator,
        )


@dataclass
class TextDocument:
    paragraph_mode: bool = False
    headers: dict[str, str] = field(default_factory=dict)
    turns: list[Turn] = field(default_factory=list)
    kinds: list[str] = field(default_factory=list)
    current: OpenTurn | None = None
    in_dialogue: bool = False
    last_was_header: bool = False

    def add_header(self, header: Header) -> None:
        self.close()
        self.last_was_header = True
        self.headers.setdefault(header.key, header.value)
        self.paragraph_mode |= header.key == "ticket_id"

    def open(self, turn: OpenTurn) -> None:
        self.close()
        self.last_was_header = False
        self.current = turn
        self.in_dialogue |= turn.kind != "unlabelled"
        self.paragraph_mode |= turn.kind in ("subject", "note")

    def starts_unlabelled_turn(self, content: str) -> bool:
        """Unlabelled text: a new turn per line, or per paragraph in tickets and notes."""
        current = self.current
        if not content.strip():
            return False
        if current is None or current.kind == "subject":
            return True
        if current.kind != "unlabelled":
            return False
        return not self.paragraph_mode or not current.pieces[-1].strip()

    def close(self) -> None:
        if self.current is not None:
            turn = self.current.close(len(self.turns))
            if turn is not None:
                self.turns.append(turn)
                self.kinds.append(self.current.kind)
            self.current = None

    def conversation(self, source: Source, options: ReadOptions, format_name: str) -> Conversation:
        headers = self.headers
        conversation_id = headers.get("call_id") or headers.get("ticket_id") or source.path.stem
        channel = self._channel(source)
        turns = self._with_roles(options.agent_speaker)
        if channel == "note":
            turns = [replace(t, is_internal_note=True) for t in turns]
        agent_id = headers.get("agent_id") or options.agent_for(
            conversation_id, source.path.name, source.path.stem
        )
        metadata = {k: v for k, v in headers.items() if k in ("date", "ticket_id")}
        return Conversation(
            conversation_id,
            source.display,
            format_name,
            turns,
            channel,
            agent_id,
            headers.get("language"),
            metadata=metadata,
        )

    def _channel(self, source: Source) -> Channel:
        declared = _CHANNELS.get(self.headers.get("channel", "").strip().lower())
        if declared:
            return declared
        if self.kinds[:1] == ["note"]:
            return "note"
        if "ticket_id" in self.headers or "subject" in self.kinds:
            return "ticket"
        if source.path.suffix.lower() == ".md":
            return "note"
        return "voice" if any(t.start_ms is not None for t in self.turns) else "unknown"

    def _with_roles(self, agent_speaker: str | None) -> list[Turn]:
        """--agent-speaker names the agent; with exactly two speakers the other is the customer."""
        wanted = agent_speaker.casefold() if agent_speaker else None
        turns = [
            replace(t, role="agent") if wanted and _speaker(t) == wanted else t for t in self.turns
        ]
        dialogue = [i for i, kind in enumerate(self.kinds) if kind in _DIALOGUE_KINDS]
        people = {_speaker(turns[i]): turns[i].role for i in dialogue}
        if len(people) != 2 or "agent" not in people.values():
            return turns
        for i in dialogue:
            if turns[i].role == "unknown":
                turns[i] = replace(turns[i], role="customer")
        return turns


def _speaker(turn: Turn) -> str | None:
    return turn.speaker.casefold() if turn.speaker else None


def _count_breaks(text: str) -> int:
    return text.count("\n") + text.count("\r") - text.count("\r\n")
