"""Turns from a vCon's utterances (text dialogs, transcript bodies) or a Deepgram response.

Utterance times are ISO timestamps, made relative to the vCon's earliest dialog start. A
Deepgram turn's text is rebuilt from its words, so its locator points at the first word.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from ccaudit.errors import InputFileError
from ccaudit.ingest.json_document import child_pointer
from ccaudit.ingest.redaction_markers import BRACE_MARKER, vendor_markers
from ccaudit.model import Locator, Turn

_DEEPGRAM_WORDS = ("results", "channels", 0, "alternatives", 0, "words")


def first_start(dialogs: list) -> datetime | None:
    """When the conversation began: the earliest dialog start."""
    starts = [_timestamp(d.get("start")) for d in dialogs if isinstance(d, dict)]
    return min((s for s in starts if s is not None), default=None)


def utterance_turn(index: int, item: Any, where: str, started: datetime | None, field: str) -> Turn:
    """A `{parties, start, duration, <field>}` utterance; its speaker is `party_<index>`."""
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
        redactions=vendor_markers(text, BRACE_MARKER),
        locator=Locator(pointer=child_pointer(where, field)),
    )


def deepgram_turns(body: dict, where: str) -> list[Turn]:
    """The first channel's words, a new turn where the speaker changes."""
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
        locator=Locator(pointer=child_pointer(where, *_DEEPGRAM_WORDS, first)),
    )


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
