"""A file named twice, or inside a folder also named, is read once; `-` is one error line."""

import json

from click.testing import CliRunner

from ccaudit.cli import main

CALL = "Agent: Hello, how can I help?\nCustomer: My card is 4532 0151 1283 0366.\n"


def scan(*args):
    return CliRunner().invoke(main, ["scan", "--format", "jsonl", *map(str, args)])


def paths_read(result):
    return [json.loads(line)["path"] for line in result.stdout.splitlines()]


def test_a_file_also_inside_a_given_folder_is_read_once(tmp_path):
    calls = tmp_path / "calls"
    calls.mkdir()
    (calls / "a.txt").write_text(CALL, encoding="utf-8")
    result = scan(calls / "a.txt", calls, f"{calls}/")
    assert paths_read(result) == [str(calls / "a.txt")]
    assert result.stderr.splitlines()[:2] == [
        f"ccaudit: warning: {calls / 'a.txt'}: also under {calls}; read once",
        f"ccaudit: warning: {calls}/: given twice; read once",
    ]


def test_a_hidden_file_named_inside_a_given_folder_is_still_read(tmp_path):
    calls = tmp_path / "calls"
    (calls / ".drafts").mkdir(parents=True)
    (calls / "a.txt").write_text(CALL, encoding="utf-8")
    (calls / ".drafts" / "b.txt").write_text(CALL, encoding="utf-8")
    result = scan(calls, calls / ".drafts" / "b.txt")
    assert paths_read(result) == [str(calls / "a.txt"), str(calls / ".drafts" / "b.txt")]
    assert "warning" not in result.stderr


def test_standard_input_is_refused_in_one_line():
    result = CliRunner().invoke(main, ["check", "-"], input="Agent: hello\n")
    assert result.exit_code == 2
    assert result.stderr == (
        "ccaudit: error: -: standard input is not read; save the export to a file and give "
        "its path\n"
    )
