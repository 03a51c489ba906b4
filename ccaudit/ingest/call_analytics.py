"""Amazon Transcribe Call Analytics and Amazon Connect Contact Lens post-call JSON.

The two share a shape: `Transcript[]` turns with `Content` and `BeginOffsetMillis`. Call
Analytics names the role on each turn (`ParticipantRole`); Contact Lens names a participant
(`ParticipantId`) to look up in `Participants[]`. Turn text is `Content` verbatim, so vendor
markers (`[PII]`, `[CREDIT_DEBIT_NUMBER]`, `[NAME]`) become typed redaction spans in place.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from ccaudit.errors import InputFileError
from ccaudit.ingest.base import ReadOptions, Source
from ccaudit.ingest.json_document import child_pointer
from ccaudit.ingest.json_reader import JsonReader
from ccaudit.ingest.redaction_markers import vendor_markers
from ccaudit.model import Channel, Conversation, Locator, Role, Turn

_ROLES: dict[str, Role] = {"AGENT": "agent", "CUSTOMER": "customer", "SYSTEM": "system"}
_CHANNELS: dict[str, Channel] = {"VOICE": "voice", "CHAT": "chat"}


def sniff_object(obj: Any) -> bool:
    if not isinstance(obj, dict) or not isinstance(obj.get("Transcript"), list):
        return False
    first = obj["Transcript"][0] if obj["Transcript"] else {}
    if not isinstance(first, dict) or "AbsoluteTime" in first:
        return False
    if isinstance(obj.get("Participants"), list) and "ParticipantId" in first:
        return "BeginOffsetMillis" in first or "CustomerMetadata" in obj
    return "ParticipantRole" in first and (
        "JobStatus" in obj or "ConversationCharacteristics" in obj
    )


def read_object(
    obj: Any, source: Source, options: ReadOptions, pointer: str = ""
) -> Iterator[Conversation]:
    transcript = obj.get("Transcript") if isinstance(obj, dict) else None
    if not isinstance(transcript, list):
        raise InputFileError("Call Analytics JSON has no Transcript list")
    roles_by_id = _participant_roles(obj.get("Participants"))
    entries = []
    for i, entry in enumerate(transcript):
        where = child_pointer(pointer, "Transcript", i)
        if not isinstance(entry, dict) or not isinstance(entry.get("Content"), str):
            raise InputFileError(f"{where} has no Content text")
        entries.append((entry, where))
    if all(isinstance(e.get("BeginOffsetMillis"), int) for e, _ in entries):
        # Stereo crosstalk: turns overlap and are not always written in time order.
        entries.sort(key=lambda pair: pair[0]["BeginOffsetMillis"])
    turns = [
        _turn(index, entry, where, roles_by_id) for index, (entry, where) in enumerate(entries)
    ]
    customer = obj.get("CustomerMetadata") or {}
    conversation_id = str(customer.get("ContactId") or obj.get("JobName") or source.path.stem)
    content = obj.get("ContentMetadata") or {}
    yield Conversation(
        id=conversation_id,
        path=source.display,
        source_format=READER.name,
        turns=turns,
        channel=_CHANNELS.get(str(obj.get("Channel", "VOICE")).upper(), "unknown"),
        agent_id=options.agent_for(conversation_id, source.path.name, source.path.stem),
        language=obj.get("LanguageCode"),
        vendor_redacted=content.get("Output") == "Redacted",
        metadata=_metadata(obj),
    )


def _participant_roles(participants: Any) -> dict[str, str]:
    roles = {}
    for participant in participants if isinstance(participants, list) else []:
        if isinstance(participant, dict) and participant.get("ParticipantId"):
            roles[participant["ParticipantId"]] = participant.get("ParticipantRole", "")
    return roles


def _turn(index: int, entry: dict, where: str, roles_by_id: dict[str, str]) -> Turn:
    participant = entry.get("ParticipantId")
    vendor_role = entry.get("ParticipantRole") or roles_by_id.get(participant or "", "")
    return Turn(
        index=index,
        role=_ROLES.get(str(vendor_role).upper(), "unknown"),
        text=entry["Content"],
        speaker=participant or vendor_role or None,
        start_ms=entry.get("BeginOffsetMillis"),
        end_ms=entry.get("EndOffsetMillis"),
        redactions=vendor_markers(entry["Content"]),
        locator=Locator(pointer=child_pointer(where, "Content")),
    )


def _metadata(obj: dict) -> dict[str, str]:
    metadata = {"variant": "contact-lens" if "Version" in obj else "call-analytics"}
    if obj.get("JobStatus"):
        metadata["job_status"] = str(obj["JobStatus"])
    categories = (obj.get("Categories") or {}).get("MatchedCategories") or []
    if categories:
        metadata["categories"] = ",".join(str(c) for c in categories)
    redacted_times = sum(_redacted_timestamp_count(t) for t in obj.get("Transcript", []))
    if redacted_times:
        metadata["redacted_timestamps"] = str(redacted_times)
    return metadata


def _redacted_timestamp_count(entry: Any) -> int:
    """RedactedTimestamps is a flat list in real files and a nested one in an AWS doc sample."""
    stamps = ((entry.get("Redaction") or {}) if isinstance(entry, dict) else {}).get(
        "RedactedTimestamps"
    )
    flat = []
    for stamp in stamps if isinstance(stamps, list) else []:
        flat.extend(stamp if isinstance(stamp, list) else [stamp])
    return sum(1 for stamp in flat if isinstance(stamp, dict))


READER = JsonReader(
    name="call-analytics",
    description="Amazon Transcribe Call Analytics / Amazon Connect Contact Lens post-call JSON",
    sniff_object=sniff_object,
    read_object=read_object,
    not_this_layout="not Call Analytics or Contact Lens JSON (no Transcript turns)",
)
