"""A baseline written straight from a scan (`scan --write-baseline`), so CI can adopt ccaudit
on a corpus that already holds findings and fail only on new ones. Same file format as
`review export-baseline` writes and `--baseline` reads."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from ccaudit.model import Finding, Severity
from ccaudit.pii.registry import DEFAULT_ENTITIES
from ccaudit.pipeline.events import ConversationResult
from ccaudit.store.baseline import Baseline, write_baseline
from ccaudit.store.decisions import SUPPRESSING, DecisionRecord
from ccaudit.store.identity import ItemIdentity, identity_of_finding

ADOPTED_BY = "ccaudit scan --write-baseline"
ADOPTED_NOTE = "known when ccaudit was adopted"


class BaselineAdoption:
    """Every finding of a scan as a baseline entry: accepted_risk, unless an earlier baseline
    already decided on the item, whose decision is kept (a confirmed item still counts).
    `worst_counted` is the worst finding the new baseline does not set aside."""

    def __init__(self, earlier: Baseline | None, decided_at: str, key_check: str | None):
        self.earlier = earlier
        self.decided_at = decided_at
        self.key_check = key_check
        self.entries: dict[str, DecisionRecord] = {}
        self.worst_counted: Severity | None = None

    def see(self, event: object) -> None:
        """An event of the scan (scan_events' on_event): all of a conversation's findings,
        those an earlier baseline sets aside too."""
        if isinstance(event, ConversationResult):
            self.add(event.findings)

    def add(self, findings: Sequence[Finding]) -> None:
        for finding in findings:
            identity = identity_of_finding(finding)
            record = self.entries.get(identity.key) or self._record_for(identity)
            self.entries[identity.key] = record
            if record.decision not in SUPPRESSING and (
                self.worst_counted is None or finding.severity > self.worst_counted
            ):
                self.worst_counted = finding.severity

    def write(self, path: Path, tool_version: str, entities: frozenset[str] | None) -> int:
        """The baseline file, recording the entity types scanned for (None: ccaudit's own)
        and no rule packs (a scan checks none); how many entries it has."""
        recognizers = sorted(entities) if entities else list(DEFAULT_ENTITIES)
        # An earlier decision made without a key may cover several of today's items.
        records = list({r.identity.key: r for r in self.entries.values()}.values())
        write_baseline(
            path, records, tool_version, recognizers, [], self.decided_at, self.key_check
        )
        return len(records)

    def _record_for(self, identity: ItemIdentity) -> DecisionRecord:
        earlier = self.earlier.decision_on(identity) if self.earlier else None
        return earlier or DecisionRecord(
            identity, "accepted_risk", ADOPTED_BY, ADOPTED_NOTE, self.decided_at
        )
