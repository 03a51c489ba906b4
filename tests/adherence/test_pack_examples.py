"""Every example of every bundled pack is its own test: `pytest -k th-banking::greeting`."""

import pytest

from ccaudit.adherence import default_pack_paths, load_pack
from ccaudit.adherence.examples import default_detect, run_rule_example

CASES = [
    pytest.param(pack, rule, example, id=f"{pack.name}::{rule.id}::{example.kind}{example.index}")
    for pack in (load_pack(p) for p in default_pack_paths())
    for rule in pack.rules
    for example in rule.examples
]


@pytest.mark.parametrize(("pack", "rule", "example"), CASES)
def test_rule_example(pack, rule, example):
    detect = default_detect() if rule.kind == "pii_handling" else None
    outcome = run_rule_example(rule, example, pack.name, detect)
    assert outcome.ok, (
        f"{pack.path}:{example.line}: expected {example.kind}, got {outcome.status} "
        f"({outcome.reason})"
    )
