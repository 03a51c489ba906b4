"""Every example of every bundled pack is its own test: `pytest -k th-banking::greeting`."""

import pytest

from ccaudit.adherence import Example, default_pack_paths, example_conversation, load_pack
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


def test_example_transcripts_parse_labels_times_and_notes():
    text = "[00:01:05] เจ้าหน้าที่: สวัสดีค่ะ\nลูกค้า: ค่ะ\nNote: ok\nno label here\n"
    turns = example_conversation(Example("pass", 0, text, channel="chat")).turns
    assert [(t.role, t.text, t.start_ms, t.is_internal_note) for t in turns] == [
        ("agent", "สวัสดีค่ะ", 65_000, False),
        ("customer", "ค่ะ", None, False),
        ("agent", "ok", None, True),
        ("unknown", "no label here", None, False),
    ]
