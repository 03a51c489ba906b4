"""Runs every example in tests/cases/recognizers/<entity>.yaml through the Detector."""

from pathlib import Path

import pytest
import yaml

CASES_DIR = Path(__file__).parents[1] / "cases" / "recognizers"


def load_cases() -> list:
    params = []
    for path in sorted(CASES_DIR.glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        entity = data["entity"]
        for kind in ("positives", "negatives", "todo"):
            for case in data.get(kind) or []:
                marks = [pytest.mark.xfail(reason=case["reason"])] if kind == "todo" else []
                params.append(
                    pytest.param(entity, kind, case, id=f"{path.stem}::{case['id']}", marks=marks)
                )
    return params


@pytest.mark.parametrize(("entity", "kind", "case"), load_cases())
def test_recognizer_case(detector, conversation, entity, kind, case):
    text = case["text"]
    everything = detector.scan(conversation(("customer", text)))
    found = [f for f in everything if f.entity_type == entity]
    if kind == "negatives":
        assert found == [], f"{case['reason']}: {[text[f.start : f.end] for f in found]}"
        return
    spans = [text[f.start : f.end] for f in found]
    assert case["expect"] in spans
    if "validated" in case:
        match = found[spans.index(case["expect"])]
        assert match.validated is case["validated"]
    if case.get("exclusive"):
        match = found[spans.index(case["expect"])]
        rivals = [f.entity_type for f in everything if f.start < match.end and match.start < f.end]
        assert rivals == [entity], f"also read as {rivals}"
