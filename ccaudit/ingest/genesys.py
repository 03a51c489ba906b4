"""Genesys Cloud Speech & Text Analytics transcript JSON (`transcripts[].phrases[]`).

A phrase says only `internal` (agent or IVR) or `external` (customer). Which internal party
spoke is found from the `participants[]` time windows, as Genesys' own tools do. Phrase
times are epoch milliseconds, made relative to `conversationStartTime`. Turn text is
`decoratedText` verbatim (punctuated), else `text`; the locator names the field used.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from ccaudit.errors import InputFileError
from ccaudit.ingest.base import ReadOptions, Source
from ccaudit.ingest.json_document import child_pointer
from ccaudit.ingest.json_reader import JsonReader
from ccaudit.model import Channel, Conversation, Locator, Role, Turn

_INTERNAL_ROLES: dict[str, Role] = {
    "agent": "agent",
    "user": "agent",
    "ivr": "ivr",
    "acd": "ivr",
    "workflow": "ivr",
}
_MEDIA: dict[str, Channel] = {
    "call": "voice",
    "voice": "voice",
    "chat": "chat",
    "message": "chat",
    "email": "email",
}


@dataclass(frozen=True)
class _Window:
    role: Role
    start_ms: int
    end_ms: int


def sniff_object(obj: Any) -> bool:
    if not isinstance(obj, dict) or not isinstance(obj.get("transcripts"), list):
        return False
    first = obj["transcripts"][0] if obj["transcripts"] else None
    return (
        isinstance(first, dict)
        and "phrases" in first
        and ("conversationId" in obj or "communicationId" in obj or "conversationStartTime" in obj)
    )


def read_object(
    obj: Any, source: Source, options: ReadOptions, pointer: str = ""
) -> Iterator[Conversation]:
    if not isinstance(obj, dict) or not isinstance(obj.get("transcripts"), list):
        raise InputFileError("Genesys transcript JSON has no transcripts list")
    windows = _internal_windows(obj.get("participants"))
    started = obj.get("conversationStartTime")
    turns: list[Turn] = []
    for t, transcript in enumerate(obj["transcripts"]):
        phrases = transcript.get("phrases") if isinstance(transcript, dict) else None
        if not isinstance(phrases, list):
            raise InputFileError(f"{child_pointer(pointer, 'transcripts', t)} has no phrases list")
        for p, phrase in enumerate(phrases):
            where = child_pointer(pointer, "transcripts", t, "phrases", p)
            turns.append(_turn(len(turns), phrase, where, windows))
    origin = (
        started
        if isinstance(started, int)
        else min((turn.start_ms for turn in turns if turn.start_ms is not None), default=0)
    )
    for turn in turns:
        if turn.start_ms is not None:
            turn.start_ms -= origin
            turn.end_ms = turn.end_ms - origin if turn.end_ms is not None else None
    conversation_id = str(
        obj.get("conversationId") or obj.get("communicationId") or source.path.stem
    )
    languages = [t.get("language") for t in obj["transcripts"] if isinstance(t, dict)]
    yield Conversation(
        id=conversation_id,
        path=source.display,
        source_format=READER.name,
        turns=turns,
        channel=_MEDIA.get(str(obj.get("mediaType", "call")).lower(), "unknown"),
        agent_id=options.agent_for(conversation_id, source.path.name, source.path.stem)
        or _agent_user_id(obj.get("participants")),
        language=next((lang for lang in languages if lang), None),
        metadata={"media_type": str(obj["mediaType"])} if obj.get("mediaType") else {},
    )


def _turn(index: int, phrase: Any, where: str, windows: list[_Window]) -> Turn:
    field = "decoratedText" if isinstance(phrase, dict) and "decoratedText" in phrase else "text"
    if not isinstance(phrase, dict) or not isinstance(phrase.get(field), str):
        raise InputFileError(f"{where} has no text")
    purpose = str(phrase.get("participantPurpose", ""))
    start = phrase.get("startTimeMs")
    start = start if isinstance(start, int) else None
    duration = (phrase.get("duration") or {}).get("milliseconds")
    if purpose == "external":
        role: Role = "customer"
    elif purpose == "internal":
        role = _internal_role(start, windows)
    else:
        role = "unknown"
    return Turn(
        index=index,
        role=role,
        text=phrase[field],
        speaker=purpose or None,
        start_ms=start,
        end_ms=start + duration if start is not None and isinstance(duration, int) else None,
        locator=Locator(pointer=child_pointer(where, field)),
    )


def _internal_windows(participants: Any) -> list[_Window]:
    windows = []
    for participant in participants if isinstance(participants, list) else []:
        role = _INTERNAL_ROLES.get(str(participant.get("participantPurpose", "")).lower())
        start, end = participant.get("startTimeMs"), participant.get("endTimeMs")
        if role and isinstance(start, int):
            windows.append(_Window(role, start, end if isinstance(end, int) else 2**63))
    return windows


def _internal_role(start: int | None, windows: list[_Window]) -> Role:
    """The internal party whose window holds the phrase; the latest to join wins an overlap."""
    if start is None:
        return "unknown"
    holding = [w for w in windows if w.start_ms <= start <= w.end_ms]
    return max(holding, key=lambda w: w.start_ms).role if holding else "unknown"


def _agent_user_id(participants: Any) -> str | None:
    for participant in participants if isinstance(participants, list) else []:
        if participant.get("participantPurpose") in ("agent", "user") and participant.get("userId"):
            return str(participant["userId"])
    return None


READER = JsonReader(
    name="genesys",
    description="Genesys Cloud speech and text analytics transcript JSON",
    sniff_object=sniff_object,
    read_object=read_object,
    not_this_layout="not Genesys transcript JSON (no transcripts[].phrases)",
)
