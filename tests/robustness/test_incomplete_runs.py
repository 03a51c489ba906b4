"""An audit that never finished is marked incomplete: `review runs` says so, `report` refuses
it unless --allow-incomplete (then warns), and a re-run resumes and replaces it (issue 11 §6,
defect 11)."""

import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from hostile import pdf_text, run

from ccaudit.store import RunInfo, RunRecorder, open_database

CCAUDIT = str(Path(sys.executable).with_name("ccaudit"))


def call_text(number: int) -> str:
    return (
        f"Call ID: C-{number}\nAgent ID: A-{number % 3}\n"
        f"Agent: สวัสดีค่ะ ธนาคารตัวอย่างค่ะ ครั้งที่ {number}\n"
        "Customer: บัตร 4532015112830366 ค่ะ\n"
    )


@pytest.fixture
def calls(tmp_path):
    folder = tmp_path / "calls"
    folder.mkdir()
    for number in range(6):
        (folder / f"call-{number:03d}.txt").write_text(call_text(number), encoding="utf-8")
    return folder


def unfinished_run(db: Path) -> int:
    """What a killed audit leaves behind: a run that was started and never finished."""
    connection = open_database(db)
    try:
        return RunRecorder(connection, RunInfo("0.1.0", [], []), lambda results: None).run_id
    finally:
        connection.close()


def runs_listing(db: Path) -> list[str]:
    result = run("review", "--db", db, "runs")
    assert result.exit_code == 0, result.output
    return result.stdout.splitlines()


def test_review_runs_shows_an_unfinished_run_as_incomplete(calls, tmp_path):
    db = tmp_path / "audit.db"
    assert run("audit", calls, "--db", db).exit_code == 1
    unfinished_run(db)
    first, second = runs_listing(db)
    assert "incomplete" not in first
    assert "INCOMPLETE" in second


def test_report_refuses_an_incomplete_run_in_one_line(calls, tmp_path):
    db = tmp_path / "audit.db"
    assert run("audit", calls, "--db", db).exit_code == 1
    number = unfinished_run(db)
    out = tmp_path / "reports"
    for selection in ([], ["--run", number], ["--since", "2000-01-01"]):
        result = run("report", "--db", db, "--out", out, *selection)
        assert result.exit_code == 2, result.output
        assert result.output.splitlines() == [
            f"ccaudit: error: run {number} is incomplete (the audit never finished); re-run "
            "`ccaudit audit` (files already stored are reused) or pass --allow-incomplete"
        ]
    assert not out.exists()
    assert run("report", "--db", db, "--out", out, "--run", 1).exit_code == 0


def test_allow_incomplete_reports_and_warns(calls, tmp_path, monkeypatch):
    db = tmp_path / "audit.db"
    interrupted_audit(calls, db, monkeypatch)
    result = run(
        "report", "--db", db, "--out", tmp_path / "r", "--allow-incomplete", "--lang", "en"
    )
    assert result.exit_code == 0, result.output
    assert "INCOMPLETE: the audit never finished" in pdf_text(tmp_path / "r" / "team-summary.pdf")
    assert result.stderr.startswith(
        "ccaudit: warning: run 1 is INCOMPLETE (the audit never finished): "
        "this report covers only the 2 files it stored\n"
    )


def test_a_report_on_runs_without_calls_is_one_line(tmp_path):
    db = tmp_path / "audit.db"
    open_database(db, create=True).close()
    unfinished_run(db)
    result = run("report", "--db", db, "--out", tmp_path / "r", "--allow-incomplete")
    assert result.exit_code == 2
    assert result.stderr.splitlines()[-1] == "ccaudit: error: the selected runs hold no calls"


def interrupted_audit(calls: Path, db: Path, monkeypatch, files: int = 2):
    """An audit stopped by Ctrl-C after storing `files` files."""
    real_commit_file = RunRecorder.commit_file
    committed = []

    def interrupted(self, *args, **kwargs):
        if len(committed) == files:
            raise KeyboardInterrupt
        committed.append(real_commit_file(self, *args, **kwargs))

    with monkeypatch.context() as patch:
        patch.setattr(RunRecorder, "commit_file", interrupted)
        return run("audit", calls, "--db", db, "--jobs", "1")


def test_an_interrupted_audit_is_incomplete_and_a_rerun_resumes_and_replaces_it(
    calls, tmp_path, monkeypatch
):
    db = tmp_path / "audit.db"
    interrupted = interrupted_audit(calls, db, monkeypatch)
    assert interrupted.exit_code == 130
    assert interrupted.stderr.splitlines()[-1] == "ccaudit: error: interrupted"
    assert "INCOMPLETE" in runs_listing(db)[0]
    listing = run("review", "--db", db, "list")
    assert "ccaudit: warning: run 1 is INCOMPLETE" in listing.stderr

    again = run("audit", calls, "--db", db)
    assert again.exit_code == 1, again.output
    assert "4 files stored, 2 unchanged" in again.stderr
    first, second = runs_listing(db)
    assert "INCOMPLETE" in first and "replaced by run 2" in first
    assert "INCOMPLETE" not in second
    # The replaced run is no longer in the way of reports over a period.
    period = run("report", "--db", db, "--out", tmp_path / "r", "--since", "2000-01-01")
    assert period.exit_code == 0, period.output


def stored_files(db: Path) -> int:
    try:
        with sqlite3.connect(db, timeout=0.1) as connection:
            return connection.execute("SELECT count(*) FROM run_files").fetchone()[0]
    except sqlite3.Error:
        return 0  # not created yet, or locked by the audit for a moment


def test_an_audit_killed_midway_is_incomplete(tmp_path):
    folder = tmp_path / "calls"
    folder.mkdir()
    # Enough files that the audit is still at work after its first commit (about a second in).
    for number in range(1500):
        (folder / f"call-{number:04d}.txt").write_text(call_text(number), encoding="utf-8")
    db = tmp_path / "audit.db"
    audit = subprocess.Popen(
        [CCAUDIT, "audit", str(folder), "--db", str(db), "-q", "--jobs", "1"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 120
        while stored_files(db) < 3 and audit.poll() is None and time.monotonic() < deadline:
            time.sleep(0.05)
        audit.send_signal(signal.SIGKILL)
    finally:
        audit.wait(timeout=60)
    assert audit.returncode == -signal.SIGKILL
    assert 3 <= stored_files(db) < 1500
    (listing,) = runs_listing(db)
    assert "INCOMPLETE" in listing
    refused = run("report", "--db", db, "--out", tmp_path / "r")
    assert refused.exit_code == 2 and "run 1 is incomplete" in refused.output
