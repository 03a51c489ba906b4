"""One run's findings and failed or violated rule results, read back from the store as model
objects for `audit --format sarif`, each with why a review decision sets it aside.

Every item of the run is there, those of files linked from an earlier run too, under the path
this run was given, in input order. Offsets are not stored (an item's identity never depends
on them), so findings come back with an empty span.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator

from ccaudit.model import Finding, InputError, Locator, RuleResult, Severity
from ccaudit.store.baseline import Baseline, justification
from ccaudit.store.decisions import DecisionIndex
from ccaudit.store.identity import ItemIdentity, identity_of_finding, identity_of_rule_result
from ccaudit.store.review import decision_index

ReviewedItem = tuple[Finding | RuleResult, str | None]
# Expected PII is shown but, like a reviewed item, does not count (see store/disposition.py).
EXPECTED_PII = "expected PII: the agent's own name, or a value asked for to verify the caller"


def run_items(
    connection: sqlite3.Connection, run_id: int, baseline: Baseline | None = None
) -> Iterator[ReviewedItem]:
    """Findings first, then rule results; an item is set aside by the database's latest
    decision on it or, failing that, by the baseline's, and a finding also when it is
    expected PII (as the run's exit code counts them)."""
    decisions = decision_index(connection)
    for row in _rows_of_run(connection, "findings", run_id):
        finding = _finding(row)
        why = _why(identity_of_finding(finding), decisions, baseline)
        if why is None and row["disposition"] == "expected":
            why = EXPECTED_PII
        yield finding, why
    flagged = "WHERE t.status IN ('fail', 'violation')"
    for row in _rows_of_run(connection, "rule_results", run_id, flagged):
        result = _rule_result(row)
        yield result, _why(identity_of_rule_result(result), decisions, baseline)


def run_errors(connection: sqlite3.Connection, run_id: int) -> list[InputError]:
    rows = connection.execute(
        "SELECT path, reason FROM run_errors WHERE run_id = ? ORDER BY rowid", (run_id,)
    )
    return [InputError(path, reason) for path, reason in rows]


def _rows_of_run(
    connection: sqlite3.Connection, table: str, run_id: int, where: str = ""
) -> sqlite3.Cursor:
    """Rows of `table` (as t) for the run's calls, with the call's id and agent and the path
    this run gave its file, in input order."""
    return connection.execute(
        f"SELECT t.*, c.call_id, c.agent_id, rf.path AS run_path FROM {table} t "
        "JOIN calls c ON c.id = t.call_row "
        "JOIN run_files rf ON rf.file_id = c.file_id AND rf.run_id = ? "
        f"{where} ORDER BY rf.rowid, c.id, t.id",
        (run_id,),
    )


def _why(identity: ItemIdentity, decisions: DecisionIndex, baseline: Baseline | None) -> str | None:
    reviewed = justification(decisions.latest(identity))
    if reviewed is None and baseline is not None:
        return justification(baseline.decision_on(identity))
    return reviewed


def _finding(row: sqlite3.Row) -> Finding:
    return Finding(
        path=row["run_path"],
        conversation_id=row["call_id"],
        entity_type=row["entity"],
        start=0,
        end=0,
        score=row["score"],
        validated=bool(row["validated"]),
        masked=row["masked"],
        severity=Severity(row["severity"]),
        turn=row["turn"],
        speaker=row["speaker"],
        start_ms=row["start_ms"],
        group=row["group_id"],
        locator=Locator(**json.loads(row["locator"])),
        fingerprint=row["fingerprint"],
        recognizer=row["recognizer"],
        missed_by_vendor=bool(row["missed_by_vendor"]),
    )


def _rule_result(row: sqlite3.Row) -> RuleResult:
    return RuleResult(
        path=row["run_path"],
        call_id=row["call_id"],
        agent_id=row["agent_id"],
        pack=row["pack"],
        rule_id=row["rule_id"],
        title=row["title"],
        status=row["status"],
        severity=Severity(row["severity"]),
        turn=row["turn"],
        start_ms=row["start_ms"],
        evidence=row["evidence"],
        reason=row["reason"],
    )
