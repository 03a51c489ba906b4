"""Amazon Transcribe standard batch JSON: word items rebuilt into speaker or channel turns.

Turns come from `results.audio_segments` when present (newer output: the segment transcript
is the turn text verbatim and the locator points at it). Otherwise they are rebuilt from the
word items, and the locator points at the first item of the turn (its text is not one field).
Times are strings in seconds. Thai words are joined without spaces, as Thai is written.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

from ccaudit.errors import InputFileError
from ccaudit.ingest.base import ReadOptions, Source
from ccaudit.ingest.json_document import child_pointer, parse_json, sniff_json
from ccaudit.ingest.webvtt import label_roles
from ccaudit.model import Conversation, Locator, RedactionSpan, Turn

_THAI = re.compile(r"[\u0E00-\u0E7F]")
_MARKER = re.compile(r"\[([A-Z][A-Z0-9_]*)\]")


@dataclass
class _Word:
    pointer: str
    content: str
    kind: str
    start_ms: int | None
    end_ms: int | None
    speaker: str | None
    redaction_type: str | None


def seconds_to_ms(value: Any, where: str) -> int | None:
    """Transcribe writes times as strings of seconds (`"0.860"`, legacy `"0.000000"`)."""
    if value is None:
        return None
    try:
        return int((Decimal(str(value)) * 1000).to_integral_value())
    except InvalidOperation:
        raise InputFileError(f"{where} is not a number of seconds") from None


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
        turns = _word_turns(_words(results, results_pointer))
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


def _words(results: dict, pointer: str) -> list[_Word]:
    """Every word once: channel-identified output also repeats them per channel; take one copy."""
    items = results.get("items")
    channels = (results.get("channel_labels") or {}).get("channels")
    words = [_word(item, child_pointer(pointer, "items", i)) for i, item in enumerate(items or [])]
    unlabelled = not any(word.speaker for word in words)
    if isinstance(channels, list) and channels and (not words or unlabelled):
        words = []
        for c, channel in enumerate(channels):
            label = channel.get("channel_label")
            for i, item in enumerate(channel.get("items") or []):
                word = _word(
                    item, child_pointer(pointer, "channel_labels", "channels", c, "items", i)
                )
                word.speaker = word.speaker or label
                words.append(word)
        words = _by_time(words)
    if items is None and not words:
        raise InputFileError("Transcribe JSON has no results.items")
    if any(w.speaker is None and w.kind != "punctuation" for w in words):
        _join_legacy_speakers(words, results.get("speaker_labels"))
    return words


def _word(item: Any, pointer: str) -> _Word:
    alternatives = item.get("alternatives") if isinstance(item, dict) else None
    if not alternatives or not isinstance(alternatives[0], dict):
        raise InputFileError(f"{pointer} has no alternatives")
    best = alternatives[0]
    redactions = best.get("redactions") or []
    content = str(best.get("content", ""))
    marker = _MARKER.fullmatch(content)
    redaction_type = None
    if redactions or marker:
        redaction_type = (redactions[0].get("type") if redactions else None) or marker.group(1)
    return _Word(
        pointer=pointer,
        content=content,
        kind=str(item.get("type", "pronunciation")),
        start_ms=seconds_to_ms(item.get("start_time"), f"{pointer}/start_time"),
        end_ms=seconds_to_ms(item.get("end_time"), f"{pointer}/end_time"),
        speaker=item.get("speaker_label") or item.get("channel_label"),
        redaction_type=redaction_type,
    )


def _by_time(words: list[_Word]) -> list[_Word]:
    """Merge per-channel word lists by time; punctuation stays behind its word."""
    groups: list[list[_Word]] = []
    for word in words:
        if word.kind == "punctuation" and groups:
            groups[-1].append(word)
        else:
            groups.append([word])
    groups.sort(key=lambda g: g[0].start_ms if g[0].start_ms is not None else -1)
    return [word for group in groups for word in group]


def _join_legacy_speakers(words: list[_Word], speaker_labels: Any) -> None:
    """Legacy items carry no speaker: join them to `speaker_labels.segments` by start time.

    A word missing from every segment's items takes the speaker whose segment spans it.
    """
    by_start: dict[int, str] = {}
    spans: list[tuple[int, int, str]] = []
    for s, segment in enumerate((speaker_labels or {}).get("segments") or []):
        where = f"/results/speaker_labels/segments/{s}"
        label = segment.get("speaker_label")
        start = seconds_to_ms(segment.get("start_time"), f"{where}/start_time")
        end = seconds_to_ms(segment.get("end_time"), f"{where}/end_time")
        if label and start is not None and end is not None:
            spans.append((start, end, label))
        for item in segment.get("items") or []:
            item_start = seconds_to_ms(item.get("start_time"), f"{where}/items")
            if item_start is not None and item.get("speaker_label"):
                by_start[item_start] = item["speaker_label"]
    previous = None
    for word in words:
        if word.kind == "punctuation" or word.start_ms is None:
            word.speaker = word.speaker or previous
        elif not word.speaker:
            at = word.start_ms
            spanning = (label for start, end, label in spans if start <= at <= end)
            word.speaker = by_start.get(at) or next(spanning, None)
        previous = word.speaker


def _word_turns(words: list[_Word]) -> list[Turn]:
    turns: list[Turn] = []
    group: list[_Word] = []
    for word in words:
        if group and word.kind != "punctuation" and word.speaker != group[0].speaker:
            turns.append(_turn_from_words(len(turns), group))
            group = []
        group.append(word)
    if group:
        turns.append(_turn_from_words(len(turns), group))
    return turns


def _turn_from_words(index: int, words: list[_Word]) -> Turn:
    text = ""
    redactions = []
    for word in words:
        if text and word.kind != "punctuation" and not _glued(text[-1], word.content[:1]):
            text += " "
        if word.redaction_type:
            redactions.append(
                RedactionSpan(len(text), len(text) + len(word.content), word.redaction_type)
            )
        text += word.content
    timed = [w for w in words if w.start_ms is not None]
    return Turn(
        index=index,
        role="unknown",
        text=text,
        speaker=words[0].speaker,
        start_ms=timed[0].start_ms if timed else None,
        end_ms=max((w.end_ms for w in timed if w.end_ms is not None), default=None),
        redactions=tuple(redactions),
        locator=Locator(pointer=words[0].pointer),
    )


def _glued(before: str, after: str) -> bool:
    return bool(_THAI.match(before) and _THAI.match(after))


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
        redactions = []
        for n, match in enumerate(_MARKER.finditer(text)):
            label = typed[n] if n < len(typed) and typed[n] else match.group(1)
            redactions.append(RedactionSpan(match.start(), match.end(), label))
        turns.append(
            Turn(
                index=i,
                role="unknown",
                text=text,
                speaker=segment.get("speaker_label") or segment.get("channel_label"),
                start_ms=seconds_to_ms(segment.get("start_time"), f"{where}/start_time"),
                end_ms=seconds_to_ms(segment.get("end_time"), f"{where}/end_time"),
                redactions=tuple(redactions),
                locator=Locator(pointer=child_pointer(where, "transcript")),
            )
        )
    return turns


class TranscribeReader:
    name = "transcribe"
    description = "Amazon Transcribe standard JSON (speaker labels, channels, [PII] redaction)"

    def sniff(self, source: Source) -> bool:
        return sniff_json(source, sniff_object)

    def read(self, source: Source, options: ReadOptions) -> Iterator[Conversation]:
        document = parse_json(source)
        if not sniff_object(document):
            raise InputFileError("not Amazon Transcribe JSON (no results.transcripts)")
        yield from read_object(document, source, options)

    sniff_object = staticmethod(sniff_object)
    read_object = staticmethod(read_object)


READER = TranscribeReader()
