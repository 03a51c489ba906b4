"""Flagged items (findings, failed or violated rules) and the decisions reviewers make on them."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass

from ccaudit.errors import CcauditError
from ccaudit.masking import mask_free_text
from ccaudit.model import Severity
from ccaudit.store.decisions import DECISIONS, DecisionIndex, DecisionRecord
from ccaudit.store.identity import ItemIdentity, finding_identity, rule_identity
from ccaudit.store.recorder import utc_now
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


def decision_index(connection: sqlite3.Connection) -> DecisionIndex:
    rows = connection.execute("SELECT * FROM decisions ORDER BY id").fetchall()
    return DecisionIndex(
        DecisionRecord(
            ItemIdentity.from_dict(json.loads(r["item"])),
            r["decision"],
            r["reviewer"],
            r["note"],
            r["decided_at"],
        )
        for r in rows
    )


def flagged_items(
    connection: sqlite3.Connection, run_ids: list[int], agent_id: str | None = None
) -> Iterator[FlaggedItem]:
    """Findings and failed/violated rule results of the runs' calls, with review status."""
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
        excerpt = row["evidence"] or row["reason"]
        yield _item(f"R{row['id']}", identity, row, what, excerpt, decisions)


def item_identity(connection: sqlite3.Connection, item_id: str) -> ItemIdentity:
    """The identity behind a short id such as F12 (finding) or R7 (rule result)."""
    kind, number = item_id[:1].upper(), item_id[1:]
    if kind not in ("F", "R") or not number.isdigit():
        raise CcauditError(f"{item_id!r} is not an item id; ids look like F12 or R7")
    if kind == "F":
        row = connection.execute(
            "SELECT f.*, c.call_id FROM findings f JOIN calls c ON c.id = f.call_row "
            "WHERE f.id = ?",
            (int(number),),
        ).fetchone()
        if row:
            return finding_identity(
                row["call_id"], row["entity"], row["fingerprint"], row["masked"], row["speaker"]
            )
    else:
        row = connection.execute(
            "SELECT r.*, c.call_id FROM rule_results r JOIN calls c ON c.id = r.call_row "
            "WHERE r.id = ?",
            (int(number),),
        ).fetchone()
        if row:
            return rule_identity(row["call_id"], row["pack"], row["rule_id"])
    raise CcauditError(f"no item {item_id} in the audit database (see `ccaudit review list`)")


def record_decision(
    connection: sqlite3.Connection,
    item_id: str,
    decision: str,
    reviewer: str,
    note: str = "",
    decided_at: str | None = None,
) -> DecisionRecord:
    if decision not in DECISIONS:
        raise CcauditError(f"unknown decision {decision!r}; choose from {', '.join(DECISIONS)}")
    if not reviewer.strip():
        raise CcauditError("a decision needs a reviewer name")
    identity = item_identity(connection, item_id)
    # Reviewers type notes freely; a pasted card or phone number must not reach the database.
    record = DecisionRecord(
        identity, decision, reviewer.strip(), mask_free_text(note), decided_at or utc_now()
    )
    with connection:
        connection.execute(
            "INSERT INTO decisions (kind, item, item_key, fallback_key, decision, reviewer, "
            "note, decided_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                identity.kind,
                json.dumps(identity.as_dict(), ensure_ascii=False),
                identity.key,
                identity.fallback_key,
                record.decision,
                record.reviewer,
                record.note,
                record.decided_at,
            ),
        )
    return record


def latest_decisions(connection: sqlite3.Connection) -> list[DecisionRecord]:
    """One record per item: the latest decision made on it."""
    index = decision_index(connection)
    return list(index.by_key.values())


def _item(
    item_id: str,
    identity: ItemIdentity,
    row: sqlite3.Row,
    what: str,
    excerpt: str,
    decisions: DecisionIndex,
) -> FlaggedItem:
    record = decisions.latest(identity)
    return FlaggedItem(
        item_id=item_id,
        identity=identity,
        call_row=row["call_row_id"],
        call_id=row["call_id"],
        agent_id=row["agent_id"],
        call_started_at=row["call_started"],
        what=what,
        severity=Severity(row["severity"]),
        turn=row["turn"],
        start_ms=row["start_ms"],
        excerpt=excerpt,
        status=record.decision if record else UNREVIEWED,
    )
