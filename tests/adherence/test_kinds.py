"""Rule kinds are a registry: each kind a module with a schema entry and bundled examples."""

import pytest
from adherence_builders import call

from ccaudit.adherence import default_pack_paths, load_packs, pack_schema
from ccaudit.adherence.incidents import merge_incidents
from ccaudit.adherence.kinds import KINDS
from ccaudit.model import RuleResult, Severity


def test_every_kind_module_has_its_schema_entry_and_back():
    schema = pack_schema()["$defs"]
    assert set(KINDS) == set(schema["kinds"])
    rule_kinds = {alt["required"][0] for alt in schema["rule"]["oneOf"]}
    assert rule_kinds == set(KINDS)
    for name, module in KINDS.items():
        assert name == module.KIND and callable(module.build)


def test_every_kind_is_used_with_examples_somewhere_but_custom_pattern():
    used = {rule.kind for pack in load_packs(default_pack_paths()) for rule in pack.rules}
    assert used == set(KINDS) - {"custom_pattern"}  # tested with its own packs in test_loader


def result(pack, rule, status="violation", weight=8.0):
    return RuleResult("p", "c", None, pack, rule, "t", status, Severity.critical, weight=weight)


def test_results_on_one_event_merge_under_the_heaviest():
    merged = merge_incidents(
        [
            (result("th-banking", "no-card-read-back", weight=5.0), ("finding", 10, 26)),
            (result("pci-dss", "no-pan-read-back"), ("finding", 10, 26)),
            (result("pci-dss", "no-cvv-repeated"), ("finding", 40, 43)),
            (result("th-banking", "greeting", "fail"), None),
        ]
    )
    assert [(r.pack, r.rule_id, r.also) for r in merged] == [
        ("pci-dss", "no-pan-read-back", ("th-banking:no-card-read-back",)),
        ("pci-dss", "no-cvv-repeated", ()),
        ("th-banking", "greeting", ()),
    ]


def test_passes_never_merge():
    passes = [
        (result("a", "x", "pass"), ("finding", 1, 2)),
        (result("b", "y", "pass"), ("finding", 1, 2)),
    ]
    assert len(merge_incidents(passes)) == 2


@pytest.mark.parametrize("role", ["agent", "customer"])
def test_role_lists_listen_to_each_role(role, tmp_path):
    from ccaudit.adherence import Checker, load_pack

    path = tmp_path / "p.yaml"
    path.write_text(
        "pack: t\nversion: 1\nlanguage: any\nrules:\n"
        "  - id: said\n    title: {th: t, en: t}\n    severity: low\n"
        "    required_phrase: {phrases: [hello], role: [agent, ivr]}\n",
        encoding="utf-8",
    )
    results = Checker([load_pack(path)]).check(call(("ivr", "hello"), (role, "hi")), [])
    assert results[0].status == "pass"
