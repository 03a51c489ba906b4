"""The README must keep up with the CLI: every command documented, with help text."""

import re
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


def _commands(command: click.Command, path: tuple[str, ...]):
    if isinstance(command, click.Group):
        for name in command.list_commands(click.Context(command)):
            yield from _commands(command.get_command(click.Context(command), name), (*path, name))
    else:
        yield " ".join(path), command


COMMAND_PATHS = dict(
    item
    for name in COMMANDS
    for item in _commands(main.get_command(click.Context(main), name), (name,))
)


def _long_options(command: click.Command) -> set[str]:
    return {
        name
        for param in command.params
        if isinstance(param, click.Option)
        for name in (*param.opts, *param.secondary_opts)
        if name.startswith("--") and name != "--help"
    }


@pytest.mark.parametrize("path", sorted(COMMAND_PATHS))
def test_every_option_has_help_text(path):
    command = COMMAND_PATHS[path]
    bare = [p.opts[0] for p in command.params if isinstance(p, click.Option) and not p.help]
    assert not bare, f"ccaudit {path}: options without help: {bare}"


@pytest.mark.parametrize("path", sorted(COMMAND_PATHS))
def test_every_option_is_in_the_readme(path):
    # -o is how the README writes --output.
    options = _long_options(COMMAND_PATHS[path]) - {"--output"}
    missing = sorted(o for o in options if not re.search(re.escape(o) + r"(?![\w-])", README))
    assert not missing, f"ccaudit {path}: options the README never mentions: {missing}"


def _readme_examples():
    """Each `ccaudit COMMAND [SUBCOMMAND] ...` the README shows, up to a comment."""
    text = README.replace("\\\n", " ")
    for match in re.finditer(r"ccaudit ([a-z][a-z-]*)(?: ([a-z][a-z-]*))?([^\n`#]*)", text):
        command, sub, rest = match.groups()
        path = f"{command} {sub}" if f"{command} {sub}" in COMMAND_PATHS else command
        if path in COMMAND_PATHS:
            yield path, match.group(0)


def test_every_option_in_a_readme_example_exists():
    unknown = [
        (example, option)
        for path, example in _readme_examples()
        for option in re.findall(r"(?<![\w-])(--[a-z][\w-]*)", example)
        if option not in _long_options(COMMAND_PATHS[path]) | {"--help"}
    ]
    assert not unknown


@pytest.mark.parametrize("group", ["review", "rules"])
def test_a_groups_help_lists_each_subcommands_summary_whole(group):
    from click.testing import CliRunner

    shown = " ".join(CliRunner().invoke(main, [group, "--help"]).stdout.split())
    for path, command in COMMAND_PATHS.items():
        if path.startswith(f"{group} "):
            summary = " ".join(command.help.split("\n\n")[0].split())
            assert summary in shown, path
