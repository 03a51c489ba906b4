"""Looking up runs and the calls each run audited."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass

from ccaudit.errors import CcauditError


@dataclass(frozen=True)
class RunRow:
    id: int
    started_at: str
    finished_at: str | None
    tool_version: str
    recognizers: list[str]
    rule_packs: list[dict]

    @classmethod
    def from_row(cls, row: sqlite3.Row) -> RunRow:
        return cls(
            row["id"],
            row["started_at"],
            row["finished_at"],
            row["tool_version"],
            json.loads(row["recognizers"]),
            json.loads(row["rule_packs"]),
        )


def all_runs(connection: sqlite3.Connection) -> list[RunRow]:
    rows = connection.execute("SELECT * FROM runs ORDER BY id").fetchall()
    return [RunRow.from_row(r) for r in rows]


def get_run(connection: sqlite3.Connection, run_id: int) -> RunRow:
    row = connection.execute("SELECT * FROM runs WHERE id = ?", (run_id,)).fetchone()
    if row is None:
        raise CcauditError(f"no run {run_id} in the audit database (see `ccaudit review runs`)")
    return RunRow.from_row(row)


def latest_run(connection: sqlite3.Connection) -> RunRow:
    row = connection.execute("SELECT * FROM runs ORDER BY id DESC LIMIT 1").fetchone()
    if row is None:
        raise CcauditError("the audit database holds no runs yet (run `ccaudit audit` first)")
    return RunRow.from_row(row)


def check_agent_known(connection: sqlite3.Connection, agent_id: str) -> None:
    if connection.execute("SELECT 1 FROM agents WHERE id = ?", (agent_id,)).fetchone() is None:
        raise CcauditError(f"no agent {agent_id!r} in the audit database")
