"""Span scoring for the eval documents: a detection matches a label of the same entity whose
character span it overlaps. Recall counts labels found; precision counts detections that
match a label. Works on whole documents, so it needs no agreement on where turns begin."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from benchmarks.independent.documents import Document
from benchmarks.independent.markup import Label

# Entity names that count as one of the set's entities.
ALIASES = {"IBAN_CODE": "BANK_ACCOUNT", "US_BANK_NUMBER": "BANK_ACCOUNT"}


@dataclass(frozen=True)
class Detection:
    entity: str
    start: int
    end: int


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
        made = self.true_positives + self.false_positives
        return self.true_positives / made if made else None

    @property
    def f1(self) -> float | None:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p is not None and r is not None and p + r else None

    def add(self, other: Tally) -> None:
        self.labels += other.labels
        self.found += other.found
        self.true_positives += other.true_positives
        self.false_positives += other.false_positives


@dataclass
class Miss:
    document: Document
    label: Label


@dataclass
class FalsePositive:
    document: Document
    detection: Detection
    negative: str | None


@dataclass
class Scores:
    by_entity: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))
    by_form: dict[tuple[str, str], Tally] = field(default_factory=lambda: defaultdict(Tally))
    by_language: dict[tuple[str, str], Tally] = field(default_factory=lambda: defaultdict(Tally))
    misses: list[Miss] = field(default_factory=list)
    false_positives: list[FalsePositive] = field(default_factory=list)
    documents: int = 0

    def total(self, entities: Iterable[str] | None = None) -> Tally:
        total = Tally()
        for entity, tally in self.by_entity.items():
            if entities is None or entity in entities:
                total.add(tally)
        return total


def canonical(entity: str) -> str:
    return ALIASES.get(entity, entity)


def score(documents: list[Document], detections: dict[str, list[Detection]]) -> Scores:
    scores = Scores()
    for document in documents:
        scores.documents += 1
        _score_document(document, detections.get(document.id, []), scores)
    return scores


def _score_document(document: Document, found: list[Detection], scores: Scores) -> None:
    labels = document.marked.labels
    lang = document.meta.get("lang", "?")
    found = [Detection(canonical(d.entity), d.start, d.end) for d in found]
    for label in labels:
        hit = any(_overlaps(d, label) for d in found)
        for tally in (
            scores.by_entity[label.entity],
            scores.by_form[label.entity, label.form],
            scores.by_language[label.entity, lang],
        ):
            tally.labels += 1
            tally.found += hit
        if not hit:
            scores.misses.append(Miss(document, label))
    for detection in found:
        matched = [lb for lb in labels if _overlaps(detection, lb)]
        tallies = [scores.by_entity[detection.entity], scores.by_language[detection.entity, lang]]
        if matched:
            tallies.append(scores.by_form[detection.entity, matched[0].form])
        for tally in tallies:
            if matched:
                tally.true_positives += 1
            else:
                tally.false_positives += 1
        if not matched:
            negative = next(
                (
                    n.kind
                    for n in document.marked.negatives
                    if n.start < detection.end and detection.start < n.end
                ),
                None,
            )
            scores.false_positives.append(FalsePositive(document, detection, negative))


def _overlaps(detection: Detection, label: Label) -> bool:
    return (
        detection.entity == label.entity
        and detection.start < label.end
        and label.start < detection.end
    )
