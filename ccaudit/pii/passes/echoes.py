"""Read-backs: a number found once is the same entity wherever it recurs in the call.

Agents confirm what they heard ("Just to confirm, 103 5 41399 3?"), usually with no context
word near the repeat. A number whose digits equal one already detected elsewhere in the
conversation is reported as that entity, with the score it earned where it had context;
where the repeat was also matched as something else, the better score wins (keep_best).

Corrections: people mistype or misread a digit or two and say the number again ("it's
000123987645, the last two were swapped", "ที่ถูกเป็น ... แต่ไปกดเป็น ..."). A number of eight
digits or more that nothing else matched, of the same length as one found and differing from
it in at most two places, is the same entity, unvalidated: so close a pair of two different
kinds of number is far rarer than a slip. Numbers with a check digit (cards, Thai IDs) are
left out: the recognizers find a right one themselves, and one that fails is no such number.
"""

from __future__ import annotations

from ccaudit.pii.findings import Detection
from ccaudit.pii.numbers import digit_runs, digits_only
from ccaudit.pii.registry import facts_of

# Shorter repeats (times, amounts, CVVs) are too common to carry an entity over.
MIN_ECHO_DIGITS = 6
MIN_CORRECTED_DIGITS = 8
# A code of four or five digits carries over only to the next few turns.
MIN_CODE_ECHO_DIGITS = 4
CODE_ECHO_TURNS = 3
MAX_CORRECTED_PLACES = 2


def add_echoes(texts: list[str], detections: dict[int, list[Detection]]) -> None:
    """`texts[p]` is the normalised text `detections[p]` point into; adds in place."""
    known = numbers_found(texts, detections)
    add_repeats(texts, detections, known)
    _add_corrections(texts, detections, known)
    _add_code_repeats(texts, detections)


def _add_code_repeats(texts: list[str], detections: dict[int, list[Detection]]) -> None:
    """A PIN or code too short to carry over the whole call is the same code said or keyed
    again in the next few turns ("nine oh oh seven" / "sorry, please use your keypad" /
    "9 0 0 7")."""
    codes = [
        (position, digits_only(texts[position][d.start : d.end]), d)
        for position, found in detections.items()
        for d in found
        if d.entity_type == "OTP"
    ]
    for position, digits, source in codes:
        if not MIN_CODE_ECHO_DIGITS <= len(digits) < MIN_ECHO_DIGITS:
            continue
        for later in range(position + 1, position + CODE_ECHO_TURNS + 1):
            if later in detections:
                add_repeats(texts, {later: detections[later]}, {digits: source})


def numbers_found(texts: list[str], detections: dict[int, list[Detection]]) -> dict[str, Detection]:
    """The detected numbers long enough to carry their entity, by digits, each with its
    best-scored detection."""
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
    return known


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


def _add_corrections(
    texts: list[str], detections: dict[int, list[Detection]], known: dict[str, Detection]
) -> None:
    by_length: dict[int, list[tuple[str, Detection]]] = {}
    for digits, detection in known.items():
        if len(digits) >= MIN_CORRECTED_DIGITS and not detection.validated:
            by_length.setdefault(len(digits), []).append((digits, detection))
    if not by_length:
        return
    for position, found in detections.items():
        text = texts[position]
        for start, end, count in digit_runs(text):
            if count not in by_length or _inside_code(text, start, end):
                continue
            if any(d.start < end and start < d.end for d in found):
                continue
            digits = digits_only(text[start:end])
            source = next(
                (d for other, d in by_length[count] if _differ_little(digits, other)), None
            )
            if source is not None:
                found.append(source._replace(start=start, end=end, validated=False))


def _differ_little(digits: str, other: str) -> bool:
    return sum(a != b for a, b in zip(digits, other, strict=True)) <= MAX_CORRECTED_PLACES


def _inside_code(text: str, start: int, end: int) -> bool:
    """Digits glued to a Latin letter belong to a code (TH1234567890, a parcel), as the
    number recognizers' own boundaries have it: no read-back of a number."""
    before = text[start - 1 : start]
    after = text[end : end + 1]
    return (before.isascii() and before.isalpha()) or (after.isascii() and after.isalpha())


def _found_as(found: list[Detection], start: int, end: int, entity_type: str) -> bool:
    return any(d.start == start and d.end == end and d.entity_type == entity_type for d in found)
