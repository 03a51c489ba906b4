"""Amazon Transcribe word items, each once and with its speaker, in spoken order.

Channel-identified output lists the items per channel (merged here by time); legacy output
names speakers only in `speaker_labels.segments` (joined here by start time). Times are
strings in seconds.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

from ccaudit.errors import InputFileError
from ccaudit.ingest.json_document import child_pointer
from ccaudit.ingest.redaction_markers import BRACKET_MARKER


@dataclass
class Word:
    """One item (a word or a punctuation mark) and the JSON pointer to it."""

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


def item_words(results: dict, pointer: str) -> list[Word]:
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


def _word(item: Any, pointer: str) -> Word:
    alternatives = item.get("alternatives") if isinstance(item, dict) else None
    if not alternatives or not isinstance(alternatives[0], dict):
        raise InputFileError(f"{pointer} has no alternatives")
    best = alternatives[0]
    redactions = best.get("redactions") or []
    content = str(best.get("content", ""))
    marker = BRACKET_MARKER.fullmatch(content)
    redaction_type = None
    if redactions or marker:
        redaction_type = (redactions[0].get("type") if redactions else None) or marker.group(1)
    return Word(
        pointer=pointer,
        content=content,
        kind=str(item.get("type", "pronunciation")),
        start_ms=seconds_to_ms(item.get("start_time"), f"{pointer}/start_time"),
        end_ms=seconds_to_ms(item.get("end_time"), f"{pointer}/end_time"),
        speaker=item.get("speaker_label") or item.get("channel_label"),
        redaction_type=redaction_type,
    )


def _by_time(words: list[Word]) -> list[Word]:
    """Merge per-channel word lists by time; punctuation stays behind its word."""
    groups: list[list[Word]] = []
    for word in words:
        if word.kind == "punctuation" and groups:
            groups[-1].append(word)
        else:
            groups.append([word])
    groups.sort(key=lambda g: g[0].start_ms if g[0].start_ms is not None else -1)
    return [word for group in groups for word in group]


def _join_legacy_speakers(words: list[Word], speaker_labels: Any) -> None:
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
