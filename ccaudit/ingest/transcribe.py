"""Amazon Transcribe standard batch JSON: speaker or channel turns.

Turns come from `results.audio_segments` when present (newer output: the segment transcript
is the turn text verbatim and the locator points at it). Otherwise they are rebuilt from the
word items (see transcribe_items and transcribe_words). Times are strings in seconds.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from typing import Any

from ccaudit.errors import InputFileError
from ccaudit.ingest.base import ReadOptions, Source
from ccaudit.ingest.json_document import child_pointer
from ccaudit.ingest.json_reader import JsonReader
from ccaudit.ingest.redaction_markers import vendor_markers
from ccaudit.ingest.speaker_roles import label_roles
from ccaudit.ingest.transcribe_items import item_words, seconds_to_ms
from ccaudit.ingest.transcribe_words import word_turns
from ccaudit.model import Conversation, Locator, Turn


def sniff_object(obj: Any) -> bool:
    if not isinstance(obj, dict) or not isinstance(obj.get("results"), dict):
        return False
    results = obj["results"]
    return "transcripts" in results and (
        "jobName" in obj or any(k in results for k in ("items", "channel_labels", "audio_segments"))
    )


def read_object(
    obj: Any, source: Source, options: ReadOptions, pointer: str = ""
) -> Iterator[Conversation]:
    results = obj.get("results") if isinstance(obj, dict) else None
    if not isinstance(results, dict):
        raise InputFileError("Transcribe JSON has no results")
    results_pointer = child_pointer(pointer, "results")
    if isinstance(results.get("audio_segments"), list) and results["audio_segments"]:
        turns = _segment_turns(results, results_pointer)
    else:
        turns = word_turns(item_words(results, results_pointer))
    label_roles(turns, options)
    conversation_id = str(obj.get("jobName") or source.path.stem)
    metadata = {"job_status": str(obj["status"])} if obj.get("status") else {}
    yield Conversation(
        id=conversation_id,
        path=source.display,
        source_format=READER.name,
        turns=turns,
        channel="voice",
        agent_id=options.agent_for(conversation_id, source.path.name, source.path.stem),
        language=results.get("language_code") or obj.get("languageCode"),
        vendor_redacted=obj.get("isRedacted") is True or any(t.redactions for t in turns),
        metadata=metadata,
    )


def _segment_turns(results: dict, pointer: str) -> list[Turn]:
    items = results.get("items") or []
    types_by_id = {}
    for item in items:
        redactions = (item.get("alternatives") or [{}])[0].get("redactions") or []
        if redactions and "id" in item:
            types_by_id[item["id"]] = redactions[0].get("type")
    turns = []
    for i, segment in enumerate(results["audio_segments"]):
        where = child_pointer(pointer, "audio_segments", i)
        text = segment.get("transcript")
        if not isinstance(text, str):
            raise InputFileError(f"{where} has no transcript")
        typed = [types_by_id[k] for k in segment.get("items") or [] if k in types_by_id]
        # A marker in the text says only `[PII]`; its item says which type of PII it hid.
        redactions = tuple(
            replace(marker, label=typed[n]) if n < len(typed) and typed[n] else marker
            for n, marker in enumerate(vendor_markers(text))
        )
        turns.append(
            Turn(
                index=i,
                role="unknown",
                text=text,
                speaker=segment.get("speaker_label") or segment.get("channel_label"),
                start_ms=seconds_to_ms(segment.get("start_time"), f"{where}/start_time"),
                end_ms=seconds_to_ms(segment.get("end_time"), f"{where}/end_time"),
                redactions=redactions,
                locator=Locator(pointer=child_pointer(where, "transcript")),
            )
        )
    return turns


READER = JsonReader(
    name="transcribe",
    description="Amazon Transcribe standard JSON (speaker labels, channels, [PII] redaction)",
    sniff_object=sniff_object,
    read_object=read_object,
    not_this_layout="not Amazon Transcribe JSON (no results.transcripts)",
)
