"""Pack variables from --var and ccaudit.yaml, `rules list`, scorecard fields, skipped rules."""

import json

import pytest
from adherence_builders import call
from click.testing import CliRunner

from ccaudit.adherence import Checker, default_pack_paths, load_packs
from ccaudit.adherence.variables import parse_var_options, project_variables
from ccaudit.cli import main
from ccaudit.errors import CcauditError

GREETING = "Call ID: v1\nAgent: Hello, Contoso Bank, this is Dana.\nCustomer: Hi.\n"


def run(*args):
    return CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)


def greeting_status(output: str) -> str:
    rows = [json.loads(line) for line in output.splitlines() if line.strip()]
    return next(r["status"] for r in rows if r["rule_id"] == "greeting")


def test_var_option_sets_what_the_greeting_must_name(tmp_path):
    path = tmp_path / "call.txt"
    path.write_text(GREETING, encoding="utf-8")
    generic = run("check", path, "--format", "jsonl", "-q")
    assert greeting_status(generic.stdout) == "pass"
    other = run("check", path, "--format", "jsonl", "-q", "--var", "org=Northwind")
    assert greeting_status(other.stdout) == "fail"
    both = run(
        "check",
        path,
        "--format",
        "jsonl",
        "-q",
        "--var",
        "org=Northwind",
        "--var",
        "org=Contoso Bank",
    )
    assert greeting_status(both.stdout) == "pass"


def test_project_config_file_sets_variables(tmp_path, monkeypatch):
    path = tmp_path / "call.txt"
    path.write_text(GREETING, encoding="utf-8")
    (tmp_path / "ccaudit.yaml").write_text("vars:\n  org: [Northwind]\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert project_variables() == {"org": ("Northwind",)}
    result = run("check", path, "--format", "jsonl", "-q")
    assert greeting_status(result.stdout) == "fail"
    overridden = run("check", path, "--format", "jsonl", "-q", "--var", "org=Contoso")
    assert greeting_status(overridden.stdout) == "pass"


def test_bad_and_unknown_variables_are_one_line_errors(tmp_path):
    with pytest.raises(CcauditError, match="expected NAME=VALUE"):
        parse_var_options(["org"])
    path = tmp_path / "call.txt"
    path.write_text(GREETING, encoding="utf-8")
    result = run("check", path, "--var", "orgg=Acme")
    assert result.exit_code == 2
    assert "unknown pack variable 'orgg'" in result.stderr and "Traceback" not in result.output


def test_rules_list_shows_concepts_and_variables(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = run("rules", "list", "en-support")
    assert "variable org = (not set)" in result.stdout
    assert "concepts: greet, name_organisation; variables: org" in result.stdout
    assert "concepts: ask_secret" in result.stdout


def test_results_carry_section_weight_and_auto_fail():
    results = Checker(load_packs(default_pack_paths()), match_language=True).check(
        call(("agent", "Hello."), ("customer", "Hi.")), []
    )
    by_rule = {r.rule_id: r for r in results}
    assert (by_rule["greeting"].section, by_rule["greeting"].weight) == ("greeting", 3.0)
    assert by_rule["no-secret-request"].auto_fail and by_rule["no-secret-request"].weight == 8.0
    assert not by_rule["closing"].auto_fail
    row = by_rule["greeting"].as_dict()
    assert {"section", "weight", "auto_fail", "also_rules"} <= set(row)


def test_every_bundled_rule_names_a_section():
    for pack in load_packs(default_pack_paths()):
        for rule in pack.rules:
            assert rule.section != "general", f"{pack.name}::{rule.id}"


@pytest.mark.parametrize("ending", ["Customer: hello? [call drops]", "[call disconnected]"])
def test_closing_rules_do_not_apply_when_the_call_drops(ending):
    role, _, text = ending.partition(": ")
    turns = [
        ("agent", "Let me check that for you."),
        ("customer" if text else "unknown", text or role),
    ]
    results = Checker(load_packs(default_pack_paths()), match_language=True).check(call(*turns), [])
    by_rule = {r.rule_id: r for r in results}
    assert by_rule["closing"].status == "not_applicable"
    assert by_rule["offer-further-help"].reason.startswith("not applicable: someone said")
