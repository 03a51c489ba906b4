"""ccaudit command line: each command lives in its own module and stays thin."""

import os

os.environ.setdefault("PYTHAINLP_OFFLINE", "1")

import click  # noqa: E402

from ccaudit import __version__  # noqa: E402
from ccaudit.cli.audit import audit  # noqa: E402
from ccaudit.cli.check import check  # noqa: E402
from ccaudit.cli.formats import formats  # noqa: E402
from ccaudit.cli.report import report  # noqa: E402
from ccaudit.cli.review import review  # noqa: E402
from ccaudit.cli.rules import rules  # noqa: E402
from ccaudit.cli.scan import scan  # noqa: E402


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="ccaudit")
def main() -> None:
    """Audit Thai and English contact-centre calls, tickets and notes: PII and script adherence.

    \b
    Exit codes: 0 nothing at or above --fail-on, 1 findings or failed rules,
                2 usage error or unreadable input (the rest of the batch is still processed).
    """


for command in (scan, check, audit, report, review, rules, formats):
    main.add_command(command)
