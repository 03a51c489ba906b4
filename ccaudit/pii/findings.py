"""Turn a detection inside a turn's normalised text into a Finding on the source text."""

from __future__ import annotations

from bisect import bisect_left
from typing import NamedTuple

from ccaudit.masking import fingerprint, mask_value
from ccaudit.model import Conversation, Finding, Turn
from ccaudit.normalize import NormalizedText
from ccaudit.pii.entities import NUMERIC_ENTITIES, SEVERITY
from ccaudit.pii.numbers import digits_only
from ccaudit.pii.recognizers.email_address import spoken_email_to_written


class Detection(NamedTuple):
    """A span of a turn's normalised text and what was found there."""

    entity_type: str
    start: int
    end: int
    score: float
    validated: bool
    recognizer: str


def canonical_value(entity_type: str, normalized_value: str) -> str:
    """The form repeats share however they were written: digits, or a lowercase address."""
    if entity_type in NUMERIC_ENTITIES:
        return digits_only(normalized_value)
    if entity_type == "EMAIL_ADDRESS":
        return spoken_email_to_written(normalized_value)
    return " ".join(normalized_value.lower().split())


def build_finding(
    conversation: Conversation,
    turn: Turn,
    normalized: NormalizedText,
    detection: Detection,
    hash_key: bytes | None,
    group: str | None = None,
    masked: str | None = None,
) -> Finding:
    start, end = normalized.to_source(detection.start, detection.end)
    raw = turn.text[start:end]
    value = normalized.text[detection.start : detection.end]
    file_start, file_end = turn.file_span(start, end)
    return Finding(
        path=conversation.path,
        conversation_id=conversation.id,
        entity_type=detection.entity_type,
        start=file_start,
        end=file_end,
        score=detection.score,
        validated=detection.validated,
        masked=masked if masked is not None else mask_value(detection.entity_type, raw),
        severity=SEVERITY.get(detection.entity_type, SEVERITY["PERSON"]),
        turn=turn.index,
        speaker=turn.role,
        speaker_label=turn.speaker,
        start_ms=turn.start_ms,
        group=group,
        locator=turn.locator,
        fingerprint=_fingerprint(hash_key, detection.entity_type, value),
        recognizer=detection.recognizer,
        missed_by_vendor=_missed_by_vendor(conversation, turn, start, end),
        in_internal_note=turn.is_internal_note,
    )


def _fingerprint(hash_key: bytes | None, entity_type: str, value: str) -> str | None:
    """Without a key there is no fingerprint, and no canonical value to build for one."""
    if not hash_key:
        return None
    return fingerprint(hash_key, entity_type, canonical_value(entity_type, value))


def _missed_by_vendor(conversation: Conversation, turn: Turn, start: int, end: int) -> bool:
    """The vendor redacts this source, yet this value is not under one of its markers."""
    if not (conversation.vendor_redacted or turn.redactions):
        return False
    return not any(r.start < end and start < r.end for r in turn.redactions)


def keep_best(detections: list[Detection]) -> list[Detection]:
    """Of overlapping detections keep the most certain (a valid Thai ID is not also a phone)."""
    ranked = sorted(detections, key=lambda d: (d.score, d.validated, d.end - d.start), reverse=True)
    # Kept spans never overlap, so sorted by start they are sorted by end too: a new span
    # can only clash with its neighbours in that order.
    starts: list[int] = []
    kept: list[Detection] = []
    for detection in ranked:
        i = bisect_left(starts, detection.start)
        if i > 0 and kept[i - 1].end > detection.start:
            continue
        if i < len(kept) and kept[i].start < detection.end:
            continue
        starts.insert(i, detection.start)
        kept.insert(i, detection)
    return kept
