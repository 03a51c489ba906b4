"""vCon containers (IETF draft; Webex Contact Center exports them): parties, dialog, analysis.

Turns come from text dialogs (chat) when there are any, else from a transcript analysis:
a list of `{parties, start, duration, text}` utterances (redacted ones carry typed markers
such as `{{SSN}}`), or a Deepgram response whose words are grouped by speaker (the turn
text is then rebuilt and the locator points at the turn's first word). Parties' names and
numbers are PII, so speakers are labelled by party index (`party_1`), never by name.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

from ccaudit.errors import InputFileError
from ccaudit.ingest.base import ReadOptions, Source
from ccaudit.ingest.json_document import child_pointer, parse_json, sniff_json
from ccaudit.ingest.webvtt import label_roles
from ccaudit.model import Conversation, Locator, RedactionSpan, Role, Turn

_DEEPGRAM_WORDS = ("results", "channels", 0, "alternatives", 0, "words")
_MARKER = re.compile(r"\{\{([A-Z][A-Z0-9_]*)\}\}")
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
    started = _first_start(obj["dialog"])
    texts = [(i, d) for i, d in enumerate(obj["dialog"]) if _is(d, "type", "text")]
    analysis, where = _transcript_analysis(obj.get("analysis"), pointer)
    if texts:
        turns = [
            _utterance(n, d, child_pointer(pointer, "dialog", i), started, "body")
            for n, (i, d) in enumerate(texts)
        ]
    elif analysis is not None and isinstance(analysis.get("body"), list):
        turns = [
            _utterance(n, u, child_pointer(where, "body", n), started, "text")
            for n, u in enumerate(analysis["body"])
        ]
    elif analysis is not None and isinstance(analysis.get("body"), dict):
        turns = _deepgram_turns(analysis["body"], child_pointer(where, "body"))
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


def _utterance(index: int, item: Any, where: str, started: datetime | None, field: str) -> Turn:
    text = item.get(field) if isinstance(item, dict) else None
    if not isinstance(text, str):
        raise InputFileError(f"{where} has no {field}")
    parties = item.get("parties")
    party = parties[0] if isinstance(parties, list) and parties else parties
    start = _offset_ms(item.get("start"), started)
    duration = item.get("duration")
    return Turn(
        index=index,
        role="unknown",
        text=text,
        speaker=f"party_{party}" if isinstance(party, int) else None,
        start_ms=start,
        end_ms=start + round(duration * 1000)
        if start is not None and isinstance(duration, int | float)
        else None,
        redactions=tuple(
            RedactionSpan(m.start(), m.end(), m.group(1)) for m in _MARKER.finditer(text)
        ),
        locator=Locator(pointer=child_pointer(where, field)),
    )


def _deepgram_turns(body: dict, where: str) -> list[Turn]:
    channels = (body.get("results") or {}).get("channels") or []
    alternative = (channels[0].get("alternatives") or [{}])[0] if channels else {}
    turns: list[Turn] = []
    words: list[tuple[int, dict]] = []
    for i, word in enumerate(alternative.get("words") or []):
        if words and word.get("speaker") != words[0][1].get("speaker"):
            turns.append(_deepgram_turn(len(turns), words, where))
            words = []
        words.append((i, word))
    if words:
        turns.append(_deepgram_turn(len(turns), words, where))
    return turns


def _deepgram_turn(index: int, words: list[tuple[int, dict]], where: str) -> Turn:
    first, speaker = words[0][0], words[0][1].get("speaker")
    text = " ".join(str(w.get("punctuated_word") or w.get("word", "")) for _, w in words)
    start, end = words[0][1].get("start"), words[-1][1].get("end")
    return Turn(
        index=index,
        role="unknown",
        text=text,
        speaker=f"speaker_{speaker}" if speaker is not None else None,
        start_ms=round(start * 1000) if isinstance(start, int | float) else None,
        end_ms=round(end * 1000) if isinstance(end, int | float) else None,
        locator=Locator(
            pointer=child_pointer(
                where, "results", "channels", 0, "alternatives", 0, "words", first
            )
        ),
    )


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


def _first_start(dialogs: list) -> datetime | None:
    starts = [_timestamp(d.get("start")) for d in dialogs if isinstance(d, dict)]
    return min((s for s in starts if s is not None), default=None)


def _offset_ms(value: Any, started: datetime | None) -> int | None:
    moment = _timestamp(value)
    if moment is None or started is None:
        return None
    return round((moment - started).total_seconds() * 1000)


def _timestamp(value: Any) -> datetime | None:
    if not isinstance(value, str):
        return None
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


class VconReader:
    name = "vcon"
    description = "vCon JSON (IETF draft; Webex Contact Center) with a transcript or chat"

    def sniff(self, source: Source) -> bool:
        return sniff_json(source, sniff_object)

    def read(self, source: Source, options: ReadOptions) -> Iterator[Conversation]:
        document = parse_json(source)
        if not sniff_object(document):
            raise InputFileError("not vCon JSON (needs vcon, parties and dialog)")
        yield from read_object(document, source, options)

    sniff_object = staticmethod(sniff_object)
    read_object = staticmethod(read_object)


READER = VconReader()
