"""Turn a detection inside a turn's normalised text into a Finding on the source text."""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import replace
from typing import NamedTuple

from ccaudit.masking import fingerprint as fingerprint_of
from ccaudit.masking import mask_value
from ccaudit.model import Conversation, Finding, Locator, Turn
from ccaudit.normalize import NormalizedText
from ccaudit.pii.registry import ENTITIES, facts_of


class Detection(NamedTuple):
    """A span of a turn's normalised text and what was found there."""

    entity_type: str
    start: int
    end: int
    score: float
    validated: bool
    recognizer: str


def build_finding(
    conversation: Conversation,
    turn: Turn,
    normalized: NormalizedText,
    detection: Detection,
    hash_key: bytes | None,
    group: str | None = None,
    masked: str | None = None,
    fingerprint: str | None = None,
) -> Finding:
    """`group`, `masked` and `fingerprint` are given for a piece of a number split across
    turns: the pieces are one group and share the whole number's mask and fingerprint."""
    entity_type = detection.entity_type
    facts = facts_of(entity_type)
    start, end = normalized.to_source(detection.start, detection.end)
    file_start, file_end = turn.file_span(start, end)
    # Masked as read, not as written: spoken digits are digits by now.
    value = normalized.text[detection.start : detection.end]
    if masked is None:
        masked = mask_value(entity_type, value)
    if fingerprint is None and hash_key:
        fingerprint = fingerprint_of(hash_key, entity_type, facts.canonical(value))
    # Every field by position, in Finding's order: calling a class with keyword arguments
    # gathers them into a dict for __init__, which costs as much as the rest of this function.
    return Finding(
        conversation.path,
        conversation.id,
        entity_type,
        file_start,
        file_end,
        detection.score,
        detection.validated,
        masked,
        facts.severity,
        turn.index,
        turn.role,
        turn.speaker,
        turn.start_ms,
        group,
        _locator_of(turn, start),
        fingerprint,
        detection.recognizer,
        _missed_by_vendor(conversation, turn, start, end),
        turn.is_internal_note,
        turn.role_inferred,
    )


def _locator_of(turn: Turn, start: int) -> Locator:
    """The turn's locator, or for a text file's turn of several lines, one that names the
    line the value starts on (one object per finding past a turn's first line, none else)."""
    locator = turn.locator
    if locator.line is None or locator.pointer or "\n" not in turn.text:
        return locator
    breaks = turn.text.count("\n", 0, start)
    return replace(locator, line=locator.line + breaks) if breaks else locator


def _missed_by_vendor(conversation: Conversation, turn: Turn, start: int, end: int) -> bool:
    """The vendor redacts this source, yet this value is not under one of its markers."""
    if not (conversation.vendor_redacted or turn.redactions):
        return False
    return not any(r.start < end and start < r.end for r in turn.redactions)


def keep_best(detections: list[Detection]) -> list[Detection]:
    """Of overlapping detections keep the most certain (a valid Thai ID is not also a phone);
    ccaudit's own entity types before the Presidio types `--entities` adds, whose generic
    patterns (DATE_TIME, a South African tax number's checksum) would take a date of birth or a
    Thai bank account."""
    if len(detections) < 2:  # most turns: nothing to rank
        return detections
    ranked = sorted(
        detections,
        key=lambda d: (d.entity_type in ENTITIES, d.score, d.validated, d.end - d.start),
        reverse=True,
    )
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
