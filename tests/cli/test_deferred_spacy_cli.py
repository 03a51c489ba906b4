"""The `ccaudit` program's stand-ins for spaCy's command line package."""

import subprocess
import sys

PROBE = """
import sys
from ccaudit.cli.deferred_spacy_cli import INFO, PACKAGE, defer_spacy_cli
defer_spacy_cli()
{body}
"""


def run_probe(body: str) -> str:
    code = PROBE.format(body=body)
    return subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout


def test_spacy_and_presidio_load_without_spacys_command_line():
    out = run_probe(
        "import presidio_analyzer, spacy\n"
        "spacy.blank('th')\n"
        "print(sorted({m.split('.')[0] for m in sys.modules} & {'typer', 'weasel', 'httpx'}),"
        " PACKAGE + '._util' in sys.modules)"
    )
    assert out.split() == ["[]", "False"]


def test_a_command_asked_for_loads_the_real_package_into_the_stand_in():
    out = run_probe(
        "import spacy\n"
        "stand_in = spacy.cli\n"
        "import spacy.cli\n"
        "print(spacy.cli.download.__module__, spacy.cli is stand_in is sys.modules[PACKAGE],"
        " sys.modules[INFO].__file__.endswith('info.py'))"
    )
    assert out.split() == ["spacy.cli.download", "True", "True"]


def test_spacy_info_runs_the_real_function():
    out = run_probe(
        "import spacy\nprint('spacy_version' in spacy.info(), spacy.cli.info.__module__)"
    )
    assert out.split() == ["True", "spacy.cli.info"]


def test_nothing_changes_once_spacy_is_loaded():
    out = subprocess.run(
        [sys.executable, "-c", "import spacy, sys\n"
         "from ccaudit.cli.deferred_spacy_cli import PACKAGE, defer_spacy_cli\n"
         "before = list(sys.meta_path)\n"
         "defer_spacy_cli()\n"
         "print(sys.meta_path == before and hasattr(sys.modules[PACKAGE], 'download'))"],
        capture_output=True, text=True, check=True,
    ).stdout  # fmt: skip
    assert out.strip() == "True"
