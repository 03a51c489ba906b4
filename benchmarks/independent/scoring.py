"""Span scoring for the eval documents: a detection matches a label of the same entity whose
character span it overlaps. Recall counts labels found; precision counts detections that
match a label. Works on whole documents, so it needs no agreement on where turns begin."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from benchmarks.independent.documents import Document
from benchmarks.independent.markup import Label

# The entities the set labels (GUIDE.md); detections of other types are not scored.
LABELLED = frozenset(
    {
        "CREDIT_CARD", "TH_TNIN", "BANK_ACCOUNT", "PHONE_NUMBER", "EMAIL_ADDRESS", "PERSON",
        "CARD_EXPIRY", "CARD_CVV", "OTP", "PASSPORT", "DATE_OF_BIRTH",
    }
)  # fmt: skip
# Other tools' names for them; a name with several readings counts as whichever a label there has.
ALIASES: dict[str, tuple[str, ...]] = {
    "IBAN_CODE": ("BANK_ACCOUNT",),
    "US_BANK_NUMBER": ("BANK_ACCOUNT",),
    "US_PASSPORT": ("PASSPORT",),
    "DATE_TIME": ("DATE_OF_BIRTH", "CARD_EXPIRY"),
}


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


def readings(entity: str) -> tuple[str, ...]:
    return ALIASES.get(entity, (entity,) if entity in LABELLED else ())


def score(documents: list[Document], detections: dict[str, list[Detection]]) -> Scores:
    scores = Scores()
    for document in documents:
        scores.documents += 1
        _score_document(document, detections.get(document.id, []), scores)
    return scores


def _score_document(document: Document, found: list[Detection], scores: Scores) -> None:
    labels = document.marked.labels
    lang = document.meta.get("lang", "?")
    found = [_as_labelled(d, labels) for d in found if readings(d.entity)]
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


def _as_labelled(detection: Detection, labels: tuple[Label, ...]) -> Detection:
    """The detection under the reading of its name that a label it overlaps has, if any."""
    names = readings(detection.entity)
    for name in names:
        candidate = Detection(name, detection.start, detection.end)
        if any(_overlaps(candidate, label) for label in labels):
            return candidate
    return Detection(names[0], detection.start, detection.end)


def _overlaps(detection: Detection, label: Label) -> bool:
    return (
        detection.entity == label.entity
        and detection.start < label.end
        and label.start < detection.end
    )
