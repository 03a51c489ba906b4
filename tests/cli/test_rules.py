"""`ccaudit rules test|validate|list|schema`."""

import json
from pathlib import Path

from click.testing import CliRunner

from ccaudit.cli import main

RULES_DIR = Path(__file__).parents[2] / "rules"

BROKEN_KIND = """\
pack: broken
version: 1
language: en
rules:
  - id: greet
    title: {th: ทักทาย, en: Greet}
    severity: low
    required_phrse:
      phrases: [hello]
"""

WRONG_EXAMPLE = """\
pack: wrong
version: 1
language: en
rules:
  - id: greet
    title: {th: ทักทาย, en: Greet}
    severity: low
    required_phrase:
      phrases: [hello]
    examples:
      pass:
        - "Agent: goodbye"
      fail:
        - "Agent: nothing here"
"""


def run(*args):
    return CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)


def test_rules_test_passes_on_bundled_packs():
    result = run("rules", "test")
    assert result.exit_code == 0, result.output
    assert "OK   th-banking::greeting" in result.output
    assert "OK   pci-dss::no-pan-read-back" in result.output
    assert "FAIL" not in result.output


def test_rules_test_exits_1_when_a_rule_misses_its_own_example(tmp_path):
    pack = tmp_path / "wrong.yaml"
    pack.write_text(WRONG_EXAMPLE, encoding="utf-8")
    result = run("rules", "test", pack)
    assert result.exit_code == 1
    assert "FAIL wrong::greet" in result.output
    assert "pass0 (line 12): expected pass, got fail" in result.output


def test_validate_reports_file_and_line_and_exits_2(tmp_path):
    pack = tmp_path / "broken.yaml"
    pack.write_text(BROKEN_KIND, encoding="utf-8")
    result = run("rules", "validate", pack, "th-banking")
    assert result.exit_code == 2
    assert f"{pack}:8: rule 'greet': unknown rule kind or field 'required_phrse'" in result.stderr
    assert "th-banking.yaml: OK (th-banking 2.0.0, 8 rules)" in result.stdout


TWO_SCHEMA_ERRORS = """\
pack: broken
version: 1
language: en
rules:
  - id: greet
    title: {th: ทักทาย, en: Greet}
    severity: loud
    required_phrase:
      phrases: [hello]
  - id: close
    title: {th: ปิด, en: Close}
    severity: low
    required_phrase:
      phrases: []
"""


def test_validate_lists_every_schema_error_in_file_order(tmp_path):
    pack = tmp_path / "broken.yaml"
    pack.write_text(TWO_SCHEMA_ERRORS, encoding="utf-8")
    result = run("rules", "validate", pack)
    assert result.exit_code == 2
    assert result.stderr.splitlines() == [
        f"{pack}:7: rules/0/severity: 'loud' is not one of "
        "['info', 'low', 'medium', 'high', 'critical']",
        f"{pack}:14: rules/1/required_phrase/phrases: [] should be non-empty",
    ]


def test_validate_yaml_error(tmp_path):
    pack = tmp_path / "bad.yaml"
    pack.write_text("pack: x\nrules: [\n", encoding="utf-8")
    result = run("rules", "validate", pack)
    assert result.exit_code == 2
    assert result.stderr.startswith(f"{pack}:3: YAML error")
    assert len(result.stderr.strip().splitlines()) == 1


def test_list_shows_rules_in_the_chosen_language():
    english = run("rules", "list", "th-banking")
    thai = run("rules", "list", "th-banking", "--lang", "th")
    assert "no-secret-request" in english.output and "critical" in english.output
    assert "Never ask for OTP, PIN, CVV or password" in english.output
    assert "ห้ามขอรหัส OTP PIN CVV หรือรหัสผ่าน" in thai.output


def test_unknown_pack_name_is_a_usage_error():
    result = run("rules", "list", "no-such-pack")
    assert result.exit_code == 2
    assert "no-such-pack: no such rule pack" in result.output


def test_schema_is_json_and_names_the_kinds():
    schema = json.loads(run("rules", "schema").output)
    kinds = {k for k in schema["$defs"]["rule"]["properties"] if "_" in k}
    assert {"required_phrase", "forbidden_phrase", "pii_handling", "custom_pattern"} <= kinds


def test_docs_show_fail_examples_before_pass_examples():
    output = run("rules", "docs", "en-support").output
    section = output.split("### `closing`")[1]
    assert section.index("Fails:") < section.index("Passes:")
    assert "Severity **low**, kind `required_phrase`, chat, voice." in section
    assert "Agent: thanks for calling bye" in section


def test_docs_mask_the_values_in_examples_as_every_output_does():
    output = run("rules", "docs").output
    packs = "".join(p.read_text(encoding="utf-8") for p in RULES_DIR.glob("*.yaml"))
    for planted in ("4532015112830366", "4532 0151 1283 0366", "1101700123456", "482913"):
        assert planted in packs
        assert planted not in output
    assert "Note: บล็อกบัตร **************** ตามที่ลูกค้าแจ้ง" in output
