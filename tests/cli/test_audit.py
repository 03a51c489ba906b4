"""End to end: `ccaudit audit` into a database, review, baseline, and `ccaudit report`."""

import sqlite3

import pytest
from click.testing import CliRunner
from planted import (
    CARD,
    CUT_LINE,
    CUT_LINE_ERROR,
    CUT_LINE_TEXT,
    NDJSON_WITH_A_CUT_LINE,
    PHONE,
    THAI_ID,
    TRANSCRIPT,
)
from pypdf import PdfReader

from ccaudit.cli import main


@pytest.fixture
def batch(tmp_path):
    calls = tmp_path / "calls"
    calls.mkdir()
    (calls / "call-1.txt").write_text(TRANSCRIPT, encoding="utf-8")
    (calls / "call-2.txt").write_text(
        "Agent ID: A-2002\nAgent: Good morning, thank you for calling.\nCustomer: thanks, bye\n",
        encoding="utf-8",
    )
    return calls


def run(*args):
    return CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)


def count(db, sql):
    with sqlite3.connect(db) as connection:
        return connection.execute(sql).fetchone()[0]


def test_audit_stores_a_run_and_reaudit_does_not_duplicate(batch, tmp_path):
    db = tmp_path / "audit.db"
    first = run("audit", batch, "--db", db, "--hash-key", "k")
    assert first.exit_code == 1, first.output
    assert "run 1: 2 calls, 2 agents, 2 files stored" in first.stderr
    assert "CREDIT_CARD" in first.stderr
    calls = count(db, "SELECT count(*) FROM calls")
    second = run("audit", batch, "--db", db, "--hash-key", "k")
    assert second.exit_code == 1
    assert "run 2: 2 calls, 2 agents, 0 files stored, 2 unchanged" in second.stderr
    assert count(db, "SELECT count(*) FROM calls") == calls
    assert count(db, "SELECT count(*) FROM runs") == 2
    data = db.read_bytes()
    for raw in (CARD, THAI_ID, PHONE):
        assert raw.encode() not in data


def test_changed_file_is_stored_again(batch, tmp_path):
    db = tmp_path / "audit.db"
    run("audit", batch, "--db", db)
    (batch / "call-2.txt").write_text("Agent ID: A-2002\nAgent: Hello\n", encoding="utf-8")
    result = run("audit", batch, "--db", db)
    assert "1 file stored, 1 unchanged" in result.stderr


def test_unreadable_file_exits_2_and_the_rest_is_stored(batch, tmp_path):
    (batch / "broken.bin").write_bytes(b"\x00\x01\x02PK\x03\x04" * 50)
    db = tmp_path / "audit.db"
    result = run("audit", batch, "--db", db)
    assert result.exit_code == 2
    assert "broken.bin" in result.stderr and "1 input error" in result.stderr
    assert count(db, "SELECT count(*) FROM calls") == 2


def test_bad_ndjson_lines_are_each_reported_and_recorded(batch, tmp_path):
    export = batch / "export.ndjson"
    export.write_text(NDJSON_WITH_A_CUT_LINE + "[1]\n" + CUT_LINE + "\n", encoding="utf-8")
    db = tmp_path / "audit.db"
    result = run("audit", batch, "--db", db)
    assert result.exit_code == 2
    reasons = [
        CUT_LINE_ERROR,
        "line 4: JSON value matches no supported format",
        CUT_LINE_ERROR.replace("line 2", "line 5"),
    ]
    errors = [line for line in result.stderr.splitlines() if line.startswith("ccaudit: error:")]
    assert errors == [f"ccaudit: error: {export}: {reason}" for reason in reasons]
    assert "3 input errors" in result.stderr
    with sqlite3.connect(db) as connection:
        recorded = connection.execute("SELECT path, reason FROM run_errors").fetchall()
    assert recorded == [(str(export), reason) for reason in reasons]
    # A file is stored whole or not at all; the other files of the batch are stored.
    assert count(db, "SELECT group_concat(path) FROM input_files") == ",".join(
        str(batch / name) for name in ("call-1.txt", "call-2.txt")
    )
    for text in CUT_LINE_TEXT:
        assert text not in result.output and text.encode() not in db.read_bytes()


def test_review_decisions_and_baseline_clear_the_exit_code(batch, tmp_path):
    db = tmp_path / "audit.db"
    assert run("audit", batch, "--db", db, "--hash-key", "k").exit_code == 1
    listing = run("review", "--db", db, "list")
    ids = [line.split()[0] for line in listing.stdout.splitlines()]
    assert ids and CARD not in listing.stdout
    for item_id in ids:
        decided = run("review", "--db", db, "decide", item_id, "--decision", "accepted_risk",
                      "--reviewer", "Nok")  # fmt: skip
        assert decided.exit_code == 0, decided.output
    assert run("audit", batch, "--db", db, "--hash-key", "k").exit_code == 0
    baseline = tmp_path / "baseline.json"
    assert run("review", "--db", db, "export-baseline", "--out", baseline).exit_code == 0
    fresh = tmp_path / "fresh.db"
    with_baseline = run("audit", batch, "--db", fresh, "--hash-key", "k", "--baseline", baseline)
    assert with_baseline.exit_code == 0, with_baseline.output
    assert run("audit", batch, "--db", tmp_path / "other.db", "--hash-key", "k").exit_code == 1


def test_audit_then_report_in_thai(batch, tmp_path):
    db = tmp_path / "audit.db"
    run("audit", batch, "--db", db, "--hash-key", "k")
    out = tmp_path / "reports"
    result = run("report", "--db", db, "--out", out, "--lang", "th")
    assert result.exit_code == 0, result.output
    assert {p.name for p in out.iterdir()} == {
        "agent-A-1001.pdf",
        "agent-A-2002.pdf",
        "team-summary.pdf",
    }
    text = "\n".join(p.extract_text() for p in PdfReader(out / "agent-A-1001.pdf").pages)
    assert "453201******0366" in text
    for raw in (CARD, THAI_ID, PHONE):
        assert raw not in text


def test_bad_baseline_is_a_one_line_error(batch, tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text("[]", encoding="utf-8")
    result = run("audit", batch, "--db", tmp_path / "a.db", "--baseline", bad)
    assert result.exit_code == 2 and "not a ccaudit baseline" in result.output


def test_team_summary_counts_agents_not_the_calls_without_one(batch, tmp_path):
    (batch / "call-3.txt").write_text("Agent: Hello\nCustomer: hi\n", encoding="utf-8")
    db, out = tmp_path / "audit.db", tmp_path / "reports"
    assert "3 calls, 2 agents" in run("audit", batch, "--db", db).stderr
    assert run("report", "--db", db, "--out", out, "--lang", "en").exit_code == 0
    text = "".join(page.extract_text() for page in PdfReader(out / "team-summary.pdf").pages)
    assert "(no agent id)" in text
    assert "Agents 2" in " ".join(text.split())


def test_a_different_hash_key_is_refused_with_a_way_forward(batch, tmp_path):
    db = tmp_path / "audit.db"
    first = ("--hash-key", "first-key-of-this-test")
    assert run("audit", batch, "--db", db, *first, "-q").exit_code == 1
    for key_args in (("--hash-key", "second-key-of-this-test"), ()):
        refused = run("audit", batch, "--db", db, *key_args, "-q")
        assert refused.exit_code == 2
        [line] = refused.output.strip().splitlines()
        assert "audited with a hash key" in line and "pass the same --hash-key" in line
        assert "second" not in line
    assert count(db, "SELECT count(*) FROM runs") == 1
    check = count(db, "SELECT value FROM settings WHERE name = 'hash_key_check'")
    assert "first" not in check and len(check) == 24
    assert run("audit", batch, "--db", db, *first, "-q").exit_code == 1


def test_summary_counts_expected_pii_apart_and_scores(tmp_path):
    call = tmp_path / "call.txt"
    call.write_text(
        "Agent ID: A-1\nDate: 2026-11-02\n"
        "Agent: Thank you for calling Northwind Support, my name is Leo. This call is recorded.\n"
        "Customer: Hi, my card is blocked.\n"
        "Agent: Can you confirm your full name and date of birth?\n"
        "Customer: Alan Price, 2nd of June 1979.\n"
        "Agent: Thanks, unblocked. Anything else?\nCustomer: No.\nAgent: Goodbye.\n",
        encoding="utf-8",
    )
    result = run("audit", call, "--db", tmp_path / "a.db")
    assert "expected PII (agent's own name, verification asked for): " in result.stderr
    assert "PII incidents" not in result.stderr
    assert "mean call score" in result.stderr and "without a call date" not in result.stderr
    assert result.exit_code == 0, result.stderr  # expected PII does not fail the audit


@pytest.mark.parametrize("written", ["2026-11-02 09:15:00", "2026-11-02T09:15:00+07:00"])
def test_the_call_date_survives_the_names_being_made_display_safe(tmp_path, written):
    # A date and time is ten digits joined by hyphens and a space: not a number to mask.
    call = tmp_path / "call.txt"
    call.write_text(f"Agent ID: A-1\nDate: {written}\nAgent: Hello.\nCustomer: Hi.\n")
    run("audit", call, "--db", tmp_path / "a.db", "-q")
    assert count(tmp_path / "a.db", "SELECT call_date FROM calls") == "2026-11-02"


def test_a_copy_of_a_file_in_the_same_run_is_said_to_be_left_out(batch, tmp_path):
    (batch / "call-1-exported-again.txt").write_text(TRANSCRIPT, encoding="utf-8")
    result = run("audit", batch, "--db", tmp_path / "audit.db", "--hash-key", "k")
    assert "2 files stored, 0 unchanged" in result.stderr
    assert "1 file left out: the same content as another file of this run" in result.stderr
    again = run("audit", batch, "--db", tmp_path / "audit.db", "--hash-key", "k")
    assert "0 files stored, 2 unchanged" in again.stderr
    assert "1 file left out" in again.stderr


def test_no_copy_no_left_out_line(batch, tmp_path):
    result = run("audit", batch, "--db", tmp_path / "audit.db", "--hash-key", "k")
    assert "same content" not in result.stderr


def test_a_bad_row_of_the_agent_map_is_named_by_its_line(batch, tmp_path):
    agents = tmp_path / "agents.csv"
    agents.write_text("call_id,agent_id\nTH-CALL-0001,A-1\nfoo\n", encoding="utf-8")
    result = run("audit", batch, "--db", tmp_path / "audit.db", "--agents", agents)
    assert result.exit_code == 2
    assert result.stderr == (f"ccaudit: error: {agents}:3: needs two columns, call_id,agent_id\n")
