"""A spaCy NER model the user installed finds English names that have no cue before them."""

import pytest
import spacy

from ccaudit.errors import CcauditError
from ccaudit.pii import Detector, DetectorOptions


@pytest.fixture(scope="module")
def tiny_model(tmp_path_factory) -> str:
    """A local pipeline whose entity ruler tags one name: stands in for en_core_web_sm."""
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("entity_ruler")
    ruler.add_patterns([{"label": "PERSON", "pattern": "Alice Walker"}])
    path = tmp_path_factory.mktemp("model") / "tiny_en"
    nlp.to_disk(path)
    return str(path)


def test_ner_finds_names_in_english_turns(tiny_model, conversation):
    detector = Detector(DetectorOptions(spacy_model=tiny_model))
    conv = conversation(
        ("customer", "I spoke with Alice Walker yesterday"),
        ("customer", "ผมคุยกับ Alice Walker เมื่อวาน"),
    )
    findings = detector.scan(conv)
    assert [(f.turn, f.entity_type, f.recognizer) for f in findings] == [
        (0, "PERSON", "SpacyRecognizer")
    ]


def test_without_a_model_the_same_name_is_not_found(detector, conversation):
    assert detector.scan(conversation(("customer", "I spoke with Alice Walker yesterday"))) == []


def test_thai_language_skips_ner(tiny_model, conversation):
    detector = Detector(DetectorOptions(spacy_model=tiny_model, language="th"))
    assert detector.scan(conversation(("customer", "I spoke with Alice Walker yesterday"))) == []


def test_a_missing_model_is_a_clear_error():
    with pytest.raises(CcauditError, match="'no_such_model_xyz' is not installed"):
        Detector(DetectorOptions(spacy_model="no_such_model_xyz"))
