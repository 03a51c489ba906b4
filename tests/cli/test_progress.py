"""The progress bar on a terminal: error lines above it stay whole lines."""

import sys

from ccaudit.cli.progress import BatchProgress
from ccaudit.ingest import ReadOptions
from ccaudit.model import InputError


def test_an_error_above_the_bar_is_one_line_however_narrow_the_terminal(
    tmp_path, monkeypatch, capsys
):
    (tmp_path / "call.txt").write_text("Agent: hello\n", encoding="utf-8")
    monkeypatch.setenv("COLUMNS", "40")
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
    reason = "invalid JSON at line 40 column 3: unexpected end of data (truncated file?)"
    with BatchProgress([str(tmp_path)], ReadOptions(), quiet=False, label="scanning") as bar:
        assert bar.enabled
        bar.advance(InputError("calls/a-rather-long-file-name.json", reason))
    # Not folded at the terminal's width: a copied line or a grep finds it whole.
    assert (
        f"ccaudit: error: calls/a-rather-long-file-name.json: {reason}\n" in capsys.readouterr().err
    )
