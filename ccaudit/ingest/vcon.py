"""vCon containers (IETF draft; Webex Contact Center exports them): parties, dialog, analysis.

Turns come from text dialogs (chat) when there are any, else from a transcript analysis:
a list of `{parties, start, duration, text}` utterances (redacted ones carry typed markers
such as `{{SSN}}`), or a Deepgram response whose words are grouped by speaker (the turn
text is then rebuilt and the locator points at the turn's first word). Parties' names and
numbers are PII, so speakers are labelled by party index (`party_1`), never by name.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from ccaudit.errors import InputFileError
from ccaudit.ingest.base import ReadOptions, Source
from ccaudit.ingest.json_document import child_pointer
from ccaudit.ingest.json_reader import JsonReader
from ccaudit.ingest.speaker_roles import label_roles
from ccaudit.ingest.vcon_turns import deepgram_turns, first_start, utterance_turn
from ccaudit.model import Conversation, Role, Turn

_PARTY_ROLES: dict[str, Role] = {
    "agent": "agent",
    "customer": "customer",
    "ivr": "ivr",
    "bot": "bot",
}


def sniff_object(obj: Any) -> bool:
    return (
        isinstance(obj, dict)
        and isinstance(obj.get("vcon"), str)
        and isinstance(obj.get("parties"), list)
        and isinstance(obj.get("dialog"), list)
    )


def read_object(
    obj: Any, source: Source, options: ReadOptions, pointer: str = ""
) -> Iterator[Conversation]:
    if not sniff_object(obj):
        raise InputFileError("vCon JSON needs vcon, parties and dialog")
    started = first_start(obj["dialog"])
    texts = [(i, d) for i, d in enumerate(obj["dialog"]) if _is(d, "type", "text")]
    analysis, where = _transcript_analysis(obj.get("analysis"), pointer)
    if texts:
        turns = [
            utterance_turn(n, d, child_pointer(pointer, "dialog", i), started, "body")
            for n, (i, d) in enumerate(texts)
        ]
    elif analysis is not None and isinstance(analysis.get("body"), list):
        turns = [
            utterance_turn(n, u, child_pointer(where, "body", n), started, "text")
            for n, u in enumerate(analysis["body"])
        ]
    elif analysis is not None and isinstance(analysis.get("body"), dict):
        turns = deepgram_turns(analysis["body"], child_pointer(where, "body"))
    else:
        raise InputFileError("vCon has no text dialog and no transcript analysis")
    _set_roles(turns, obj["parties"], options)
    conversation_id = str(obj.get("uuid") or source.path.stem)
    redacted = "redacted" in obj or bool(analysis and "redacted" in str(analysis.get("type")))
    yield Conversation(
        id=conversation_id,
        path=source.display,
        source_format=READER.name,
        turns=turns,
        channel="chat" if texts else "voice",
        agent_id=options.agent_for(conversation_id, source.path.name, source.path.stem),
        vendor_redacted=redacted,
        metadata={"vcon_version": obj["vcon"]},
    )


def _is(value: Any, key: str, wanted: str) -> bool:
    return isinstance(value, dict) and value.get(key) == wanted


def _transcript_analysis(analyses: Any, pointer: str) -> tuple[dict | None, str]:
    """The redacted transcript when the vCon has one (that is what was shared), else the raw."""
    candidates = [
        (str(a.get("type")), i, a)
        for i, a in enumerate(analyses if isinstance(analyses, list) else [])
        if isinstance(a, dict) and str(a.get("type", "")).startswith("transcript")
    ]
    if not candidates:
        return None, pointer
    _, index, chosen = max(candidates, key=lambda c: ("redacted" in c[0], -c[1]))
    return chosen, child_pointer(pointer, "analysis", index)


def _set_roles(turns: list[Turn], parties: list, options: ReadOptions) -> None:
    """A party's own `role` decides; without any, the user's --agent-speaker does."""
    roles = {
        f"party_{i}": _PARTY_ROLES.get(str(p.get("role", "")).lower(), "unknown")
        for i, p in enumerate(parties)
        if isinstance(p, dict)
    }
    if any(role != "unknown" for role in roles.values()):
        for turn in turns:
            turn.role = roles.get(turn.speaker or "", "unknown")
    else:
        label_roles(turns, options)


READER = JsonReader(
    name="vcon",
    description="vCon JSON (IETF draft; Webex Contact Center) with a transcript or chat",
    sniff_object=sniff_object,
    read_object=read_object,
    not_this_layout="not vCon JSON (needs vcon, parties and dialog)",
)
