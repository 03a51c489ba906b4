"""What a command loads: nothing heavy for --help, no PDF stack for scan or check."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from ccaudit.cli import COMMANDS

FIXTURE = Path(__file__).parents[2] / "fixtures" / "text" / "th_card_call.txt"
PROBE = """
import sys
from ccaudit.cli import run
try:
    run(sys.argv[1:])
except SystemExit:
    pass
print()
print(__import__("json").dumps(sorted(sys.modules)))
"""


def loaded_modules(*args: str) -> set[str]:
    """Every module a command loaded, by its full name."""
    run = subprocess.run(
        [sys.executable, "-c", PROBE, *args], capture_output=True, text=True, check=True
    )
    return set(json.loads(run.stdout.strip().splitlines()[-1]))


def test_help_loads_no_detector_no_pdf_stack_and_no_spark():
    loaded = loaded_modules("--help")
    assert not loaded & {"presidio_analyzer", "spacy", "pythainlp", "reportlab", "pyspark"}


@pytest.mark.parametrize("command", ["scan", "check"])
def test_scan_and_check_do_not_load_the_pdf_stack(command):
    loaded = loaded_modules(command, str(FIXTURE), "--jobs", "1", "-q")
    assert "presidio_analyzer" in loaded  # it did scan
    assert not loaded & {"reportlab", "uharfbuzz", "pyspark"}


def test_scan_loads_presidios_predefined_recognizers_only_when_it_runs_one():
    url_recognizer = "presidio_analyzer.predefined_recognizers.generic.url_recognizer"
    assert url_recognizer not in loaded_modules("scan", str(FIXTURE), "--jobs", "1", "-q")
    asked = loaded_modules("scan", str(FIXTURE), "--entities", "URL", "--jobs", "1", "-q")
    assert url_recognizer in asked


def test_scan_loads_neither_the_rule_pack_matchers_nor_the_store_without_a_baseline():
    loaded = loaded_modules("scan", str(FIXTURE), "--jobs", "1", "-q")
    assert "ccaudit.pii.detector" in loaded  # it did scan
    assert not {m for m in loaded if m.startswith(("ccaudit.adherence", "ccaudit.store"))}


def test_every_command_module_is_listed():
    modules = {p.stem for p in Path(__file__).parents[2].joinpath("ccaudit", "cli").glob("*.py")}
    assert set(COMMANDS) <= modules


def test_the_report_command_offers_the_reports_languages():
    from ccaudit.cli.report import REPORT_LANGUAGES
    from ccaudit.report.labels import LANGUAGES

    assert REPORT_LANGUAGES == LANGUAGES


def test_scan_loads_neither_spacys_command_line_nor_a_progress_bar_it_does_not_draw():
    loaded = loaded_modules("scan", str(FIXTURE), "--format", "jsonl", "--jobs", "1")
    assert "presidio_analyzer" in loaded  # it did scan
    assert not loaded & {"spacy.cli._util", "typer", "weasel", "rich.progress"}


@pytest.mark.parametrize("width", [50, 80, 120])
def test_help_lists_the_commands_as_their_own_help_would(width):
    import click

    from ccaudit.cli import main

    listed, own = click.HelpFormatter(width=width), click.HelpFormatter(width=width)
    context = click.Context(main)
    main.format_commands(context, listed)
    with own.section("Commands"):  # imports every command to read its help
        own.write_dl(
            [
                (name, " ".join(main.get_command(context, name).help.split("\n\n")[0].split()))
                for name in main.list_commands(context)
            ]
        )
    assert listed.getvalue() == own.getvalue()


def test_help_loads_no_command():
    loaded = loaded_modules("--help")
    assert not {f"ccaudit.cli.{name}" for name in COMMANDS} & loaded


COLLECTOR_PROBE = """
import gc, sys
from ccaudit.cli import run
try:
    run(sys.argv[1:])
except SystemExit:
    pass
print()
print(gc.isenabled(), gc.get_freeze_count() > 0)
"""


def collector_after(*args: str) -> tuple[str, str]:
    """Whether the cyclic collector runs once the command is done, and whether anything was
    frozen out of its reach."""
    run = subprocess.run(
        [sys.executable, "-c", COLLECTOR_PROBE, *args], capture_output=True, text=True, check=True
    )
    return tuple(run.stdout.strip().splitlines()[-1].split())


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_scan_starts_without_the_collector_and_runs_its_batch_with_it(jobs):
    assert collector_after("scan", str(FIXTURE), "--jobs", jobs, "-q") == ("True", "True")


def test_a_command_that_analyses_no_batch_leaves_the_collector_alone():
    assert collector_after("formats") == ("True", "False")
