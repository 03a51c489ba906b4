"""Span-level scoring of detections against the corpus labels.

Matching rule: a detection matches a label when both are in the same conversation and turn,
name the same entity, and their character spans overlap (d.start < l.end and l.start < d.end).
Recall counts labels matched by at least one detection. Precision counts detections that
match at least one label. A detection that matches nothing is a false positive, blamed on
the hard negative it overlaps, else on the variant of a value planted in the same turn,
else on "ordinary" talk.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from benchmarks.corpus import Call, Label


@dataclass(frozen=True)
class Detection:
    conversation_id: str
    turn: int
    entity: str
    start: int
    end: int
    group: str | None = None


@dataclass
class Tally:
    labels: int = 0
    found: int = 0
    true_positives: int = 0
    false_positives: int = 0

    @property
    def recall(self) -> float | None:
        return self.found / self.labels if self.labels else None

    @property
    def precision(self) -> float | None:
        detections = self.true_positives + self.false_positives
        return self.true_positives / detections if detections else None

    @property
    def f1(self) -> float | None:
        p, r = self.precision, self.recall
        if p is None or r is None or p + r == 0:
            return None
        return 2 * p * r / (p + r)


@dataclass
class Scores:
    by_entity: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))
    by_variant: dict[tuple[str, str], Tally] = field(default_factory=lambda: defaultdict(Tally))
    false_positive_causes: dict[tuple[str, str], int] = field(
        default_factory=lambda: defaultdict(int)
    )
    missed: list[Label] = field(default_factory=list)
    false_positives: list[tuple[Detection, str]] = field(default_factory=list)
    groups: int = 0
    groups_complete: int = 0
    groups_joined: int = 0


def overlaps(d: Detection, label: Label) -> bool:
    return d.entity == label.entity and d.start < label.end and label.start < d.end


def score(calls: list[Call], detections: dict[str, list[Detection]]) -> Scores:
    scores = Scores()
    for call in calls:
        _score_call(call, detections.get(call.conversation.id, []), scores)
    return scores


def _score_call(call: Call, found: list[Detection], scores: Scores) -> None:
    by_turn: dict[int, list[Detection]] = defaultdict(list)
    for d in found:
        by_turn[d.turn].append(d)
    matched: dict[Label, list[Detection]] = {}
    for label in call.labels:
        hits = [d for d in by_turn[label.turn] if overlaps(d, label)]
        matched[label] = hits
        for tally in (
            scores.by_entity[label.entity],
            scores.by_variant[label.entity, label.variant],
        ):
            tally.labels += 1
            tally.found += bool(hits)
        if not hits:
            scores.missed.append(label)
    for d in found:
        labels = [lb for lb in call.labels if lb.turn == d.turn and overlaps(d, lb)]
        if labels:
            scores.by_entity[d.entity].true_positives += 1
            scores.by_variant[d.entity, labels[0].variant].true_positives += 1
            continue
        cause = _blame(call, d)
        scores.by_entity[d.entity].false_positives += 1
        if not cause.startswith(("negative:", "ordinary")):
            scores.by_variant[d.entity, cause].false_positives += 1
        scores.false_positive_causes[d.entity, cause] += 1
        scores.false_positives.append((d, cause))
    _score_groups(call, matched, scores)


def _blame(call: Call, d: Detection) -> str:
    for negative in call.negatives:
        if negative.turn == d.turn and d.start < negative.end and negative.start < d.end:
            return f"negative:{negative.kind}"
    in_turn = [lb.variant for lb in call.labels if lb.turn == d.turn]
    return in_turn[0] if in_turn else "ordinary"


def _score_groups(call: Call, matched: dict[Label, list[Detection]], scores: Scores) -> None:
    fragments: dict[str, list[Label]] = defaultdict(list)
    for label in call.labels:
        if label.group:
            fragments[label.group].append(label)
    for labels in fragments.values():
        scores.groups += 1
        if all(matched[lb] for lb in labels):
            scores.groups_complete += 1
            shared = set.intersection(*({d.group for d in matched[lb]} for lb in labels))
            scores.groups_joined += bool(shared - {None})
