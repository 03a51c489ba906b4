"""Findings for the pieces of a number split across turns: one group, masked as a whole."""

from __future__ import annotations

from collections.abc import Callable

from ccaudit.masking import fingerprint, mask_card_number, mask_value
from ccaudit.model import Conversation, Finding
from ccaudit.normalize import NormalizedText
from ccaudit.pii.findings import Detection, build_finding
from ccaudit.pii.passes.echoes import add_repeats, numbers_found
from ccaudit.pii.passes.split_ibans import find_split_ibans
from ccaudit.pii.passes.split_numbers import SplitNumber, find_split_numbers
from ccaudit.pii.registry import facts_of

VALIDATED_SCORE = 0.9
UNVALIDATED_SCORE = 0.6
RECOGNIZER_NAME = "SplitNumberFinder"


def fragment_findings(
    conversation: Conversation,
    normalized: dict[int, NormalizedText],
    split: SplitNumber,
    group: str,
    hash_key: bytes | None,
) -> list[Finding]:
    """A card's pieces keep at most the whole number's first 6 and last 4 digits, so a
    middle piece shows none; every piece carries the whole number's fingerprint."""
    digits = _digits(split)
    whole = fingerprint(hash_key, split.entity_type, digits)
    score = VALIDATED_SCORE if split.validated else UNVALIDATED_SCORE
    findings = []
    digits_before = 0
    for fragment in split.fragments:
        turn = conversation.turns[fragment.position]
        # A piece of digit words said alone is in a turn the detector did not normalise.
        norm = normalized.get(fragment.position) or NormalizedText.identity(turn.text)
        value = norm.text[fragment.start : fragment.end]
        if split.entity_type == "CREDIT_CARD":
            masked = mask_card_number(value, digits_before=digits_before, total_digits=len(digits))
        else:
            masked = mask_value(split.entity_type, value)
        detection = Detection(
            split.entity_type, fragment.start, fragment.end, score, split.validated,
            RECOGNIZER_NAME,
        )  # fmt: skip
        findings.append(
            build_finding(conversation, turn, norm, detection, None, group, masked, whole)
        )
        digits_before += len(fragment.digits)
    return findings


def split_number_findings(
    conversation: Conversation,
    normalized: dict[int, NormalizedText],
    texts: list[str],
    detections: dict[int, list[Detection]],
    wants: Callable[[str], bool],
    hash_key: bytes | None,
) -> list[Finding]:
    """Findings for the numbers split across turns of a wanted entity; the pieces' own
    detections go from `detections`."""
    if not normalized:
        return []
    known = {
        digits: detection.entity_type
        for digits, detection in numbers_found(texts, detections).items()
    }
    ibans = find_split_ibans(conversation.turns, texts, normalized.keys())
    numbers = find_split_numbers(conversation.turns, texts, normalized.keys(), known)
    # The digits of an IBAN's pieces make an account number of their own, less surely.
    splits = ibans + [n for n in numbers if not any(_overlap(n, iban) for iban in ibans)]
    findings = []
    wanted = [s for s in splits if wants(s.entity_type) and not _found_whole(s, detections)]
    for number, split in enumerate(wanted):
        group = f"{conversation.id}#{number + 1}"
        findings.extend(fragment_findings(conversation, normalized, split, group, hash_key))
        for fragment in split.fragments:
            if fragment.position in detections:
                detections[fragment.position] = [
                    d
                    for d in detections[fragment.position]
                    if d.end <= fragment.start or fragment.end <= d.start
                ]
    add_repeats(texts, detections, {_digits(s): _read_back(s) for s in wanted})
    return findings


def _overlap(split: SplitNumber, other: SplitNumber) -> bool:
    return any(
        f.position == g.position and f.start < g.end and g.start < f.end
        for f in split.fragments
        for g in other.fragments
    )


def _found_whole(split: SplitNumber, detections: dict[int, list[Detection]]) -> bool:
    """Whether one number's detection already holds every piece, all in one turn: a phone
    and its extension (`02-017-5500 ต่อ 101`) are no account in two pieces."""
    positions = {fragment.position for fragment in split.fragments}
    if len(positions) != 1:
        return False
    start, end = split.fragments[0].start, split.fragments[-1].end
    return any(
        d.start <= start and end <= d.end and facts_of(d.entity_type).numeric
        for d in detections.get(positions.pop(), ())
    )


def _digits(split: SplitNumber) -> str:
    return "".join(f.digits for f in split.fragments)


def _read_back(split: SplitNumber) -> Detection:
    """What the whole number said again in one piece ("so that's 9803 441267?") is found as.
    A fragment's own digits are shorter, so no piece is read as its own repeat."""
    score = VALIDATED_SCORE if split.validated else UNVALIDATED_SCORE
    return Detection(split.entity_type, 0, 0, score, split.validated, RECOGNIZER_NAME)
