"""Review decisions: recording them on items by short id, and reading them back."""

from __future__ import annotations

import json
import sqlite3

from ccaudit.errors import CcauditError
from ccaudit.pii.typed_text import mask_typed_text
from ccaudit.store.decisions import DECISIONS, DecisionIndex, DecisionRecord
from ccaudit.store.identity import ItemIdentity, finding_identity, rule_identity
from ccaudit.store.recorder import utc_now


def decision_records(connection: sqlite3.Connection) -> list[DecisionRecord]:
    """Every decision ever recorded, oldest first."""
    rows = connection.execute("SELECT * FROM decisions ORDER BY id").fetchall()
    return [
        DecisionRecord(
            ItemIdentity.from_dict(json.loads(r["item"])),
            r["decision"],
            r["reviewer"],
            r["note"],
            r["decided_at"],
        )
        for r in rows
    ]


def decision_index(connection: sqlite3.Connection) -> DecisionIndex:
    return DecisionIndex(decision_records(connection))


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
        if row and row["status"] not in ("fail", "violation"):
            raise CcauditError(
                f"{item_id} is a rule that came out {row['status']}; "
                "only failed or violated rules are reviewed"
            )
        if row:
            return rule_identity(row["call_id"], row["pack"], row["rule_id"])
    raise CcauditError(f"no item {item_id} in the audit database (see `ccaudit review list`)")


def check_decision(decision: str, reviewer: str) -> None:
    if decision not in DECISIONS:
        raise CcauditError(f"unknown decision {decision!r}; choose from {', '.join(DECISIONS)}")
    if not reviewer.strip():
        raise CcauditError(
            "a decision needs a reviewer name: --reviewer NAME, or set CCAUDIT_REVIEWER"
        )


def covered_items(connection: sqlite3.Connection, identity: ItemIdentity) -> list[str]:
    """Every stored item a decision on `identity` applies to, in every run: the same value
    said again in the call (F161 and F163), and the same item in later runs of the call."""
    if identity.kind == "finding":
        rows = connection.execute(
            "SELECT id FROM findings WHERE identity_key = ? "
            "OR (fingerprint IS NULL AND fallback_key = ?) ORDER BY id",
            (identity.key, identity.fallback_key),
        )
        return [f"F{row[0]}" for row in rows]
    rows = connection.execute(
        "SELECT id FROM rule_results WHERE identity_key = ? AND status IN ('fail', 'violation') "
        "ORDER BY id",
        (identity.key,),
    )
    return [f"R{row[0]}" for row in rows]


def record_decision(
    connection: sqlite3.Connection,
    item_id: str,
    decision: str,
    reviewer: str,
    note: str = "",
    decided_at: str | None = None,
) -> DecisionRecord:
    record = new_decision(connection, item_id, decision, reviewer, note, decided_at)
    with connection:
        store_decision(connection, record)
    return record


def new_decision(
    connection: sqlite3.Connection,
    item_id: str,
    decision: str,
    reviewer: str,
    note: str = "",
    decided_at: str | None = None,
) -> DecisionRecord:
    """A checked decision on ITEM_ID, not yet stored."""
    check_decision(decision, reviewer)
    identity = item_identity(connection, item_id)
    # Reviewers type notes freely; a pasted card, phone number or name must not reach the
    # database.
    return DecisionRecord(
        identity, decision, reviewer.strip(), mask_typed_text(note), decided_at or utc_now()
    )


def store_decision(connection: sqlite3.Connection, record: DecisionRecord) -> None:
    """Inside the caller's transaction."""
    identity = record.identity
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


def latest_decisions(connection: sqlite3.Connection) -> list[DecisionRecord]:
    """One record per item: the latest decision made on it."""
    index = decision_index(connection)
    return list(index.by_key.values())
