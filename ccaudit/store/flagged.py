"""Flagged items: findings and failed or violated rule results, with their review status."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass

from ccaudit.display_safe import display_safe
from ccaudit.masking import mask_free_text
from ccaudit.model import Severity
from ccaudit.store.decisions import DecisionIndex
from ccaudit.store.identity import ItemIdentity, finding_identity, rule_identity
from ccaudit.store.review import decision_index
from ccaudit.store.runs import run_call_rows_sql

FLAGGED_STATUSES = ("fail", "violation")
UNREVIEWED = "unreviewed"
# A call's date: when it took place if the source said so, else when it was first audited.
CALL_COLUMNS = (
    "c.call_id, c.agent_id, c.id AS call_row_id, "
    "coalesce(c.started_at, first_run.started_at) AS call_started"
)
CALL_DATE_JOIN = (
    "JOIN input_files i ON i.id = c.file_id JOIN runs first_run ON first_run.id = i.first_run_id"
)


@dataclass(frozen=True)
class FlaggedItem:
    item_id: str
    identity: ItemIdentity
    call_row: int
    call_id: str
    agent_id: str | None
    call_started_at: str | None
    what: str
    severity: Severity
    turn: int | None
    start_ms: int | None
    excerpt: str
    status: str
    # How a rule came out (fail, violation); empty for a finding.
    outcome: str = ""


def flagged_items(
    connection: sqlite3.Connection,
    run_ids: list[int],
    agent_id: str | None = None,
    lang: str = "en",
) -> Iterator[FlaggedItem]:
    """Findings and failed/violated rule results of the runs' calls, with review status; a
    rule result without evidence shows its reason in `lang`."""
    decisions = decision_index(connection)
    calls_sql, params = run_call_rows_sql(run_ids)
    agent_sql = " AND c.agent_id = ?" if agent_id else ""
    agent_params = [agent_id] if agent_id else []
    findings = connection.execute(
        f"SELECT f.*, {CALL_COLUMNS} FROM findings f JOIN calls c ON c.id = f.call_row "
        f"{CALL_DATE_JOIN} WHERE c.id IN ({calls_sql}){agent_sql} "
        "ORDER BY f.severity DESC, c.call_id, f.turn",
        params + agent_params,
    )
    for row in findings:
        identity = finding_identity(
            row["call_id"], row["entity"], row["fingerprint"], row["masked"], row["speaker"]
        )
        yield _item(f"F{row['id']}", identity, row, row["entity"], row["masked"], decisions)
    marks = ",".join("?" * len(FLAGGED_STATUSES))
    rules = connection.execute(
        f"SELECT r.*, {CALL_COLUMNS} FROM rule_results r JOIN calls c ON c.id = r.call_row "
        f"{CALL_DATE_JOIN} WHERE c.id IN ({calls_sql}){agent_sql} "
        f"AND r.status IN ({marks}) ORDER BY r.severity DESC, c.call_id, r.turn",
        params + agent_params + list(FLAGGED_STATUSES),
    )
    for row in rules:
        identity = rule_identity(row["call_id"], row["pack"], row["rule_id"])
        what = f"{identity.rule} ({row['status']})"
        # Masked again as read: a database written by an older ccaudit masked less.
        excerpt = mask_free_text(row["evidence"] or _reason_in(row, lang))
        yield _item(f"R{row['id']}", identity, row, what, excerpt, decisions, row["status"])


def _reason_in(row: sqlite3.Row, lang: str) -> str:
    """A result stored before Thai reasons were kept has none: it shows the English one."""
    return row["reason_th"] if lang == "th" and row["reason_th"] else row["reason"]


def _item(
    item_id: str,
    identity: ItemIdentity,
    row: sqlite3.Row,
    what: str,
    excerpt: str,
    decisions: DecisionIndex,
    outcome: str = "",
) -> FlaggedItem:
    record = decisions.latest(identity)
    return FlaggedItem(
        item_id=item_id,
        identity=identity,
        call_row=row["call_row_id"],
        call_id=display_safe(row["call_id"]),
        agent_id=row["agent_id"],
        call_started_at=row["call_started"],
        what=what,
        severity=Severity(row["severity"]),
        turn=row["turn"],
        start_ms=row["start_ms"],
        excerpt=excerpt,
        status=record.decision if record else UNREVIEWED,
        outcome=outcome,
    )
