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
        ("customer", "Yesterday Alice Walker phoned us"),
        ("customer", "เมื่อวาน Alice Walker โทรมา"),
    )
    findings = detector.scan(conv)
    # The model reads the English turn only; the Thai turn's mention is a repeat of its name.
    assert [(f.turn, f.entity_type, f.recognizer) for f in findings] == [
        (0, "PERSON", "SpacyRecognizer"),
        (1, "PERSON", "NameEchoFinder"),
    ]


def test_without_a_model_the_same_name_is_not_found(detector, conversation):
    assert detector.scan(conversation(("customer", "Yesterday Alice Walker phoned us"))) == []


def test_thai_language_skips_ner(tiny_model, conversation):
    detector = Detector(DetectorOptions(spacy_model=tiny_model, language="th"))
    assert detector.scan(conversation(("customer", "Yesterday Alice Walker phoned us"))) == []


def test_a_missing_model_is_a_clear_error():
    with pytest.raises(CcauditError, match="'no_such_model_xyz' is not installed"):
        Detector(DetectorOptions(spacy_model="no_such_model_xyz"))


def test_the_ner_model_reads_one_conversation_at_a_time(tiny_model, conversation, monkeypatch):
    """To a NER model the gap between conversations in a batch is a single token, so a
    conversation's names would depend on its neighbours."""
    detector = Detector(DetectorOptions(spacy_model=tiny_model))
    engine = detector._analyzer.nlp_engine
    read: list[str] = []
    process_text = engine.process_text
    monkeypatch.setattr(
        engine,
        "process_text",
        lambda text, language: read.append(text) or process_text(text, language),
    )
    first = conversation(("customer", "Yesterday Alice Walker phoned us"))
    second = conversation(("customer", "Alice Walker called again"))
    found = detector.scan_many([first, second])
    assert [[f.entity_type for f in findings] for findings in found] == [["PERSON"], ["PERSON"]]
    assert len(read) == 2
    assert not any("yesterday" in text and "again" in text for text in read)
