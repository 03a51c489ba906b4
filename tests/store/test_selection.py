"""Which calls a listing or a report covers: runs, call dates, re-audited calls once."""

import pytest
from audit_samples import INFO, call, record_run, simple_score

from ccaudit.errors import CcauditError
from ccaudit.pipeline.call_dates import call_date
from ccaudit.store import RunRecorder
from ccaudit.store.selection import CallSelection, select_calls


def call_ids(connection, selection):
    sql, params = selection.call_rows_sql()
    rows = connection.execute(f"SELECT call_id FROM calls WHERE id IN ({sql})", params)
    return sorted(row[0] for row in rows)


@pytest.mark.parametrize(
    "started, day",
    [
        ("2026-11-02T09:15:00+07:00", "2026-11-02"),
        ("2026-11-02 09:15", "2026-11-02"),
        ("2026/11/2", "2026-11-02"),
        ("2569-11-02", "2026-11-02"),  # Buddhist era
        ("2026-02-30", None),
        ("02/11/2026", None),  # day and month order unknown: no date rather than a wrong one
        ("", None),
        (None, None),
    ],
)
def test_call_date_from_the_source(started, day):
    assert call_date(started) == day


def test_dates_select_by_when_the_call_took_place_across_runs(sample_db):
    _, connection = sample_db
    selection = select_calls(connection, date_from="2026-11-09", date_to="2026-11-11")
    assert selection.run_ids is None
    assert call_ids(connection, selection) == ["CALL-3", "CALL-4"]


def test_default_is_the_latest_run(sample_db):
    _, connection = sample_db
    assert call_ids(connection, select_calls(connection)) == ["CALL-3", "CALL-4", "CALL-5"]


def test_a_call_audited_again_counts_once_as_stored_last(sample_db):
    _, connection = sample_db
    recorder = RunRecorder(connection, INFO, simple_score)
    # The same file, changed (or audited with newer rules): stored afresh under its path.
    recorder.record_file(
        "batch-1.jsonl", "new-content", "sig", 100, [call("CALL-1", "A-1001", False, "pass")]
    )
    recorder.finish()
    assert call_ids(connection, CallSelection()).count("CALL-1") == 1
    latest = connection.execute("SELECT max(id) FROM calls WHERE call_id = 'CALL-1'").fetchone()[0]
    sql, params = CallSelection(date_from="2026-11-02", date_to="2026-11-02").call_rows_sql()
    assert latest in {row[0] for row in connection.execute(sql, params)}


def test_undated_calls_are_counted_apart(sample_db):
    _, connection = sample_db
    run = record_run(connection, [call("CALL-6", "A-2002", False, "pass", day=None)], "u.jsonl")
    dated = CallSelection((run,), date_from="2026-01-01")
    assert call_ids(connection, dated) == []
    assert dated.undated_calls(connection) == 1


@pytest.mark.parametrize(
    "options, message",
    [
        ({"date_from": "2026-13-01"}, "--from expects a date"),
        ({"date_from": "2026-11-10", "date_to": "2026-11-01"}, "is after --to"),
        ({"agent_id": "NOBODY"}, "no agent 'NOBODY'"),
        ({"run_id": 9}, "no run 9"),
    ],
)
def test_bad_selection_is_one_line(sample_db, options, message):
    _, connection = sample_db
    with pytest.raises(CcauditError, match=message):
        select_calls(connection, **options)
