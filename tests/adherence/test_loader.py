"""Bad rule files give one `file:line: message`; good ones load and compile."""

import textwrap

import pytest

from ccaudit.adherence import default_pack_paths, load_pack, load_packs
from ccaudit.errors import CcauditError

GOOD = """\
pack: site
version: 2
language: en
rules:
  - id: greet
    title: {th: ทักทาย, en: Greet}
    severity: low
    required_phrase:
      phrases: [hello]
      window: {first_turns: 1}
  - id: ref
    title: {th: เลขอ้างอิง, en: Reference number given}
    severity: info
    custom_pattern:
      pattern: 'ref(erence)?\\s*#?\\d+'
      expect: present
"""


def write(tmp_path, text, name="pack.yaml"):
    path = tmp_path / name
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def error_of(path):
    with pytest.raises(CcauditError) as caught:
        load_pack(path)
    message = caught.value.message
    assert "\n" not in message and "Traceback" not in message
    return message


def test_good_pack_loads(tmp_path):
    pack = load_pack(write(tmp_path, GOOD))
    assert pack.name == "site" and pack.version == "2"
    assert [r.kind for r in pack.rules] == ["required_phrase", "custom_pattern"]


def test_yaml_syntax_error_names_file_and_line(tmp_path):
    path = write(tmp_path, GOOD.replace("    severity: low", "    severity: [low"))
    assert error_of(path).startswith(f"{path}:8: YAML error")


def test_unknown_kind_names_its_line(tmp_path):
    path = write(tmp_path, GOOD.replace("required_phrase:", "requried_phrase:"))
    message = error_of(path)
    assert message.startswith(f"{path}:8: ")
    assert "unknown rule kind or field 'requried_phrase'" in message


def test_missing_field_names_the_rule_line(tmp_path):
    path = write(tmp_path, GOOD.replace("    severity: info\n", ""))
    message = error_of(path)
    assert message.startswith(f"{path}:11: ") and "missing field 'severity'" in message


def test_rule_without_kind(tmp_path):
    text = (
        GOOD.split("  - id: ref")[0] + "  - id: ref\n    title: {th: x, en: y}\n    severity: low\n"
    )
    path = write(tmp_path, text)
    assert error_of(path).startswith(f"{path}:11: rule 'ref' has no kind")


def test_bad_regex_names_the_pattern_line(tmp_path):
    path = write(tmp_path, GOOD.replace("'ref(erence)?\\s*#?\\d+'", "'ref[0-9'"))
    message = error_of(path)
    assert message.startswith(f"{path}:15: bad regex")


def test_regex_re2_cannot_take_is_refused_at_load(tmp_path):
    path = write(tmp_path, GOOD.replace("'ref(erence)?\\s*#?\\d+'", "'(a)\\1'"))
    message = error_of(path)
    assert message.startswith(f"{path}:15: bad regex") and "RE2 cannot compile it" in message


BOMB = """\
a: &a ["x", "x", "x", "x", "x", "x", "x", "x", "x"]
b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]
c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]
d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]
e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]
f: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e]
g: &g [*f, *f, *f, *f, *f, *f, *f, *f, *f]
h: &h [*g, *g, *g, *g, *g, *g, *g, *g, *g]
i: &i [*h, *h, *h, *h, *h, *h, *h, *h, *h]
"""


@pytest.mark.parametrize(
    "text",
    [
        BOMB + GOOD,
        GOOD + "extra:\n  hidden:\n" + textwrap.indent(BOMB, "    "),
    ],
    ids=["bomb", "bomb-under-unknown-key"],
)
def test_yaml_alias_bomb_is_refused_with_one_line(tmp_path, text):
    message = error_of(write(tmp_path, text))
    assert "YAML error" in message and "aliases are expanded" in message


def test_recursive_alias_is_refused_with_one_line(tmp_path):
    message = error_of(write(tmp_path, "x: &a [*a]\n" + GOOD))
    assert message.startswith(f"{tmp_path / 'pack.yaml'}:1: YAML error")
    assert "contains it" in message


def test_unknown_concept_names_its_line(tmp_path):
    path = write(tmp_path, GOOD.replace("phrases: [hello]", "concepts: [greet_customer]"))
    message = error_of(path)
    assert message.startswith(f"{path}:") and "unknown concept 'greet_customer'" in message


def test_pack_concepts_add_to_the_lexicon_and_vars_fill_placeholders(tmp_path):
    text = GOOD.replace(
        "rules:\n",
        """\
vars:
  org: [Northwind]
concepts:
  greet:
    phrases: [yo]
  our_name:
    phrases: ["welcome to {org}"]
rules:
""",
    ).replace("phrases: [hello]", "concepts: [greet, our_name]")
    pack = load_pack(write(tmp_path, text))
    matcher = pack.rules[0].check.condition.source.matcher
    assert matcher.hits("yo", "greet") and matcher.hits("hello", "greet")
    assert matcher.hits("welcome to northwind", "our_name")
    assert pack.rules[0].concepts == ("greet", "our_name")
    assert pack.rules[0].variables == ("org",)
    overridden = load_pack(write(tmp_path, text), {"org": ("Contoso",)})
    again = overridden.rules[0].check.condition.source.matcher
    assert again.hits("welcome to contoso", "our_name")
    assert not again.hits("welcome to northwind", "our_name")


def test_unknown_variable_override_is_refused(tmp_path):
    with pytest.raises(CcauditError, match="unknown pack variable 'orgg'"):
        load_packs([write(tmp_path, GOOD)], {"orgg": ("Acme",)})


def test_wrong_value_type_names_its_line(tmp_path):
    path = write(tmp_path, GOOD.replace("severity: low", "severity: urgent"))
    message = error_of(path)
    assert message.startswith(f"{path}:7: rules/0/severity:")


def test_bad_window_names_its_line(tmp_path):
    path = write(tmp_path, GOOD.replace("first_turns: 1", "first_turns: 0"))
    assert error_of(path).startswith(f"{path}:10: ")


def test_duplicate_rule_id(tmp_path):
    path = write(tmp_path, GOOD.replace("id: ref", "id: greet"))
    assert "duplicate rule id 'greet'" in error_of(path)


def test_not_a_mapping_and_unreadable(tmp_path):
    assert error_of(write(tmp_path, "- a\n- b\n")).endswith(
        "a rule pack is a mapping of pack, version, language, rules"
    )
    assert "cannot read rule pack" in error_of(tmp_path / "missing.yaml")


def test_bundled_packs_load_and_every_rule_has_pass_and_fail_examples():
    packs = load_packs(default_pack_paths())
    assert {p.name for p in packs} == {"th-banking", "en-support", "pci-dss"}
    for pack in packs:
        ids = [r.id for r in pack.rules]
        assert len(ids) == len(set(ids))
        for rule in pack.rules:
            kinds = {e.kind for e in rule.examples}
            assert {"pass", "fail"} <= kinds, f"{pack.name}::{rule.id}"
