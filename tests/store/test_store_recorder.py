import sqlite3

from audit_samples import CARD, INFO, PLANTED, call, record_run, rule, simple_score

from ccaudit.store import RunRecorder
from ccaudit.store.rows import rule_row


def count(connection, table):
    return connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def test_a_run_stores_calls_findings_rule_results_and_agents(sample_db):
    _, connection = sample_db
    assert count(connection, "runs") == 2
    assert count(connection, "calls") == 5
    assert count(connection, "findings") == 6
    assert count(connection, "rule_results") == 15
    agents = {r[0] for r in connection.execute("SELECT id FROM agents")}
    assert agents == {"A-1001", "A-2002"}
    row = connection.execute(
        "SELECT adherence_score, turn_count, started_at FROM calls WHERE call_id = 'CALL-2'"
    ).fetchone()
    assert tuple(row) == (1.0, 2, "2026-11-02T09:15:00")


def test_findings_keep_masked_values_and_keyed_fingerprints_only(sample_db):
    _, connection = sample_db
    row = connection.execute(
        "SELECT masked, fingerprint FROM findings WHERE entity = 'CREDIT_CARD'"
    ).fetchone()
    assert row["masked"] == "453201******0366"
    assert len(row["fingerprint"]) == 24


def test_no_planted_raw_value_in_the_database_file(sample_db):
    path, connection = sample_db
    connection.close()
    data = path.read_bytes()
    for raw in PLANTED:
        assert raw.encode() not in data
        assert raw.encode("utf-16-le") not in data


def test_unchanged_file_is_linked_to_the_new_run_not_stored_again(sample_db):
    _, connection = sample_db
    recorder = RunRecorder(connection, INFO, simple_score)
    file_id = recorder.known_file(b"batch-1.jsonl".hex(), "sig")
    assert file_id is not None
    recorder.link_file(file_id, "batch-1.jsonl")
    recorder.finish()
    assert count(connection, "calls") == 5
    linked = connection.execute(
        "SELECT reused FROM run_files WHERE run_id = ?", (recorder.run_id,)
    ).fetchall()
    assert [r[0] for r in linked] == [1]


def test_changed_analysis_signature_is_not_reused(sample_db):
    _, connection = sample_db
    recorder = RunRecorder(connection, INFO, simple_score)
    assert recorder.known_file(b"batch-1.jsonl".hex(), "other-rules") is None


def test_rule_evidence_is_masked_before_storing(sample_db):
    _, connection = sample_db
    record_run(connection, [call("CALL-9", "A-3003", True, "fail")], "batch-9.jsonl")
    evidence = connection.execute(
        "SELECT evidence FROM rule_results WHERE status = 'violation'"
    ).fetchall()
    assert evidence and all("4532" not in r[0] for r in evidence)


def test_thai_reason_is_masked_as_the_english_one():
    result = rule("CALL-7", "A-1001", "notes", "violation")
    result.reason, result.reason_th = f"{CARD} stored", f"มีการจัดเก็บ {CARD}"
    row = rule_row(1, result)
    assert CARD not in row["reason"] and CARD not in row["reason_th"]
    assert row["reason"] == f"{CARD[:6]}******{CARD[-4:]} stored"
    assert row["reason_th"] == f"มีการจัดเก็บ {CARD[:6]}******{CARD[-4:]}"


def test_a_reason_keeps_its_counts_and_turn_numbers():
    result = rule("CALL-7", "A-1001", "notes", "fail")
    result.reason = "the agent never said 'anything else' (or 142 other phrasings) (turn 118)"
    result.reason_th = "เจ้าหน้าที่ไม่ได้พูด 'anything else' (หรือวลีอื่นอีก 142 แบบ)"
    row = rule_row(1, result)
    assert (row["reason"], row["reason_th"]) == (result.reason, result.reason_th)


def test_files_are_committed_together_and_a_discarded_one_leaves_the_others(sample_db, monkeypatch):
    monkeypatch.setattr("ccaudit.store.recorder.COMMIT_EVERY_SECONDS", 3600)
    path, connection = sample_db
    recorder = RunRecorder(connection, INFO, simple_score)
    for number in (1, 2, 3):
        recorder.begin_file(f"group-{number}.jsonl", f"digest-{number}", "sig", 10)
        recorder.add_call(call(f"GROUP-{number}", "A-1001", True, "pass"))
        if number == 2:
            recorder.discard_file()
        else:
            recorder.commit_file("jsonl")
    other = sqlite3.connect(path)
    assert count(other, "runs") == 3  # the run itself is committed when it starts
    stored = "SELECT count(*) FROM input_files WHERE path LIKE 'group-%'"
    assert other.execute(stored).fetchone()[0] == 0  # not yet: within the hour
    recorder.finish()
    assert other.execute(stored).fetchone()[0] == 2
    calls = {r[0] for r in other.execute("SELECT call_id FROM calls WHERE call_id LIKE 'GROUP%'")}
    assert calls == {"GROUP-1", "GROUP-3"}


def test_a_stopped_run_keeps_its_whole_files_and_not_the_one_begun(sample_db, monkeypatch):
    monkeypatch.setattr("ccaudit.store.recorder.COMMIT_EVERY_SECONDS", 3600)
    path, connection = sample_db
    recorder = RunRecorder(connection, INFO, simple_score)
    recorder.begin_file("whole.jsonl", "digest-whole", "sig", 10)
    recorder.add_call(call("WHOLE", "A-1001", True, "pass"))
    recorder.commit_file("jsonl")
    recorder.begin_file("half.jsonl", "digest-half", "sig", 10)
    recorder.add_call(call("HALF", "A-1001", True, "pass"))
    recorder.keep_whole_files()  # as the command does when Ctrl-C stops it here
    other = sqlite3.connect(path)
    calls = {r[0] for r in other.execute("SELECT call_id FROM calls")}
    assert "WHOLE" in calls and "HALF" not in calls
