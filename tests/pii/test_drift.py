"""Every recognizer file is registered, and every entity has enough examples."""

from pathlib import Path

import yaml

import ccaudit.pii.recognizers as recognizers_package
from ccaudit.pii import ALL_ENTITIES
from ccaudit.pii.engine import build_analyzer
from ccaudit.pii.recognizers import RECOGNIZERS

CASES_DIR = Path(__file__).parents[1] / "cases" / "recognizers"
NOT_RECOGNIZERS = {"__init__", "base"}


def recognizer_modules() -> set[str]:
    folder = Path(recognizers_package.__file__).parent
    return {p.stem for p in folder.glob("*.py")} - NOT_RECOGNIZERS


def test_every_recognizer_module_is_registered():
    registered = {cls.__module__.rsplit(".", 1)[-1] for cls in RECOGNIZERS}
    assert registered == recognizer_modules()


def test_each_module_is_named_after_its_entity():
    assert {m.upper() for m in recognizer_modules()} == set(ALL_ENTITIES)


def test_engine_runs_exactly_our_recognizers():
    analyzer = build_analyzer()
    for language in ("en", "th"):
        names = {r.name for r in analyzer.get_recognizers(language)}
        assert names == {cls.__name__ for cls in RECOGNIZERS}
        assert set(analyzer.get_supported_entities(language)) == set(ALL_ENTITIES)


def test_every_entity_has_cases():
    for entity in ALL_ENTITIES:
        path = CASES_DIR / f"{entity.lower()}.yaml"
        assert path.exists(), f"{path.name} is missing"
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        assert data["entity"] == entity
        assert len(data.get("positives") or []) >= 3, f"{entity}: fewer than 3 positives"
        assert len(data.get("negatives") or []) >= 3, f"{entity}: fewer than 3 negatives"
        ids = [c["id"] for k in ("positives", "negatives", "todo") for c in data.get(k) or []]
        assert len(ids) == len(set(ids)), f"{entity}: duplicate case ids"


def test_no_recognizer_shadows_a_presidio_predefined_one():
    """Presidio finds its predefined recognizers by class name among all loaded subclasses."""
    import presidio_analyzer.predefined_recognizers as predefined

    assert not {cls.__name__ for cls in RECOGNIZERS} & set(dir(predefined))


def test_presidio_still_loads_its_own_recognizers_after_ours():
    from presidio_analyzer import RecognizerRegistry
    from presidio_analyzer.predefined_recognizers import CreditCardRecognizer

    registry = RecognizerRegistry(supported_languages=["en"])
    registry.load_predefined_recognizers(languages=["en"])
    assert any(type(r) is CreditCardRecognizer for r in registry.recognizers)
