"""Twilio Voice Intelligence transcript sentences: one page of `GET /v2/Transcripts/GT…/Sentences`.

Each sentence is a turn, in `sentence_index` order; its text is the `transcript` field verbatim.
Times are seconds, strings in the API spec and numbers in newer SDKs. A sentence names only its
`media_channel`, labelled `ch_1`, `ch_2` so that `--agent-channel 1` picks it. Roles come from
the transcript resource's `channel.participants[]` when the document carries it (at the top
level or under `transcript`), else from the options. Participants' names and numbers are PII
and are never read. A paginated listing saved as NDJSON is one conversation per page.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from ccaudit.errors import InputFileError
from ccaudit.ingest.base import ReadOptions, Source
from ccaudit.ingest.json_document import child_pointer
from ccaudit.ingest.json_reader import JsonReader
from ccaudit.ingest.speaker_roles import label_roles
from ccaudit.ingest.transcribe_items import seconds_to_ms
from ccaudit.model import Conversation, Locator, Role, Turn

# Participant types per Twilio's error pages; older API examples say `role: "Customer"`.
_PARTICIPANT_ROLES: dict[str, Role] = {
    "customer": "customer",
    "human_agent": "agent",
    "agent": "agent",
    "ai_agent": "bot",
}
_TRANSCRIPT_SID = re.compile(r"GT[0-9a-fA-F]{32}")
_PAGE_URLS = ("url", "first_page_url", "previous_page_url", "next_page_url")


def sniff_object(obj: Any) -> bool:
    if not isinstance(obj, dict) or not isinstance(obj.get("sentences"), list):
        return False
    sentences = obj["sentences"]
    if not sentences:
        meta = obj.get("meta")
        return isinstance(meta, dict) and meta.get("key") == "sentences"
    first = sentences[0]
    return isinstance(first, dict) and "media_channel" in first and "sentence_index" in first


def read_object(
    obj: Any, source: Source, options: ReadOptions, pointer: str = ""
) -> Iterator[Conversation]:
    if not sniff_object(obj):
        raise InputFileError("Twilio JSON has no sentences[] with media_channel and sentence_index")
    transcript = obj["transcript"] if isinstance(obj.get("transcript"), dict) else obj
    sentences = [
        (_sentence_index(s, child_pointer(pointer, "sentences", i)), i, s)
        for i, s in enumerate(obj["sentences"])
    ]
    turns = [
        _turn(n, sentence, child_pointer(pointer, "sentences", i))
        for n, (_, i, sentence) in enumerate(sorted(sentences, key=lambda s: s[:2]))
    ]
    # What the transcript says of a channel wins over the options; they fill in the rest.
    channel_roles = _channel_roles(transcript.get("channel"))
    for turn in turns:
        turn.role = channel_roles.get(turn.speaker or "", turn.role)
    label_roles(turns, options)
    conversation_id = _conversation_id(obj, transcript) or source.path.stem
    language = transcript.get("language_code")
    yield Conversation(
        id=conversation_id,
        path=source.display,
        source_format=READER.name,
        turns=turns,
        channel="voice",
        agent_id=options.agent_for(conversation_id, source.path.name, source.path.stem),
        language=language if isinstance(language, str) else None,
        vendor_redacted=transcript.get("redaction") is True,
    )


def _sentence_index(sentence: Any, where: str) -> int:
    index = sentence.get("sentence_index") if isinstance(sentence, dict) else None
    if not isinstance(index, int):
        raise InputFileError(f"{where} has no sentence_index")
    return index


def _turn(index: int, sentence: dict, where: str) -> Turn:
    text = sentence.get("transcript")
    if not isinstance(text, str):
        raise InputFileError(f"{where} has no transcript")
    channel = sentence.get("media_channel")
    return Turn(
        index=index,
        role="unknown",
        text=text,
        speaker=f"ch_{channel}" if str(channel).isdigit() else None,
        start_ms=seconds_to_ms(sentence.get("start_time"), f"{where}/start_time"),
        end_ms=seconds_to_ms(sentence.get("end_time"), f"{where}/end_time"),
        locator=Locator(pointer=child_pointer(where, "transcript")),
    )


def _channel_roles(channel: Any) -> dict[str, Role]:
    """`ch_N` -> role, for each channel that the participants give exactly one role."""
    participants = channel.get("participants") if isinstance(channel, dict) else None
    seen: dict[str, set[Role]] = {}
    for participant in participants if isinstance(participants, list) else []:
        if not isinstance(participant, dict):
            continue
        number = participant.get("channel_participant", participant.get("media_channel"))
        kind = participant.get("type") or participant.get("role") or ""
        role = _PARTICIPANT_ROLES.get(str(kind).strip().lower().replace(" ", "_"))
        if role and str(number).isdigit():
            seen.setdefault(f"ch_{number}", set()).add(role)
    return {label: roles.pop() for label, roles in seen.items() if len(roles) == 1}


def _conversation_id(obj: dict, transcript: dict) -> str | None:
    """The transcript's GT sid, with the page number when the document is one page of several."""
    meta = obj.get("meta") if isinstance(obj.get("meta"), dict) else {}
    first = obj["sentences"][0] if obj["sentences"] else {}
    candidates = [obj.get("transcript_sid"), transcript.get("sid"), first.get("transcript_sid")]
    candidates += [meta.get(key) for key in _PAGE_URLS]
    for candidate in candidates:
        found = _TRANSCRIPT_SID.search(candidate) if isinstance(candidate, str) else None
        if found:
            page = meta.get("page")
            paged = isinstance(page, int) and (page > 0 or bool(meta.get("next_page_url")))
            return f"{found.group()}-page{page}" if paged else found.group()
    return None


READER = JsonReader(
    name="twilio",
    description="Twilio Voice Intelligence transcript sentences JSON (one page per document)",
    sniff_object=sniff_object,
    read_object=read_object,
    not_this_layout="not Twilio sentences JSON (no sentences[] with media_channel)",
)
