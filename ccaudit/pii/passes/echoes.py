"""Read-backs: a number found once is the same entity wherever it recurs in the call.

Agents confirm what they heard ("Just to confirm, 103 5 41399 3?"), usually with no context
word near the repeat. A number whose digits equal one already detected elsewhere in the
conversation is reported as that entity, with the score it earned where it had context;
where the repeat was also matched as something else, the better score wins (keep_best).
"""

from __future__ import annotations

from ccaudit.pii.findings import Detection
from ccaudit.pii.numbers import digit_runs, digits_only
from ccaudit.pii.registry import facts_of

# Shorter repeats (times, amounts, CVVs) are too common to carry an entity over.
MIN_ECHO_DIGITS = 6


def add_echoes(texts: list[str], detections: dict[int, list[Detection]]) -> None:
    """`texts[p]` is the normalised text `detections[p]` point into; adds in place."""
    known: dict[str, Detection] = {}
    for position, found in detections.items():
        for detection in found:
            if not facts_of(detection.entity_type).numeric:
                continue
            digits = digits_only(texts[position][detection.start : detection.end])
            if len(digits) >= MIN_ECHO_DIGITS and (
                digits not in known or detection.score > known[digits].score
            ):
                known[digits] = detection
    add_repeats(texts, detections, known)


def add_repeats(
    texts: list[str], detections: dict[int, list[Detection]], known: dict[str, Detection]
) -> None:
    """Each digit run whose digits are a key of `known` is reported as that detection."""
    if not known:
        return
    lengths = {len(digits) for digits in known}
    for position, found in detections.items():
        text = texts[position]
        for start, end, count in digit_runs(text):
            # A run of another length cannot repeat a known number, and one without separators
            # is its own digits: both spare digits_only.
            if count not in lengths or _inside_code(text, start, end):
                continue
            run = text[start:end]
            source = known.get(run if count == len(run) else digits_only(run))
            if source and not _found_as(found, start, end, source.entity_type):
                found.append(source._replace(start=start, end=end))


def _inside_code(text: str, start: int, end: int) -> bool:
    """Digits glued to a Latin letter belong to a code (TH1234567890, a parcel), as the
    number recognizers' own boundaries have it: no read-back of a number."""
    before = text[start - 1 : start]
    after = text[end : end + 1]
    return (before.isascii() and before.isalpha()) or (after.isascii() and after.isalpha())


def _found_as(found: list[Detection], start: int, end: int, entity_type: str) -> bool:
    return any(d.start == start and d.end == end and d.entity_type == entity_type for d in found)
