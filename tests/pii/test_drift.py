"""Every recognizer file is registered and declares its entity, and every entity has enough
examples."""

import re
from pathlib import Path

import pytest
import yaml

import ccaudit.pii.recognizers as recognizers_package
from ccaudit.adherence.reason_templates import THAI_TERMS
from ccaudit.model import Severity
from ccaudit.pii import DEFAULT_ENTITIES
from ccaudit.pii.engine import build_analyzer
from ccaudit.pii.presidio_entities import ROWS
from ccaudit.pii.recognizers.base import RePattern
from ccaudit.pii.registry import ENTITIES, PRESIDIO_ENTITIES, RECOGNIZERS, entity_label, facts_of

CASES_DIR = Path(__file__).parents[1] / "cases" / "recognizers"
NOT_RECOGNIZERS = {"__init__", "base"}


def recognizer_modules() -> set[str]:
    folder = Path(recognizers_package.__file__).parent
    return {p.stem for p in folder.glob("*.py")} - NOT_RECOGNIZERS


def test_every_recognizer_module_is_registered():
    registered = {cls.__module__.rsplit(".", 1)[-1] for cls in RECOGNIZERS}
    assert registered == recognizer_modules()


def test_each_module_is_named_after_its_entity():
    assert {m.upper() for m in recognizer_modules()} == set(DEFAULT_ENTITIES)
    for cls in RECOGNIZERS:
        assert cls.__module__.rsplit(".", 1)[-1] == cls.ENTITY.lower()


@pytest.mark.parametrize("recognizer", RECOGNIZERS, ids=lambda cls: cls.ENTITY)
def test_every_recognizer_declares_its_entity(recognizer):
    facts = recognizer.facts()
    assert facts == ENTITIES[recognizer.ENTITY]
    assert isinstance(facts.severity, Severity)
    assert facts.label_en and facts.label_th
    assert facts.label_en != facts.label_th
    assert recognizer(supported_language="th").supported_entities == [recognizer.ENTITY]


def test_report_words_agree_with_the_declarations():
    """The report and rule reasons name entities in Thai from THAI_TERMS until they read the
    registry; the two must not drift apart."""
    for entity, facts in ENTITIES.items():
        assert THAI_TERMS[entity] == facts.label_th == entity_label(entity, "th")


def test_engine_runs_exactly_our_recognizers():
    analyzer = build_analyzer()
    for language in ("en", "th"):
        names = {r.name for r in analyzer.get_recognizers(language)}
        assert names == {cls.__name__ for cls in RECOGNIZERS}
        assert set(analyzer.get_supported_entities(language)) == set(DEFAULT_ENTITIES)


@pytest.mark.parametrize("entity", sorted(ENTITIES))
def test_every_registered_recognizer_has_cases(entity):
    path = CASES_DIR / f"{entity.lower()}.yaml"
    assert path.exists(), f"{path.name} is missing"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert data["entity"] == entity
    assert len(data.get("positives") or []) >= 3, f"{entity}: fewer than 3 positives"
    assert len(data.get("negatives") or []) >= 3, f"{entity}: fewer than 3 negatives"
    ids = [c["id"] for k in ("positives", "negatives", "todo") for c in data.get(k) or []]
    assert len(ids) == len(set(ids)), f"{entity}: duplicate case ids"


def test_every_case_file_belongs_to_a_registered_entity():
    assert {p.stem.upper() for p in CASES_DIR.glob("*.yaml")} <= set(ENTITIES)


def test_presidio_entities_are_declared_once_and_load_offline():
    entities = [row.entity for row in ROWS]
    assert len(entities) == len(set(entities))
    assert not set(entities) & set(ENTITIES), "ccaudit's own recognizers cover these"
    analyzer = build_analyzer(presidio_entities=frozenset(entities))
    for language in ("en", "th"):
        assert set(analyzer.get_supported_entities(language)) == set(entities) | set(ENTITIES)
    for entity in entities:
        facts = facts_of(entity)
        assert facts is PRESIDIO_ENTITIES[entity]
        assert facts.label_en and facts.label_th


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


@pytest.mark.parametrize("recognizer", RECOGNIZERS, ids=lambda cls: cls.ENTITY)
def test_patterns_are_compiled_once_as_they_are_matched(recognizer):
    for pattern in getattr(recognizer, "PATTERNS", ()):
        assert isinstance(pattern, RePattern)
        assert pattern.compiled.pattern == pattern.regex
        assert pattern.compiled.flags & re.IGNORECASE


def test_a_pattern_is_checked_as_presidio_checks_it():
    with pytest.raises(ValueError, match="Invalid regex pattern"):
        RePattern("broken", "[0-9", 0.5)
    with pytest.raises(ValueError, match="Invalid score"):
        RePattern("too_sure", "[0-9]", 1.5)
    assert RePattern("digit", "[0-9]", 0.5).to_dict() == {
        "name": "digit",
        "score": 0.5,
        "regex": "[0-9]",
    }
