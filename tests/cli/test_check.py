"""End-to-end `ccaudit check`: formats, exit codes, pack selection, and no raw value anywhere."""

import json
import re
import xml.etree.ElementTree as ET

import pytest
from click.testing import CliRunner
from planted import CUT_LINE_ERROR, CUT_LINE_TEXT, NDJSON_WITH_A_CUT_LINE

from ccaudit.cli import main
from ccaudit.masking import mask_card_number

CARD = "4532015112830366"
OTP = "482913"

THAI_CALL = (
    "Call ID: TH-1\n"
    "Agent ID: A-7\n"
    "[00:00:01] เจ้าหน้าที่: สวัสดีค่ะ ธนาคารสยามไทย ดิฉันชื่อมาลีค่ะ การสนทนานี้มีการบันทึกเสียงค่ะ\n"
    "[00:00:08] ลูกค้า: จะเช็คยอดค้างชำระค่ะ\n"
    f"[00:00:12] เจ้าหน้าที่: ยอดค้างชำระ 3,200 บาทค่ะ บัตร {CARD} ถูกต้องไหมคะ\n"
    "[00:00:20] ลูกค้า: ถูกต้องค่ะ\n"
    "[00:00:25] เจ้าหน้าที่: ขอบคุณที่ใช้บริการค่ะ\n"
)
ENGLISH_CALL = (
    "Call ID: EN-1\n"
    "Agent: Thank you for calling Northwind, my name is Dana. This call is recorded.\n"
    f"Customer: Hi. The code you sent is {OTP}.\n"
    "Agent: Please don't share that code. Is there anything else?\n"
    "Customer: No.\n"
    "Agent: Thanks for calling, bye.\n"
)
NO_ROLES = "Hello, welcome to the bank.\nWhat is your OTP?\n"


@pytest.fixture
def calls(tmp_path):
    folder = tmp_path / "calls"
    folder.mkdir()
    (folder / "th.txt").write_text(THAI_CALL, encoding="utf-8")
    (folder / "en.txt").write_text(ENGLISH_CALL, encoding="utf-8")
    return folder


def run(*args, env=None):
    return CliRunner().invoke(main, [str(a) for a in args], env=env, catch_exceptions=False)


def rows(output):
    return [json.loads(line) for line in output.splitlines() if line.strip()]


def test_jsonl_contract_and_default_packs_by_language(calls):
    result = run("check", calls, "--format", "jsonl", "--quiet")
    assert result.exit_code == 1
    lines = rows(result.stdout)
    for row in lines:
        assert {"path", "call_id", "agent_id", "rule_id", "status", "severity", "turn"} <= set(row)
        assert {"start_ms", "evidence"} <= set(row)
    packs = {(r["call_id"], r["pack"]) for r in lines}
    assert packs == {
        ("TH-1", "th-banking"),
        ("TH-1", "pci-dss"),
        ("EN-1", "en-support"),
        ("EN-1", "pci-dss"),
    }
    by_rule = {(r["call_id"], r["pack"], r["rule_id"]): r for r in lines}
    # One read-back, one incident: the pci-dss rule names the bank pack's rule it also fails.
    assert ("TH-1", "th-banking", "no-card-read-back") not in by_rule
    read_back = by_rule[("TH-1", "pci-dss", "no-pan-read-back")]
    assert read_back["also_rules"] == ["th-banking:no-card-read-back"]
    assert read_back["status"] == "violation" and read_back["turn"] == 3  # counted from 1
    assert read_back["start_ms"] == 12_000 and read_back["agent_id"] == "A-7"
    assert by_rule[("TH-1", "th-banking", "verify-before-account-details")]["status"] == "fail"
    assert by_rule[("EN-1", "pci-dss", "stop-spoken-secret")]["status"] == "pass"
    assert by_rule[("EN-1", "en-support", "greeting")]["status"] == "pass"


@pytest.mark.parametrize("fmt", ["table", "json", "jsonl", "sarif", "junit"])
def test_no_raw_value_in_any_format(calls, tmp_path, fmt):
    out = tmp_path / f"report.{fmt}"
    result = run("check", calls, "--format", fmt, "--output", out, "--quiet")
    assert result.exit_code == 1
    text = out.read_text(encoding="utf-8")
    assert text and CARD not in text and OTP not in text
    # The card shows only as its finding's mask (first 6 and last 4), as in every output;
    # hex fingerprints may hold the same four characters by chance, so a match must not be
    # part of a longer hex string.
    unmasked = text.replace(mask_card_number(CARD), "")
    assert not re.search(rf"(?<![0-9a-f]){CARD[-4:]}(?![0-9a-f])", unmasked)
    assert CARD not in result.output and OTP not in result.output


def test_table_in_thai_shows_thai_reasons_and_jsonl_keeps_english(calls):
    thai_call = calls / "th.txt"
    thai = run("check", thai_call, "--lang", "th", "--rules", "th-banking")
    english = run("check", thai_call, "--lang", "en", "--rules", "th-banking")
    assert "เจ้าหน้าที่ไม่ได้พูด 'มีอะไรให้" in thai.stdout and "never said" not in thai.stdout
    assert "the agent never said 'มีอะไรให้" in english.stdout
    result = run("check", thai_call, "--lang", "th", "--rules", "th-banking", "--format", "jsonl")
    offer = next(r for r in rows(result.stdout) if r["rule_id"] == "offer-further-help")
    assert offer["reason"].startswith("the agent never said 'มีอะไรให้")
    assert offer["reason_th"].startswith("เจ้าหน้าที่ไม่ได้พูด 'มีอะไรให้")


def test_junit_has_a_case_per_call_and_pack(calls):
    result = run("check", calls, "--format", "junit", "--rules", "th-banking", "--quiet")
    root = ET.fromstring(result.stdout)
    suite = root.find("testsuite")
    assert suite.get("name") == "th-banking" and suite.get("tests") == "2"
    cases = {c.get("name"): c for c in suite.iter("testcase")}
    assert cases["TH-1"].find("failure") is not None
    assert "no-card-read-back violation" in cases["TH-1"].find("failure").get("message")


def test_explicit_rules_apply_to_every_call(calls):
    result = run("check", calls, "--rules", "pci-dss", "--format", "jsonl", "--quiet")
    assert {r["pack"] for r in rows(result.stdout)} == {"pci-dss"}
    assert {r["call_id"] for r in rows(result.stdout)} == {"TH-1", "EN-1"}


def test_fail_on_above_everything_flagged_exits_0(calls):
    (calls / "th.txt").unlink()
    result = run("check", calls, "--rules", "en-support", "--fail-on", "critical", "--quiet")
    assert result.exit_code == 0, result.output


def test_transcript_without_roles_is_reported_not_guessed(tmp_path):
    path = tmp_path / "noroles.txt"
    path.write_text(NO_ROLES, encoding="utf-8")
    result = run("check", path, "--rules", "en-support", "--format", "jsonl", "--quiet")
    by_rule = {r["rule_id"]: r for r in rows(result.stdout)}
    assert by_rule["greeting"]["status"] == "not_applicable"
    assert by_rule["greeting"]["reason"] == "speaker roles unknown"
    assert by_rule["no-secret-request"]["status"] == "not_applicable"


def test_bad_rule_pack_is_one_line_exit_2(calls, tmp_path):
    pack = tmp_path / "bad.yaml"
    pack.write_text("pack: x\nversion: 1\nlanguage: en\nrules:\n  - id: a\n    kind: nope\n")
    result = run("check", calls, "--rules", pack)
    assert result.exit_code == 2
    assert f"{pack}:6: rule 'a': unknown rule kind or field 'kind'" in result.output
    assert "Traceback" not in result.output


def test_unreadable_input_exits_2_and_the_batch_goes_on(calls):
    (calls / "broken.bin").write_bytes(b"\x00\x01\x02PK\x03\x04" * 50)
    result = run("check", calls, "--format", "jsonl", "--quiet")
    assert result.exit_code == 2
    assert {r["call_id"] for r in rows(result.stdout)} == {"TH-1", "EN-1"}
    assert "broken.bin" in result.stderr


def test_a_bad_ndjson_line_is_one_error_and_the_other_lines_are_checked(tmp_path):
    export = tmp_path / "export.ndjson"
    export.write_text(NDJSON_WITH_A_CUT_LINE, encoding="utf-8")
    result = run("check", export, "--format", "jsonl", "--quiet")
    assert result.exit_code == 2
    assert result.stderr.splitlines() == [f"ccaudit: error: {export}: {CUT_LINE_ERROR}"]
    assert {r["call_id"] for r in rows(result.stdout)} == {"301", "303"}
    for text in CUT_LINE_TEXT:
        assert text not in result.output


def test_check_takes_the_hash_key_like_scan_and_audit(calls):
    result = run("check", calls, "--hash-key", "secret-key", "--format", "jsonl")
    assert result.exit_code == 1 and "secret-key" not in result.output
    keyed = run("check", calls, "--format", "jsonl", env={"CCAUDIT_HASH_KEY": "secret-key"})
    assert keyed.stdout == result.stdout


def test_from_and_to_check_only_the_calls_of_those_days(tmp_path):
    folder = tmp_path / "calls"
    folder.mkdir()
    for name, day in (("early", "2026-10-30"), ("inside", "2026-11-03"), ("late", "2569-11-20")):
        (folder / f"{name}.txt").write_text(
            f"Call ID: {name}\nDate: {day}\n" + ENGLISH_CALL.split("\n", 1)[1], encoding="utf-8"
        )
    (folder / "undated.txt").write_text(ENGLISH_CALL.replace("EN-1", "undated"), encoding="utf-8")
    result = run("check", folder, "--rules", "en-support", "--format", "jsonl",
                 "--from", "2026-11-01", "--to", "2026-11-07")  # fmt: skip
    assert {row["call_id"] for row in rows(result.stdout)} == {"inside"}
    assert "3 calls outside --from/--to left out (1 without a call date)" in result.stderr
    everything = run("check", folder, "--rules", "en-support", "--format", "jsonl", "-q")
    assert {row["call_id"] for row in rows(everything.stdout)} == {
        "early", "inside", "late", "undated"
    }  # fmt: skip


def test_from_and_to_that_leave_every_call_out_fail_in_ci(calls):
    window = ("--from", "2020-01-01", "--to", "2020-01-31", "--rules", "en-support")
    ci = run("check", calls, *window, "-q", env={"CI": "true"})
    assert ci.exit_code == 2
    assert ci.stderr.startswith("ccaudit: error: no call took place between --from and --to (")
    assert run("check", calls, *window, "-q", "--fail-on-empty", env={"CI": ""}).exit_code == 2
    assert run("check", calls, *window, "-q", env={"CI": ""}).exit_code == 0
    accepted = run("check", calls, *window, "-q", "--no-fail-on-empty", env={"CI": "true"})
    assert accepted.exit_code == 0 and accepted.stderr == ""


def test_a_date_that_is_not_a_day_is_one_line(calls):
    result = run("check", calls, "--from", "last week")
    assert result.exit_code == 2
    assert (
        result.stderr
        == "ccaudit: error: --from expects a date such as 2026-11-01, got 'last week'\n"
    )


def test_the_table_names_calls_left_unchecked_for_want_of_roles(tmp_path):
    call = tmp_path / "p.txt"
    call.write_text("P1: hello, welcome to the bank\nP2: hi, my card is lost\n", "utf-8")
    runner = CliRunner()
    unchecked = runner.invoke(main, ["check", str(call), "--no-infer-roles"])
    assert "1 call was not checked: no speaker could be told to be the agent (p)" in " ".join(
        unchecked.stdout.split()
    )
    named = runner.invoke(main, ["check", str(call), "--no-infer-roles", "--agent-speaker", "P1"])
    assert "not checked" not in named.stdout
