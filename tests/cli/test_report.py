"""`ccaudit report`: PDFs written, selection and one-line errors."""

import pytest
from click.testing import CliRunner

from ccaudit.cli.report import report


def run(*args):
    return CliRunner().invoke(report, [str(a) for a in args], catch_exceptions=False)


def test_writes_agent_and_team_pdfs(sample_db, tmp_path):
    out = tmp_path / "reports"
    result = run("--db", sample_db, "--out", out, "--lang", "en")
    assert result.exit_code == 0, result.output
    names = sorted(p.name for p in out.iterdir())
    assert names == ["agent-A-1001.pdf", "agent-A-2002.pdf", "team-summary.pdf"]
    assert all(p.read_bytes().startswith(b"%PDF") for p in out.iterdir())
    assert len(result.stdout.splitlines()) == 3


def test_one_agent(sample_db, tmp_path):
    out = tmp_path / "reports"
    result = run("--db", sample_db, "--out", out, "--agent", "A-1001", "--run", 2)
    assert result.exit_code == 0, result.output
    assert [p.name for p in out.iterdir()] == ["agent-A-1001.pdf"]


@pytest.mark.parametrize(
    "args, message",
    [
        (("--run", 7), "no run 7"),
        (("--agent", "A-9"), "no agent 'A-9'"),
        (("--run", 1, "--since", "2026-01-01"), "not both"),
        (("--since", "yesterday"), "--since expects a date"),
        (("--from", "yesterday"), "--from expects a date"),
        (("--from", "2026-11-09", "--to", "2026-11-01"), "is after --to"),
        (("--from", "2030-01-01"), "the selected runs hold no calls from 2030-01-01 to …"),
        (("--link-template", "https://x/{call}"), "unknown field {call}"),
        (("--out", "team.pdf"), "team.pdf: --out is the folder the PDFs go to"),
    ],
)
def test_bad_selection_exits_2_with_one_line(sample_db, tmp_path, args, message):
    result = run("--db", sample_db, "--out", tmp_path / "r", *args)
    assert result.exit_code == 2
    assert message in result.output
    assert "Traceback" not in result.output


def test_missing_database(tmp_path):
    result = run("--db", tmp_path / "none.db", "--out", tmp_path / "r")
    assert result.exit_code == 2 and "no such audit database" in result.output


def test_output_directory_that_cannot_be_created(sample_db, tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    result = run("--db", sample_db, "--out", blocker / "sub")
    assert result.exit_code == 2 and "cannot create the output directory" in result.output
