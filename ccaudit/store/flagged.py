"""Flagged items: findings and failed or violated rule results, with their review status."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass

from ccaudit.display_safe import display_safe
from ccaudit.masking import mask_free_text_keeping
from ccaudit.model import FLAGGED_STATUSES, Severity
from ccaudit.store.decisions import DecisionRecord
from ccaudit.store.identity import ItemIdentity, finding_identity, rule_identity
from ccaudit.store.review import decision_index
from ccaudit.store.selection import CallSelection

UNREVIEWED = "unreviewed"
CALL_COLUMNS = "c.call_id, c.agent_id, c.id AS call_row_id, c.call_date"


@dataclass(frozen=True)
class FlaggedItem:
    item_id: str
    identity: ItemIdentity
    call_row: int
    call_id: str
    agent_id: str | None
    call_date: str | None
    what: str
    severity: Severity
    turn: int | None
    start_ms: int | None
    excerpt: str
    status: str
    # How a rule came out (fail, violation); empty for a finding.
    outcome: str = ""
    # A finding is an incident or expected PII (see store/disposition.py); a rule, an incident.
    disposition: str = "incident"
    title: str = ""
    section: str = ""
    auto_fail: bool = False
    # The other pack:rule ids the same event fails; it is scored once, under this item.
    also: tuple[str, ...] = ()
    note: str = ""
    reviewer: str = ""

    @property
    def is_incident(self) -> bool:
        """Counts towards scores, coaching and the headline: an incident not reviewed away."""
        return self.disposition == "incident" and self.status != "false_positive"


def flagged_items(
    connection: sqlite3.Connection, selection: CallSelection, lang: str = "en"
) -> Iterator[FlaggedItem]:
    """Findings and failed/violated rule results of the selected calls, worst first, with
    review status; a rule result without evidence shows its reason in `lang`."""
    calls_sql, params = selection.call_rows_sql()
    return _flagged(connection, calls_sql, params, lang)


def flagged_in_call(
    connection: sqlite3.Connection, call_row: int, lang: str = "en"
) -> list[FlaggedItem]:
    """The flagged items of one stored call, as flagged_items gives them."""
    return list(_flagged(connection, "SELECT ?", [call_row], lang))


def _flagged(
    connection: sqlite3.Connection, calls_sql: str, params: list, lang: str
) -> Iterator[FlaggedItem]:
    decisions = decision_index(connection)
    findings = connection.execute(
        f"SELECT f.*, {CALL_COLUMNS} FROM findings f JOIN calls c ON c.id = f.call_row "
        f"WHERE c.id IN ({calls_sql}) ORDER BY f.severity DESC, c.call_id, f.turn, f.id",
        params,
    )
    for row in findings:
        identity = finding_identity(
            row["call_id"], row["entity"], row["fingerprint"], row["masked"], row["speaker"]
        )
        record = decisions.latest(identity)
        yield _item(
            f"F{row['id']}", identity, row, record, row["entity"], row["masked"],
            disposition=row["disposition"],
        )  # fmt: skip
    marks = ",".join("?" * len(FLAGGED_STATUSES))
    # Each rule row brings its call's masks along: gathered beforehand for every call of a
    # large run, they would hold a set per call, all at once.
    rules = connection.execute(
        f"SELECT r.*, {CALL_COLUMNS}, (SELECT json_group_array(masked) FROM findings "
        "WHERE call_row = r.call_row) AS call_masks "
        "FROM rule_results r JOIN calls c ON c.id = r.call_row "
        f"WHERE c.id IN ({calls_sql}) AND r.status IN ({marks}) "
        "ORDER BY r.severity DESC, c.call_id, r.turn, r.id",
        params + list(FLAGGED_STATUSES),
    )
    for row in rules:
        identity = rule_identity(row["call_id"], row["pack"], row["rule_id"])
        record = decisions.latest(identity)
        # Masked again as read (a database written by an older ccaudit masked less), keeping
        # the call's findings' own masks that evidence shows in place of each value.
        excerpt = mask_free_text_keeping(
            row["evidence"] or _reason_in(row, lang), json.loads(row["call_masks"])
        )
        yield _item(
            f"R{row['id']}", identity, row, record, f"{identity.rule} ({row['status']})",
            excerpt, outcome=row["status"], title=row["title"], section=row["section"],
            auto_fail=bool(row["auto_fail"]), also=tuple(json.loads(row["also"])),
        )  # fmt: skip


def _reason_in(row: sqlite3.Row, lang: str) -> str:
    """A result stored before Thai reasons were kept has none: it shows the English one."""
    return row["reason_th"] if lang == "th" and row["reason_th"] else row["reason"]


def _item(
    item_id: str,
    identity: ItemIdentity,
    row: sqlite3.Row,
    record: DecisionRecord | None,
    what: str,
    excerpt: str,
    **details,
) -> FlaggedItem:
    return FlaggedItem(
        item_id=item_id,
        identity=identity,
        call_row=row["call_row_id"],
        call_id=display_safe(row["call_id"]),
        agent_id=row["agent_id"],
        call_date=row["call_date"],
        what=what,
        severity=Severity(row["severity"]),
        turn=row["turn"],
        start_ms=row["start_ms"],
        excerpt=excerpt,
        status=record.decision if record else UNREVIEWED,
        note=record.note if record else "",
        reviewer=record.reviewer if record else "",
        **details,
    )
