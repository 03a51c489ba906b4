"""The accuracy and speed targets of issue 2, checked against measured values (never tuned)."""

from __future__ import annotations

from dataclasses import dataclass

from benchmarks.pii_eval.scoring import Scores

NUMBER_ENTITIES = ("CREDIT_CARD", "TH_TNIN", "BANK_ACCOUNT", "PHONE_NUMBER")
MIN_RECALL = 0.98
MIN_PRECISION = 0.97
MIN_PERSON_F1 = 0.85
MIN_SPEED_RATIO = 30.0
MAX_MEMORY_GROWTH_MB = 16.0


@dataclass(frozen=True)
class TargetCheck:
    name: str
    target: str
    measured: str
    passed: bool


def _fmt(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.3f}"


def check_targets(
    scores: Scores, speed_ratio: float | None, memory_growth_mb: float | None
) -> list[TargetCheck]:
    checks = []
    for entity in NUMBER_ENTITIES:
        tally = scores.by_entity[entity]
        checks.append(_accuracy(f"{entity} (all variants)", tally.recall, tally.precision))
        for (name, variant), tally in sorted(scores.by_variant.items()):
            if name == entity:
                checks.append(_accuracy(f"{entity} / {variant}", tally.recall, tally.precision))
    person_f1 = scores.by_entity["PERSON"].f1
    checks.append(
        TargetCheck(
            "PERSON F1",
            f">= {MIN_PERSON_F1}",
            _fmt(person_f1),
            person_f1 is not None and person_f1 >= MIN_PERSON_F1,
        )
    )
    if speed_ratio is not None:
        checks.append(
            TargetCheck(
                "speed vs Presidio",
                f">= {MIN_SPEED_RATIO:.0f}x",
                f"{speed_ratio:.1f}x",
                speed_ratio >= MIN_SPEED_RATIO,
            )
        )
    if memory_growth_mb is not None:
        checks.append(
            TargetCheck(
                "peak RSS growth, 4x vs 1x stream",
                f"<= {MAX_MEMORY_GROWTH_MB:.0f} MB",
                f"{memory_growth_mb:.1f} MB",
                memory_growth_mb <= MAX_MEMORY_GROWTH_MB,
            )
        )
    return checks


def _accuracy(name: str, recall: float | None, precision: float | None) -> TargetCheck:
    passed = (
        recall is not None
        and recall >= MIN_RECALL
        and (precision is None or precision >= MIN_PRECISION)
    )
    return TargetCheck(
        name,
        f"recall >= {MIN_RECALL}, precision >= {MIN_PRECISION}",
        f"recall {_fmt(recall)}, precision {_fmt(precision)}",
        passed,
    )
