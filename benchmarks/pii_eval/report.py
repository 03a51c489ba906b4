"""Plain-text tables for the benchmark's results (the same data goes to --json)."""

from __future__ import annotations

from benchmarks.corpus import Call, Label
from benchmarks.pii_eval.scoring import Scores, Tally
from benchmarks.pii_eval.targets import TargetCheck
from ccaudit.masking import mask_spans

FP_EXAMPLES = 3
HEADER = (
    f"{'':34} {'labels':>6} {'found':>6} {'recall':>7} {'TP':>6} {'FP':>5} {'prec':>6} {'F1':>6}"
)


def _num(value: float | None) -> str:
    return "   n/a" if value is None else f"{value:6.3f}"


def tally_row(name: str, t: Tally) -> str:
    return (
        f"{name:34} {t.labels:6d} {t.found:6d} {_num(t.recall):>7} {t.true_positives:6d} "
        f"{t.false_positives:5d} {_num(t.precision)} {_num(t.f1)}"
    )


def accuracy_tables(scores: Scores) -> list[str]:
    lines = ["Per entity", HEADER]
    lines += [tally_row(e, t) for e, t in sorted(scores.by_entity.items())]
    lines += ["", "Per entity and variant", HEADER]
    lines += [tally_row(f"{e} / {v}", t) for (e, v), t in sorted(scores.by_variant.items())]
    lines += [
        "",
        f"Split numbers: {scores.groups} groups, {scores.groups_complete} with every fragment "
        f"found, {scores.groups_joined} reported as one group",
    ]
    return lines


def false_positive_table(scores: Scores) -> list[str]:
    lines = ["False positives by cause (entity, what the detection overlapped)"]
    causes = sorted(scores.false_positive_causes.items(), key=lambda kv: -kv[1])
    lines += [f"  {entity:16} {cause:28} {count:5d}" for (entity, cause), count in causes]
    return lines if causes else [*lines, "  none"]


def examples(calls: list[Call], scores: Scores) -> list[str]:
    """One masked example per missed (entity, variant) and per false-positive cause."""
    turns = {c.conversation.id: c.conversation.turns for c in calls}
    planted: dict[tuple[str, int], list[tuple[int, int]]] = {}
    for call in calls:
        for lb in call.labels:
            planted.setdefault((lb.conversation_id, lb.turn), []).append((lb.start, lb.end))

    def masked(conversation_id: str, turn: int, span: tuple[int, int]) -> str:
        spans = [span, *planted.get((conversation_id, turn), [])]
        return repr(mask_spans(turns[conversation_id][turn].text, spans))

    lines = ["Missed labels, one masked example per entity/variant"]
    seen: dict[tuple[str, str], int] = {}
    firsts: dict[tuple[str, str], Label] = {}
    for label in scores.missed:
        key = (label.entity, label.variant)
        seen[key] = seen.get(key, 0) + 1
        firsts.setdefault(key, label)
    for key, label in sorted(firsts.items()):
        example = masked(label.conversation_id, label.turn, (label.start, label.end))
        lines.append(f"  {key[0]} / {key[1]} ({seen[key]} missed): {example}")
    lines += ["", f"False positives, up to {FP_EXAMPLES} distinct masked turns per entity/cause"]
    shown: dict[tuple[str, str], set[str]] = {}
    for detection, cause in scores.false_positives:
        span = (detection.start, detection.end)
        example = masked(detection.conversation_id, detection.turn, span)
        distinct = shown.setdefault((detection.entity, cause), set())
        if example not in distinct and len(distinct) < FP_EXAMPLES:
            distinct.add(example)
            lines.append(f"  {detection.entity} / {cause}: {example}")
    return lines


def target_table(checks: list[TargetCheck]) -> list[str]:
    lines = ["Targets (issue 2)"]
    for check in checks:
        verdict = "PASS" if check.passed else "MISS"
        lines.append(f"  {verdict}  {check.name:40} target {check.target:38} got {check.measured}")
    return lines
