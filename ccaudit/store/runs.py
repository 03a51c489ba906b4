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
    # The run that finished with every file of this unfinished one.
    replaced_by: int | None = None

    @property
    def complete(self) -> bool:
        return self.finished_at is not None

    @classmethod
    def from_row(cls, row: sqlite3.Row) -> RunRow:
        return cls(
            row["id"],
            row["started_at"],
            row["finished_at"],
            row["tool_version"],
            json.loads(row["recognizers"]),
            json.loads(row["rule_packs"]),
            row["replaced_by"],
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


def runs_since(connection: sqlite3.Connection, since: str) -> list[RunRow]:
    """The runs started since `since`, less unfinished runs that a later run replaced (their
    files are in it)."""
    rows = connection.execute(
        "SELECT * FROM runs WHERE started_at >= ? "
        "AND NOT (finished_at IS NULL AND replaced_by IS NOT NULL) ORDER BY id",
        (since,),
    ).fetchall()
    if not rows:
        raise CcauditError(f"no runs started on or after {since}")
    return [RunRow.from_row(r) for r in rows]


def refuse_incomplete(runs: list[RunRow]) -> None:
    for run in runs:
        if not run.complete:
            raise CcauditError(
                f"run {run.id} is incomplete (the audit never finished); re-run `ccaudit audit` "
                "(files already stored are reused) or pass --allow-incomplete"
            )


def stored_file_count(connection: sqlite3.Connection, run_id: int) -> int:
    sql = "SELECT count(*) FROM run_files WHERE run_id = ?"
    return connection.execute(sql, (run_id,)).fetchone()[0]


def check_agent_known(connection: sqlite3.Connection, agent_id: str) -> None:
    if connection.execute("SELECT 1 FROM agents WHERE id = ?", (agent_id,)).fetchone() is None:
        raise CcauditError(f"no agent {agent_id!r} in the audit database")
