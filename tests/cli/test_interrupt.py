"""Ctrl-C is one line on stderr and exit 130, whichever command it stops."""

from click.testing import CliRunner

import ccaudit.cli.formats
from ccaudit.cli import main


class Interrupting:
    def __iter__(self):
        raise KeyboardInterrupt


def test_ctrl_c_is_one_line_and_exit_130(monkeypatch):
    monkeypatch.setattr(ccaudit.cli.formats, "READERS", Interrupting())
    result = CliRunner().invoke(main, ["formats"])
    assert result.exit_code == 130
    assert result.stderr == "ccaudit: error: interrupted\n"
