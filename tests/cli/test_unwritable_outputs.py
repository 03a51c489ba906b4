"""An output that cannot be written is one line before the batch runs, not one line per
file or a failure at the end of a long run."""

from pathlib import Path

from click.testing import CliRunner

import ccaudit.cli.output_paths as output_paths
from ccaudit.cli import main

CALL = "Agent: Hello, how can I help?\nCustomer: My card is 4532 0151 1283 0366.\n"


def run(*args):
    return CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)


def batch(tmp_path, files=3):
    calls = tmp_path / "calls"
    calls.mkdir()
    for number in range(files):
        (calls / f"call-{number}.txt").write_text(CALL, encoding="utf-8")
    return calls


def test_redact_out_under_a_file_is_one_line_for_the_whole_batch(tmp_path):
    calls = batch(tmp_path)
    blocker = tmp_path / "shared"
    blocker.write_text("not a folder", encoding="utf-8")
    result = run("redact", calls, "--out", blocker / "copies")
    assert result.exit_code == 2
    assert result.stderr == (
        f"ccaudit: error: {blocker / 'copies'}: --out cannot be made a folder "
        f"({blocker} is a file)\n"
    )


def test_redact_out_that_does_not_exist_yet_is_made(tmp_path):
    calls = batch(tmp_path, files=1)
    result = run("redact", calls, "--out", tmp_path / "new" / "copies")
    assert result.exit_code == 0, result.stderr
    assert (tmp_path / "new" / "copies").is_dir()


def test_audit_sarif_that_cannot_be_written_is_refused_before_the_run(tmp_path):
    calls = batch(tmp_path)
    target = tmp_path / "no-such-folder" / "audit.sarif"
    result = run("audit", calls, "--db", tmp_path / "a.db", "--format", "sarif", "-o", target)
    assert result.exit_code == 2
    assert result.stderr.startswith(f"ccaudit: error: {target}: -o cannot be written there (")
    assert not (tmp_path / "a.db").exists()


def test_a_special_file_is_not_probed_for_a_file_beside_it(tmp_path, monkeypatch):
    def no_probe(directory):
        raise AssertionError(f"probed {directory}")

    monkeypatch.setattr(output_paths, "_cannot_write_in", no_probe)
    output_paths.refuse_unwritable_output(Path("/dev/null"), "-o")
