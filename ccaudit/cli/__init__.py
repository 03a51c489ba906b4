"""ccaudit command line: each command lives in its own module and stays thin.

A command's module is imported only when that command runs, so `ccaudit scan` never loads
the PDF stack and `ccaudit --help` loads no command at all.
"""

import os
import sys

os.environ.setdefault("PYTHAINLP_OFFLINE", "1")

from importlib import import_module  # noqa: E402

import click  # noqa: E402

from ccaudit import __version__  # noqa: E402
from ccaudit.cli.main_group import CcauditGroup  # noqa: E402
from ccaudit.cli.stdout import keep_exit_code_when_stdout_closes  # noqa: E402

COMMANDS = ("scan", "check", "audit", "report", "review", "rules", "redact", "formats")
# The commands whose engine resumes the cyclic collector once their analysis is built.
ANALYSING_COMMANDS = ("scan", "check", "audit", "redact")
# The first paragraph of each command's help, which `ccaudit --help` lists: importing the
# commands to read it would take most of the time `--help` takes.
# tests/cli/test_startup.py checks the list is the one the commands' own help gives.
SUMMARIES = {
    "scan": "Find card numbers, bank accounts, Thai IDs and other PII in PATH... (files or "
    "folders).",
    "check": "Check every call in PATH... against script-adherence rule packs.",
    "audit": "Scan and check PATH... in one pass and store the results as one run in --db.",
    "report": "Write one PDF per agent plus a team summary PDF to --out.",
    "review": "Review flagged items: list and show them, decide on them, export a baseline.",
    "rules": "Test, validate, list and describe rule packs (bundled packs: rules/*.yaml).",
    "redact": "Write de-identified copies of PATH... in their own format, then scan each copy "
    "again.",
    "formats": "List the input formats, in the order they are detected (first match wins).",
}


class CommandModules(CcauditGroup):
    """The commands of ccaudit.cli.<name>, imported when first asked for."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return list(COMMANDS)

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        if name not in COMMANDS:
            return None
        return getattr(import_module(f"ccaudit.cli.{name}"), name)

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        """Each summary whole, wrapped, rather than cut short with an ellipsis."""
        with formatter.section("Commands"):
            formatter.write_dl([(name, SUMMARIES[name]) for name in COMMANDS])


@click.group(
    name="ccaudit", cls=CommandModules, context_settings={"help_option_names": ["-h", "--help"]}
)
@click.version_option(__version__, prog_name="ccaudit")
def main() -> None:
    """Audit Thai and English contact-centre calls, tickets and notes: PII and script adherence.

    \b
    Exit codes: 0 nothing at or above --fail-on, 1 findings or failed rules,
                2 usage error or unreadable input (the rest of the batch is still processed),
                130 interrupted (Ctrl-C).
    """
    keep_exit_code_when_stdout_closes()


def run(args: list[str] | None = None) -> None:
    """The `ccaudit` program: `main` in a process of its own, which loads Presidio's
    predefined recognizers only if it runs one (see ccaudit.cli.deferred_presidio), and
    spaCy's command line only if something asks for it (ccaudit.cli.deferred_spacy_cli).
    A command that analyses a batch starts without the cyclic collector, which its engine
    resumes (see ccaudit.pipeline.collection)."""
    from ccaudit.cli.deferred_presidio import defer_predefined_recognizers
    from ccaudit.cli.deferred_spacy_cli import defer_spacy_cli

    defer_predefined_recognizers()
    defer_spacy_cli()
    given = sys.argv[1:] if args is None else args
    # The group's own options are flags: the first other word names the command.
    if next((word for word in given if not word.startswith("-")), None) in ANALYSING_COMMANDS:
        from ccaudit.pipeline.collection import pause_while_starting

        pause_while_starting()
    main(args)
