"""The README must keep up with the CLI: every command documented, with help text."""

from pathlib import Path

import click
import pytest

from ccaudit.cli import COMMANDS, main
from ccaudit.ingest import READERS

README = (Path(__file__).parents[1] / "README.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_every_command_has_help_and_is_in_the_readme(name):
    command = main.get_command(click.Context(main), name)
    assert (command.help or "").strip(), f"{name} has no help text"
    assert f"ccaudit {name}" in README


@pytest.mark.parametrize("reader", READERS, ids=lambda r: r.name)
def test_every_input_format_is_listed_in_the_readme(reader):
    assert f"`{reader.name}`" in README


def test_ci_runs_the_readme_test_command():
    ci = (Path(__file__).parents[1] / ".ci" / "run").read_text(encoding="utf-8")
    command = ci.strip().splitlines()[-1]
    assert command in README
