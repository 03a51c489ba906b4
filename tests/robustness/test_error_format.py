"""One error format everywhere: `ccaudit: error: [FILE: ]reason`, exit 2 (issue 11 §7)."""

import pytest
from hostile import run

from ccaudit.errors import CcauditError


def assert_one_line(result, *words):
    assert result.exit_code == 2, result.output
    lines = result.output.splitlines()
    assert len(lines) == 1 and lines[0].startswith("ccaudit: error: "), result.output
    assert "Traceback" not in result.output and "Usage:" not in result.output
    for word in words:
        assert word in lines[0]


@pytest.mark.parametrize(
    "args, words",
    [
        (["scan", "x.txt", "--format", "xml"], ["--format", "xml", "ccaudit scan --help"]),
        (["audit", "x.txt"], ["--db", "ccaudit audit --help"]),
        (["scan"], ["PATHS"]),
        (["scan", "x.txt", "--no-such-option"], ["--no-such-option"]),
        (["nonsense"], ["nonsense"]),
        (["review", "list"], ["--db"]),
        (["scan", "x.txt", "--min-score", "2"], ["--min-score"]),
        (["report", "--db", "a.db"], ["--out"]),
    ],
)
def test_click_usage_errors_are_one_line(args, words):
    assert_one_line(run(*args), *words)


def test_ccaudit_errors_are_one_line(tmp_path):
    assert_one_line(run("scan", tmp_path, "--entities", "SHOE_SIZE"), "SHOE_SIZE")
    assert_one_line(run("review", "--db", tmp_path / "none.db", "runs"), "none.db")


def test_a_missing_input_is_file_then_reason(tmp_path):
    result = run("scan", tmp_path / "nope.txt", "-q")
    assert result.exit_code == 2
    assert result.stderr == f"ccaudit: error: {tmp_path / 'nope.txt'}: no such file or directory\n"


def test_control_characters_in_an_error_are_escaped_and_each_line_is_an_error_line(capsys):
    CcauditError("a\x1b[2J.txt: bad\nb.txt\r: worse").show()
    assert capsys.readouterr().err == (
        "ccaudit: error: a\\x1b[2J.txt: bad\nccaudit: error: b.txt\\r: worse\n"
    )
