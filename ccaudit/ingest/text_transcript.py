"""Plain-text transcripts, tickets and agent notes (.txt, .md, .log, anything text-like).

A labelled line (`Agent:`, `ลูกค้า:`, `[00:01:23] AGENT:`, `spk_0:`) starts a turn; following
unlabelled lines continue it. Unlabelled text before any label becomes role-unknown turns:
one per line in a transcript, one per paragraph in a ticket or note. A document is a ticket
when it has a `Ticket ID:` or `Subject:` line, a note when it has a `Note:`/`บันทึก:` line
or a .md extension (a `Channel:` header overrides both); note turns are internal notes.
Every turn's text is an exact slice of the decoded file at `locator.offset`.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field, replace

from ccaudit.errors import InputFileError
from ccaudit.ingest.base import ReadOptions, Source
from ccaudit.ingest.json_document import looks_like_json
from ccaudit.ingest.text_labels import LineClassifier, role_of
from ccaudit.model import Channel, Conversation, Locator, Turn

_CHANNELS = {
    "voice": "voice",
    "phone": "voice",
    "call": "voice",
    "chat": "chat",
    "email": "email",
    "ticket": "ticket",
    "note": "note",
}


_DIALOGUE_KINDS = ("agent", "customer", "generic", "extra")


@dataclass
class _Document:
    """What has been read so far from one file."""

    headers: dict[str, str] = field(default_factory=dict)
    turns: list[Turn] = field(default_factory=list)
    kinds: list[str] = field(default_factory=list)
    paragraph_mode: bool = False


@dataclass
class _OpenTurn:
    kind: str
    speaker: str | None
    start_ms: int | None
    offset: int
    line: int
    pieces: list[str]

    def close(self, index: int) -> Turn | None:
        raw = "".join(self.pieces)
        lead = len(raw) - len(raw.lstrip())
        text = raw.strip()
        if not text:
            return None
        line = self.line + _count_breaks(raw[:lead])
        locator = Locator(offset=self.offset + lead, line=line)
        return Turn(
            index,
            role_of(self.kind),
            text,
            self.speaker,
            self.start_ms,
            is_internal_note=self.kind == "note",
            locator=locator,
        )


class TextTranscriptReader:
    name = "text"
    description = "Plain-text transcript, ticket or agent note with optional speaker labels"

    def sniff(self, source: Source) -> bool:
        return not looks_like_json(source)

    def read(self, source: Source, options: ReadOptions) -> Iterator[Conversation]:
        classify = LineClassifier(options.agent_speaker)
        doc = _Document(paragraph_mode=source.path.suffix.lower() == ".md")
        current: _OpenTurn | None = None
        offset = 0
        for number, line in enumerate(source.lines(), start=1):
            content = line.rstrip("\r\n")
            header = None if _in_dialogue(doc, current) else classify.header(content)
            labelled = None if header else classify.labelled(content)
            if header:
                _close(current, doc)
                current = None
                doc.headers.setdefault(header.key, header.value)
                doc.paragraph_mode |= header.key == "ticket_id"
            elif labelled or _starts_unlabelled(current, content, doc):
                _close(current, doc)
                kind = labelled.kind if labelled else "unlabelled"
                text_start = labelled.text_start if labelled else 0
                doc.paragraph_mode |= kind in ("subject", "note")
                current = _OpenTurn(
                    kind,
                    labelled.speaker if labelled else None,
                    labelled.start_ms if labelled else None,
                    offset + text_start,
                    number,
                    [line[text_start:]],
                )
            elif current:
                current.pieces.append(line)
            offset += len(line)
        _close(current, doc)
        if not doc.turns:
            raise InputFileError("no text to audit (only blank or header lines)")
        yield _conversation(source, options, doc)


def _starts_unlabelled(current: _OpenTurn | None, content: str, doc: _Document) -> bool:
    """Unlabelled text: a new turn per line, or per paragraph in tickets and notes."""
    if not content.strip():
        return False
    if current is None:
        return True
    if current.kind == "subject":
        return True
    if current.kind != "unlabelled":
        return False
    return not doc.paragraph_mode or not current.pieces[-1].strip()


def _in_dialogue(doc: _Document, current: _OpenTurn | None) -> bool:
    """Header lines count only before the first labelled turn; later they are content."""
    kinds = [*doc.kinds, current.kind] if current else doc.kinds
    return any(kind != "unlabelled" for kind in kinds)


def _close(current: _OpenTurn | None, doc: _Document) -> None:
    if current is not None:
        turn = current.close(len(doc.turns))
        if turn is not None:
            doc.turns.append(turn)
            doc.kinds.append(current.kind)


def _conversation(source: Source, options: ReadOptions, doc: _Document) -> Conversation:
    headers = doc.headers
    conversation_id = headers.get("call_id") or headers.get("ticket_id") or source.path.stem
    channel = _channel(doc, source)
    turns = _assign_roles(doc, options.agent_speaker)
    if channel == "note":
        turns = [replace(t, is_internal_note=True) for t in turns]
    agent_id = headers.get("agent_id") or options.agent_for(
        conversation_id, source.path.name, source.path.stem
    )
    metadata = {k: v for k, v in headers.items() if k in ("date", "ticket_id")}
    return Conversation(
        conversation_id,
        source.display,
        TextTranscriptReader.name,
        turns,
        channel,
        agent_id,
        headers.get("language"),
        metadata=metadata,
    )


def _channel(doc: _Document, source: Source) -> Channel:
    declared = _CHANNELS.get(doc.headers.get("channel", "").strip().lower())
    if declared:
        return declared
    kinds = set(doc.kinds)
    if doc.kinds[:1] == ["note"]:
        return "note"
    if "ticket_id" in doc.headers or "subject" in kinds:
        return "ticket"
    if source.path.suffix.lower() == ".md":
        return "note"
    return "voice" if any(t.start_ms is not None for t in doc.turns) else "unknown"


def _assign_roles(doc: _Document, agent_speaker: str | None) -> list[Turn]:
    """`--agent-speaker` names the agent; with exactly two speakers the other is the customer."""
    wanted = agent_speaker.casefold() if agent_speaker else None
    turns = [replace(t, role="agent") if wanted and _speaker(t) == wanted else t for t in doc.turns]
    dialogue = [t for t, kind in zip(turns, doc.kinds, strict=True) if kind in _DIALOGUE_KINDS]
    people = {_speaker(t): t.role for t in dialogue}
    if len(people) != 2 or "agent" not in people.values():
        return turns
    others = {id(t) for t in dialogue if t.role == "unknown"}
    return [replace(t, role="customer") if id(t) in others else t for t in turns]


def _speaker(turn: Turn) -> str | None:
    return turn.speaker.casefold() if turn.speaker else None


def _count_breaks(text: str) -> int:
    return text.count("\n") + text.count("\r") - text.count("\r\n")


READER = TextTranscriptReader()
