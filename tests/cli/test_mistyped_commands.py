"""A mistyped command is one line that names the nearest real one."""

import pytest
from click.testing import CliRunner

from ccaudit.cli import main


@pytest.mark.parametrize(
    "args, line",
    [
        (["sacn", "calls/"], "no such command 'sacn'; did you mean 'scan'? (see `ccaudit --help`)"),
        (
            ["review", "lst"],
            "no such command 'lst'; did you mean 'list'? (see `ccaudit review --help`)",
        ),
        (
            ["rules", "tset"],
            "no such command 'tset'; did you mean 'test'? (see `ccaudit rules --help`)",
        ),
        (["nonsense"], "no such command 'nonsense' (see `ccaudit --help`)"),
    ],
)
def test_mistyped_command(args, line):
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 2
    assert result.stderr == f"ccaudit: error: {line}\n"
