"""Each lexicon concept's case file (tests/cases/concepts/<concept>.yaml) is a set of tests:
paraphrases it must match, in Thai, English and code-mixed speech as agents say them and ASR
writes them, and near misses it must not, each with the reason. `pytest -k ask_secret` runs one
concept. A new wording goes into the lexicon with a case here, and a near miss beside it."""

from pathlib import Path

import pytest
import yaml
from concept_builders import bundled

CASES_DIR = Path(__file__).resolve().parent.parent / "cases" / "concepts"


def _cases():
    for path in sorted(CASES_DIR.glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        concept = data["concept"]
        for case in data.get("said", []):
            yield pytest.param(concept, case["text"], True, id=f"{concept}::{case['id']}")
        for case in data.get("not_said", []):
            yield pytest.param(concept, case["text"], False, id=f"{concept}::{case['id']}")


@pytest.mark.parametrize(("concept", "text", "expected"), list(_cases()))
def test_concept_case(concept, text, expected):
    hits = bundled(concept).hits(text, concept)
    assert bool(hits) is expected, [h.label for h in hits]


def test_every_case_file_names_a_lexicon_concept_and_gives_near_miss_reasons():
    from ccaudit.adherence.loader import bundled_lexicon

    concepts = bundled_lexicon().concepts
    for path in CASES_DIR.glob("*.yaml"):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        assert data["concept"] in concepts, path.name
        assert all(case.get("reason") for case in data.get("not_said", [])), path.name
