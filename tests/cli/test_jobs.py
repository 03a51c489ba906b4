"""`--jobs`: the same output, byte for byte, as one process, in every format and command."""

import re
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from ccaudit.cli import main
from ccaudit.pipeline import forked, workers
from ccaudit.pipeline.forked import TASK_ITEMS

FIXTURES = Path(__file__).parents[2] / "fixtures"
# The one thing allowed to differ: how long the run took.
ELAPSED = re.compile(r'in \d+\.\d s|"seconds": [\d.]+')


@pytest.fixture(autouse=True)
def fine_cut(monkeypatch):
    monkeypatch.setattr(forked, "TASK_BYTES", 1)
    monkeypatch.setattr(forked, "AHEAD", 1)
    monkeypatch.setattr(workers, "BATCH_RESULTS", 1)


def output(*args) -> tuple[int, str]:
    result = CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)
    return result.exit_code, ELAPSED.sub("in ? s", result.stdout)


@pytest.mark.parametrize("fmt", ["table", "json", "jsonl", "sarif", "csv"])
def test_scan_output_is_the_same_with_two_jobs(fmt):
    one = output("scan", FIXTURES, "--format", fmt, "--jobs", 1, "--hash-key", "k")
    two = output("scan", FIXTURES, "--format", fmt, "--jobs", 2, "--hash-key", "k")
    assert two == one and one[0] == 1 and len(one[1]) > 10_000


@pytest.mark.parametrize("fmt", ["table", "json", "jsonl", "sarif", "junit"])
def test_check_output_is_the_same_with_two_jobs(fmt):
    one = output("check", FIXTURES / "calls", "--format", fmt, "--jobs", 1)
    two = output("check", FIXTURES / "calls", "--format", fmt, "--jobs", 2)
    assert two == one and one[0] == 1 and len(one[1]) > 10_000


def stored(db: Path) -> dict[str, list]:
    connection = sqlite3.connect(db)
    tables = ["input_files", "run_files", "calls", "findings", "rule_results", "agents"]
    return {t: connection.execute(f"SELECT * FROM {t} ORDER BY rowid").fetchall() for t in tables}


def test_audit_stores_the_same_with_two_jobs(tmp_path):
    for jobs in (1, 2):
        code, _ = output("audit", FIXTURES, "--db", tmp_path / f"{jobs}.db", "--jobs", jobs, "-q")
        assert code == 1
    one, two = stored(tmp_path / "1.db"), stored(tmp_path / "2.db")
    assert two == one and len(one["findings"]) > 100


def test_audit_stores_a_second_copy_in_the_same_batch_once(tmp_path):
    """The copy is handed to a worker before the first is stored; it is linked, not stored."""
    calls = tmp_path / "calls"
    calls.mkdir()
    for name in ("a.txt", "b.txt", "c.txt"):
        text = "Agent: hello\nCustomer: bye\n" if name != "b.txt" else "Agent: other\n"
        (calls / name).write_text(text, encoding="utf-8")
    db = tmp_path / "a.db"
    result = CliRunner().invoke(main, ["audit", str(calls), "--db", str(db), "--jobs", "2"])
    assert "2 calls, 0 agents, 2 files stored, 0 unchanged, 0 input errors" in result.stderr
    assert len(stored(db)["input_files"]) == 2


def test_a_pipe_gets_each_line_once(tmp_path):
    """Forked workers inherit the parent's unflushed output: none of it may be written twice.
    (The fixtures are more than one task's worth at the default cut, so workers are forked.)"""
    assert sum(p.is_file() for p in FIXTURES.rglob("*")) > TASK_ITEMS
    command = [sys.executable, "-c", "from ccaudit.cli import main; main()", "scan"]
    command += [str(FIXTURES), "--format", "json", "-q"]
    piped = subprocess.run(command + ["--jobs", "2"], capture_output=True, text=True)
    _, in_process = output(*command[3:], "--jobs", 1)
    assert ELAPSED.sub("in ? s", piped.stdout) == in_process and in_process.count("\n") > 100


def test_one_file_with_many_jobs():
    one = output("scan", FIXTURES / "text" / "th_card_call.txt", "--jobs", 8, "--format", "jsonl")
    assert one[0] == 1 and one[1].count("\n") == 5
