"""One incident per event: results of several rules (of one pack or several) that fail on the
same event, the same words of a turn or the same finding, are reported and scored once.

A card read back is a pci-dss rule and a bank pack's rule; the call has one incident, under
the rule that weighs most, naming the others in `also`.
"""

from __future__ import annotations

from collections.abc import Hashable
from dataclasses import replace

from ccaudit.model import FLAGGED_STATUSES, RuleResult


def merge_incidents(results: list[tuple[RuleResult, Hashable | None]]) -> list[RuleResult]:
    """The results with those sharing an event merged into one; the order is kept."""
    by_event: dict[Hashable, list[int]] = {}
    for index, (result, event) in enumerate(results):
        if event is not None and result.status in FLAGGED_STATUSES:
            by_event.setdefault(event, []).append(index)
    merged = [result for result, _ in results]
    dropped: set[int] = set()
    for indexes in by_event.values():
        if len(indexes) < 2:
            continue
        primary = max(indexes, key=lambda i: (merged[i].weight, merged[i].severity, -i))
        also = tuple(f"{merged[i].pack}:{merged[i].rule_id}" for i in indexes if i != primary)
        merged[primary] = replace(merged[primary], also=also)
        dropped.update(i for i in indexes if i != primary)
    return [result for index, result in enumerate(merged) if index not in dropped]
