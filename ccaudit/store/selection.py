"""Which calls a listing or report covers: runs, call dates, an agent, a call.

A call is dated by when it took place (calls.call_date, from the source), never by when it
was audited. A call audited again (a changed file, newer rules) counts once, as stored last.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import date

from ccaudit.errors import CcauditError
from ccaudit.store.runs import check_agent_known, get_run, latest_run, runs_since


@dataclass(frozen=True)
class CallSelection:
    run_ids: tuple[int, ...] | None = None  # None: every run
    date_from: str | None = None
    date_to: str | None = None
    agent_id: str | None = None
    call_id: str | None = None

    @property
    def dated(self) -> bool:
        return bool(self.date_from or self.date_to)

    def describe(self) -> str:
        """`run 3`, `every run`, with the call dates when given: for listings' footers."""
        runs = "every run" if self.run_ids is None else f"run {', '.join(map(str, self.run_ids))}"
        if self.dated:
            runs += f", calls from {self.date_from or '…'} to {self.date_to or '…'}"
        return runs

    def call_rows_sql(self) -> tuple[str, list]:
        """SQL selecting the ids of the selected calls' rows, with its parameters."""
        where, params = [], []
        if self.run_ids is not None:
            where.append(f"rf.run_id IN ({','.join('?' * len(self.run_ids))})")
            params += self.run_ids
        for clause, value in (
            ("c.call_date >= ?", self.date_from),
            ("c.call_date <= ?", self.date_to),
            ("c.agent_id = ?", self.agent_id),
            ("c.call_id = ?", self.call_id),
        ):
            if value is not None:
                where.append(clause)
                params.append(value)
        sql = (
            "SELECT max(c.id) FROM calls c JOIN run_files rf ON rf.file_id = c.file_id"
            + (f" WHERE {' AND '.join(where)}" if where else "")
            + " GROUP BY rf.path, c.call_id"
        )
        return sql, params

    def undated_calls(self, connection: sqlite3.Connection) -> int:
        """Calls the runs (and agent) hold that have no date, left out by a date range."""
        undated = CallSelection(self.run_ids, agent_id=self.agent_id, call_id=self.call_id)
        sql, params = undated.call_rows_sql()
        return connection.execute(
            f"SELECT count(*) FROM calls WHERE id IN ({sql}) AND call_date IS NULL", params
        ).fetchone()[0]


def select_calls(
    connection: sqlite3.Connection,
    run_id: int | None = None,
    date_from: str | None = None,
    date_to: str | None = None,
    agent_id: str | None = None,
    call_id: str | None = None,
    since: str | None = None,
) -> CallSelection:
    """The runs: --run N, the runs audited --since a day, or with --from/--to every run, else
    the latest run; then the calls that took place --from/--to. Agent and call are checked."""
    date_from, date_to = parse_day(date_from, "--from"), parse_day(date_to, "--to")
    if date_from and date_to and date_from > date_to:
        raise CcauditError(f"--from {date_from} is after --to {date_to}")
    if run_id is not None:
        run_ids: tuple[int, ...] | None = (get_run(connection, run_id).id,)
    elif since:
        run_ids = tuple(run.id for run in runs_since(connection, parse_day(since, "--since")))
    elif date_from or date_to:
        run_ids = None
    else:
        run_ids = (latest_run(connection).id,)
    if agent_id:
        check_agent_known(connection, agent_id)
    return CallSelection(run_ids, date_from, date_to, agent_id, call_id)


def parse_day(value: str | None, option: str) -> str | None:
    """A YYYY-MM-DD option value, checked; a one-line error otherwise."""
    if value is None:
        return None
    try:
        return date.fromisoformat(value.strip()).isoformat()
    except ValueError:
        raise CcauditError(f"{option} expects a date such as 2026-11-01, got {value!r}") from None
