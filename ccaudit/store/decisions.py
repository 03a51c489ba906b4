"""Review decisions and how an item finds the latest decision made about it."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

from ccaudit.store.identity import ItemIdentity

Decision = Literal["confirmed", "false_positive", "accepted_risk"]
DECISIONS: tuple[Decision, ...] = ("confirmed", "false_positive", "accepted_risk")
# Confirmed problems stay visible; only these take an item out of the count of new problems.
SUPPRESSING: frozenset[str] = frozenset({"false_positive", "accepted_risk"})


@dataclass(frozen=True)
class DecisionRecord:
    identity: ItemIdentity
    decision: Decision
    reviewer: str
    note: str
    decided_at: str


class DecisionIndex:
    """Latest decision per item. A keyed item matches on its fingerprint; an unkeyed item (or an
    unkeyed decision) falls back to the masked identity, so a baseline made without a key still
    applies to a run with one, and the other way round."""

    def __init__(self, records: Iterable[DecisionRecord]):
        self.by_key: dict[str, DecisionRecord] = {}
        self.unkeyed_by_fallback: dict[str, DecisionRecord] = {}
        self.all_by_fallback: dict[str, DecisionRecord] = {}
        for record in records:
            self.by_key[record.identity.key] = record
            self.all_by_fallback[record.identity.fallback_key] = record
            if not record.identity.keyed:
                self.unkeyed_by_fallback[record.identity.fallback_key] = record

    def __len__(self) -> int:
        return len(self.by_key)

    def latest(self, identity: ItemIdentity) -> DecisionRecord | None:
        if identity.keyed:
            return self.by_key.get(identity.key) or self.unkeyed_by_fallback.get(
                identity.fallback_key
            )
        return self.all_by_fallback.get(identity.fallback_key)

    def suppresses(self, identity: ItemIdentity) -> bool:
        record = self.latest(identity)
        return record is not None and record.decision in SUPPRESSING
