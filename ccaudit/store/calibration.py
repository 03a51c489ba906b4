"""Calibration: how far two reviewers agree on the items both of them decided.

Agreement is the share of common items given the same decision; Cohen's kappa corrects it
for the agreement two reviewers would reach by chance with their own mix of decisions
(1 is perfect agreement, 0 is no better than chance, below 0 is worse).
"""

from __future__ import annotations

import sqlite3
from collections import Counter
from dataclasses import dataclass, field

from ccaudit.errors import CcauditError
from ccaudit.store.decisions import DECISIONS
from ccaudit.store.identity import ItemIdentity
from ccaudit.store.review import decision_records

# Landis and Koch's reading of kappa, the usual one in QA calibration.
KAPPA_WORDS = ((0.8, "almost perfect"), (0.6, "substantial"), (0.4, "moderate"),
               (0.2, "fair"), (0.0, "slight"))  # fmt: skip


@dataclass
class Calibration:
    first: str
    second: str
    # (first's decision, second's decision) -> number of items
    pairs: Counter = field(default_factory=Counter)
    disagreements: list[tuple[ItemIdentity, str, str]] = field(default_factory=list)

    @property
    def items(self) -> int:
        return sum(self.pairs.values())

    @property
    def agreement(self) -> float | None:
        agreed = sum(n for (a, b), n in self.pairs.items() if a == b)
        return agreed / self.items if self.items else None

    @property
    def kappa(self) -> float | None:
        """None when there is nothing to compare, or both gave one same decision throughout
        (chance agreement is then 1 and kappa is undefined)."""
        total = self.items
        if not total:
            return None
        first = Counter()
        second = Counter()
        for (a, b), n in self.pairs.items():
            first[a] += n
            second[b] += n
        chance = sum(first[d] * second[d] for d in DECISIONS) / total**2
        if chance == 1:
            return None
        return (self.agreement - chance) / (1 - chance)

    @property
    def kappa_words(self) -> str:
        """Landis and Koch's words for kappa; empty when it is undefined."""
        kappa = self.kappa
        if kappa is None:
            return ""
        return next((words for floor, words in KAPPA_WORDS if kappa >= floor), "poor")


def calibrate(connection: sqlite3.Connection, first: str, second: str) -> Calibration:
    """Each reviewer's latest decision per item; names match case-insensitively."""
    if first.strip().casefold() == second.strip().casefold():
        raise CcauditError("calibration needs two different reviewers")
    latest: dict[str, dict[str, tuple[ItemIdentity, str]]] = {first: {}, second: {}}
    for record in decision_records(connection):
        for name, decided in latest.items():
            if record.reviewer.casefold() == name.strip().casefold():
                decided[record.identity.key] = (record.identity, record.decision)
    for name, decided in latest.items():
        if not decided:
            raise CcauditError(f"no decisions by {name!r} in the audit database")
    result = Calibration(first, second)
    for key, (identity, decision) in latest[first].items():
        other = latest[second].get(key)
        if other is None:
            continue
        result.pairs[(decision, other[1])] += 1
        if decision != other[1]:
            result.disagreements.append((identity, decision, other[1]))
    return result
