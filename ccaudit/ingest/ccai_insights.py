"""Google CCAI Insights JSON: the upload format (`entries[]`) and the Conversation resource.

Upload entries carry `role`, `user_id`, `text` and `start_timestamp_usec` (microseconds,
absolute epoch or relative to the call; both occur). The Conversation resource
(`transcript.transcriptSegments[]`) carries `segmentParticipant.role` and word offsets as
duration strings (`"3.200s"`). Turn text is the `text` field verbatim.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from ccaudit.errors import InputFileError
from ccaudit.ingest.base import ReadOptions, Source
from ccaudit.ingest.json_document import child_pointer
from ccaudit.ingest.json_reader import JsonReader
from ccaudit.model import Channel, Conversation, Locator, Role, Turn

_ROLES: dict[str, Role] = {
    "AGENT": "agent",
    "HUMAN_AGENT": "agent",
    "CUSTOMER": "customer",
    "END_USER": "customer",
    "AUTOMATED_AGENT": "bot",
}
_MEDIA: dict[str, Channel] = {"PHONE_CALL": "voice", "CHAT": "chat"}
# A start time this large is an epoch timestamp (2001 onwards), not an offset into a call.
_EPOCH_USEC = 10**15


def sniff_object(obj: Any) -> bool:
    if not isinstance(obj, dict):
        return False
    entries = obj.get("entries")
    if isinstance(entries, list) and entries and isinstance(entries[0], dict):
        first = entries[0]
        return (
            "role" in first
            and "text" in first
            and ("start_timestamp_usec" in first or "user_id" in first)
        )
    transcript = obj.get("transcript")
    return isinstance(transcript, dict) and isinstance(transcript.get("transcriptSegments"), list)


def read_object(
    obj: Any, source: Source, options: ReadOptions, pointer: str = ""
) -> Iterator[Conversation]:
    if not isinstance(obj, dict):
        raise InputFileError("CCAI Insights JSON is not an object")
    if isinstance(obj.get("entries"), list):
        turns = _entry_turns(obj["entries"], pointer)
        info = obj.get("conversation_info") or {}
        conversation_id = str(info.get("conversation_id") or source.path.stem)
        language = None
        categories = [c.get("display_name") for c in info.get("categories") or []]
        metadata = {"categories": ",".join(str(c) for c in categories if c)} if categories else {}
        format_agent = _single(
            {
                str(e.get("user_id"))
                for e in obj["entries"]
                if e.get("role") == "AGENT" and e.get("user_id") is not None
            }
        )
    else:
        turns = _segment_turns(obj["transcript"]["transcriptSegments"], pointer)
        conversation_id = str(obj.get("name") or source.path.stem).rsplit("/", 1)[-1]
        language = obj.get("languageCode")
        metadata = {}
        format_agent = obj.get("agentId")
    if not turns:
        raise InputFileError("CCAI Insights JSON has no transcript entries")
    yield Conversation(
        id=conversation_id,
        path=source.display,
        source_format=READER.name,
        turns=turns,
        channel=_MEDIA.get(str(obj.get("medium", "")), "unknown"),
        agent_id=options.agent_for(conversation_id, source.path.name, source.path.stem)
        or format_agent,
        language=language,
        metadata=metadata,
    )


def _single(values: set[str]) -> str | None:
    return next(iter(values)) if len(values) == 1 else None


def _entry_turns(entries: list, pointer: str) -> list[Turn]:
    starts = [e.get("start_timestamp_usec") for e in entries if isinstance(e, dict)]
    numeric = [s for s in starts if isinstance(s, int)]
    base = min(numeric) if numeric and min(numeric) >= _EPOCH_USEC else 0
    turns = []
    for i, entry in enumerate(entries):
        where = child_pointer(pointer, "entries", i)
        if not isinstance(entry, dict) or not isinstance(entry.get("text"), str):
            raise InputFileError(f"{where} has no text")
        start = entry.get("start_timestamp_usec")
        role = str(entry.get("role", ""))
        speaker = entry.get("user_id", role)
        turns.append(
            Turn(
                index=i,
                role=_ROLES.get(role.upper(), "unknown"),
                text=entry["text"],
                speaker=str(speaker) if speaker is not None else None,
                start_ms=(start - base) // 1000 if isinstance(start, int) else None,
                locator=Locator(pointer=child_pointer(where, "text")),
            )
        )
    return turns


def _segment_turns(segments: list, pointer: str) -> list[Turn]:
    turns = []
    for i, segment in enumerate(segments):
        where = child_pointer(pointer, "transcript", "transcriptSegments", i)
        if not isinstance(segment, dict) or not isinstance(segment.get("text"), str):
            raise InputFileError(f"{where} has no text")
        participant = segment.get("segmentParticipant") or {}
        role = str(participant.get("role", ""))
        words = segment.get("words") or []
        turns.append(
            Turn(
                index=i,
                role=_ROLES.get(role.upper(), "unknown"),
                text=segment["text"],
                speaker=participant.get("userId") or role or None,
                start_ms=_duration_ms(words[0].get("startOffset")) if words else None,
                end_ms=_duration_ms(words[-1].get("endOffset")) if words else None,
                locator=Locator(pointer=child_pointer(where, "text")),
            )
        )
    return turns


def _duration_ms(value: Any) -> int | None:
    """Protobuf durations print as `"3.200s"`."""
    if not isinstance(value, str) or not value.endswith("s"):
        return None
    try:
        return round(float(value[:-1]) * 1000)
    except ValueError:
        return None


READER = JsonReader(
    name="ccai-insights",
    description="Google CCAI Insights conversation JSON (upload entries[] or API resource)",
    sniff_object=sniff_object,
    read_object=read_object,
    not_this_layout="not CCAI Insights JSON (no entries[] with role and text)",
)
