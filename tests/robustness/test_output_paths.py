"""Outputs never overwrite inputs, and a bad output path is one line (issue 11 §1, defect 1)."""

import os

import pytest
from hostile import CALL, run


def one_error_line(result, *words):
    assert result.exit_code == 2, result.output
    assert result.output.count("\n") == 1, result.output
    assert result.output.startswith("ccaudit: error: ")
    for word in words:
        assert word in result.output


@pytest.mark.parametrize("command", ["scan", "check"])
def test_output_onto_the_input_is_refused(call, command):
    result = run(command, "-q", "--format", "jsonl", "-o", call, call)
    one_error_line(result, "call.txt", "input")
    assert call.read_text(encoding="utf-8") == CALL


@pytest.mark.parametrize("command", ["scan", "check"])
def test_output_onto_a_hard_link_or_symlink_of_the_input_is_refused(call, tmp_path, command):
    os.link(call, tmp_path / "hard.txt")
    (tmp_path / "soft.txt").symlink_to(call)
    for target in ("hard.txt", "soft.txt"):
        result = run(command, "-q", "-o", tmp_path / target, call)
        one_error_line(result, target)
    assert call.read_text(encoding="utf-8") == CALL


def test_output_onto_an_input_named_by_an_option_is_refused(call, tmp_path):
    agents = tmp_path / "agents.csv"
    agents.write_text("call_id,agent_id\ncall,A-1\n", encoding="utf-8")
    result = run("scan", call, "--agents", agents, "-o", agents)
    one_error_line(result, "agents.csv")
    assert agents.read_text(encoding="utf-8").startswith("call_id")


def test_output_inside_a_scanned_folder_is_not_read_as_an_input(call, tmp_path):
    out = tmp_path / "findings.jsonl"
    assert run("scan", tmp_path, "-q", "--format", "jsonl", "-o", out).exit_code == 1
    first = out.read_text(encoding="utf-8")
    # The second run sees the first one's output in the folder and leaves it out.
    assert run("scan", tmp_path, "-q", "--format", "jsonl", "-o", out).exit_code == 1
    assert out.read_text(encoding="utf-8") == first


@pytest.mark.parametrize("command", ["scan", "check"])
def test_output_onto_a_transcript_inside_a_scanned_folder_is_refused(call, tmp_path, command):
    other = tmp_path / "other-call.txt"
    other.write_text(CALL, encoding="utf-8")
    result = run(command, tmp_path, "-q", "--format", "jsonl", "-o", other)
    one_error_line(result, "other-call.txt", "inside the input folder")
    assert other.read_text(encoding="utf-8") == CALL


@pytest.mark.parametrize("command", ["scan", "check"])
def test_output_that_is_a_directory_is_one_line(call, tmp_path, command):
    result = run(command, call, "-o", tmp_path)
    one_error_line(result, "directory")


def test_report_never_writes_over_its_database(tmp_path):
    db = tmp_path / "team-summary.pdf"
    call = tmp_path / "in" / "call.txt"
    call.parent.mkdir()
    call.write_text("Agent ID: A-1\n" + CALL, encoding="utf-8")
    assert run("audit", call, "--db", db).exit_code == 1
    before = db.read_bytes()
    one_error_line(run("report", "--db", db, "--out", tmp_path), "team-summary.pdf")
    one_error_line(run("report", "--db", db, "--out", db), "team-summary.pdf")
    one_error_line(run("review", "--db", db, "export-baseline", "--out", db), "database")
    assert db.read_bytes() == before


def test_audit_database_inside_the_audited_folder_is_not_an_input(call, tmp_path):
    db = tmp_path / "audit.db"
    assert run("audit", tmp_path, "--db", db).exit_code == 1
    second = run("audit", tmp_path, "--db", db)
    assert second.exit_code == 1, second.output
    assert "1 file stored" not in second.stderr and "0 input errors" in second.stderr


def test_audit_database_that_is_an_input_is_refused(call):
    one_error_line(run("audit", call, "--db", call), "call.txt")
    assert call.read_text(encoding="utf-8") == CALL
