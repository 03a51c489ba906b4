"""Which flagged items a listing or a batch decision takes: by severity, rule, entity,
review status and class (incident or expected PII)."""

from __future__ import annotations

from dataclasses import dataclass

from ccaudit.model import Severity
from ccaudit.store.flagged import FlaggedItem


@dataclass(frozen=True)
class ItemCriteria:
    min_severity: Severity | None = None
    # `pack:rule-id` or a bare rule id; an item merged from several packs matches any of them.
    rule: str | None = None
    entity: str | None = None
    status: str = "all"
    item_class: str = "all"

    def matches(self, item: FlaggedItem) -> bool:
        if self.min_severity is not None and item.severity < self.min_severity:
            return False
        if self.status != "all" and item.status != self.status:
            return False
        if self.item_class != "all" and item.disposition != self.item_class:
            return False
        if self.entity and (
            item.identity.kind != "finding" or item.what.upper() != self.entity.upper()
        ):
            return False
        return not self.rule or self._rule_matches(item)

    def _rule_matches(self, item: FlaggedItem) -> bool:
        if item.identity.kind != "rule":
            return False
        names = (item.identity.rule, *item.also)
        return any(name == self.rule or name.endswith(f":{self.rule}") for name in names)
