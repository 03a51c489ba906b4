"""The `ccaudit` program's stand-in for Presidio's predefined_recognizers package."""

import subprocess
import sys

PROBE = """
import sys
from ccaudit.cli.deferred_presidio import PACKAGE, defer_predefined_recognizers
defer_predefined_recognizers()
{body}
"""


def run_probe(body: str) -> str:
    code = PROBE.format(body=body)
    return subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout


def test_presidio_loads_without_its_predefined_recognizers():
    out = run_probe(
        "import presidio_analyzer\n"
        "print(sorted(m for m in sys.modules if m.startswith(PACKAGE + '.generic')))"
    )
    assert out.strip() == "[]"


def test_a_recognizer_asked_for_loads_the_real_package_into_the_stand_in():
    out = run_probe(
        "from presidio_analyzer import RecognizerRegistry\n"
        "from presidio_analyzer.predefined_recognizers import UrlRecognizer\n"
        "stand_in = sys.modules[PACKAGE]\n"
        "registry = RecognizerRegistry(supported_languages=['en'])\n"
        "registry.load_predefined_recognizers(languages=['en'])\n"
        "print(UrlRecognizer.__module__, 'CreditCardRecognizer' in dir(stand_in),"
        " any(type(r) is UrlRecognizer for r in registry.recognizers))"
    )
    url_module, stand_in_holds_the_rest, registry_found_it = out.split()
    assert url_module == "presidio_analyzer.predefined_recognizers.generic.url_recognizer"
    assert stand_in_holds_the_rest == registry_found_it == "True"


def test_the_nlp_engine_recognizers_are_the_packages_own():
    out = run_probe(
        "from presidio_analyzer.predefined_recognizers import SpacyRecognizer\n"
        "from presidio_analyzer.predefined_recognizers import CreditCardRecognizer\n"
        "import presidio_analyzer.predefined_recognizers as package\n"
        "print(package.SpacyRecognizer is SpacyRecognizer)"
    )
    assert out.strip() == "True"


def test_nothing_changes_once_presidio_is_loaded():
    out = subprocess.run(
        [sys.executable, "-c", "import presidio_analyzer, sys\n"
         "from ccaudit.cli.deferred_presidio import PACKAGE, defer_predefined_recognizers\n"
         "before = sys.modules[PACKAGE]\n"
         "defer_predefined_recognizers()\n"
         "print(sys.modules[PACKAGE] is before and hasattr(before, 'UrlRecognizer'))"],
        capture_output=True, text=True, check=True,
    ).stdout  # fmt: skip
    assert out.strip() == "True"
