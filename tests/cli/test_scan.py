"""End-to-end `ccaudit scan`: outputs, exit codes, bad input, and no raw value in any artifact."""

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from planted import (
    CARD,
    CUT_LINE_ERROR,
    CUT_LINE_TEXT,
    NDJSON_WITH_A_CUT_LINE,
    PHONE,
    THAI_ID,
    TRANSCRIPT,
)

from ccaudit.cli import main

FIXTURES = Path(__file__).parents[2] / "fixtures"


@pytest.fixture
def batch(tmp_path):
    calls = tmp_path / "calls"
    calls.mkdir()
    (calls / "call-1.txt").write_text(TRANSCRIPT, encoding="utf-8")
    (calls / "quiet.txt").write_text("Agent: hello\nCustomer: thanks, bye\n", encoding="utf-8")
    (calls / "broken.bin").write_bytes(b"\x00\x01\x02PK\x03\x04" * 50)
    return calls


def run(*args):
    return CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)


def test_findings_exit_1_and_jsonl_contract(batch):
    (batch / "broken.bin").unlink()
    result = run("scan", batch, "--format", "jsonl", "--quiet")
    assert result.exit_code == 1
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    types = {r["entity_type"] for r in rows}
    assert {"CREDIT_CARD", "TH_TNIN", "PHONE_NUMBER"} <= types
    text = (batch / "call-1.txt").read_text(encoding="utf-8")
    card = next(r for r in rows if r["entity_type"] == "CREDIT_CARD")
    assert text[card["start"] : card["end"]] == CARD
    assert card["masked"] == "453201******0366" and card["validated"] is True


def test_nothing_found_exits_0(batch):
    result = run("scan", batch / "quiet.txt", "--quiet")
    assert result.exit_code == 0, result.output


def test_fail_on_threshold_above_everything_found_exits_0(batch):
    (batch / "broken.bin").unlink()
    result = run("scan", batch, "--entities", "PHONE_NUMBER", "--fail-on", "high", "--quiet")
    assert result.exit_code == 0, result.output


def test_unreadable_file_is_one_line_and_the_batch_goes_on(batch):
    result = run("scan", batch, "--format", "jsonl")
    assert result.exit_code == 2
    errors = [line for line in result.stderr.splitlines() if "broken.bin" in line]
    assert len(errors) == 1 and "binary" in errors[0]
    assert "Traceback" not in result.output
    assert any(
        json.loads(line)["entity_type"] == "CREDIT_CARD" for line in result.stdout.splitlines()
    )


def test_a_bad_ndjson_line_is_one_error_and_the_lines_after_it_are_scanned(tmp_path):
    export = tmp_path / "export.ndjson"
    export.write_text(NDJSON_WITH_A_CUT_LINE, encoding="utf-8")
    result = run("scan", export, "--format", "jsonl")
    assert result.exit_code == 2
    errors = [line for line in result.stderr.splitlines() if line.startswith("ccaudit: error:")]
    assert errors == [f"ccaudit: error: {export}: {CUT_LINE_ERROR}"]
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(r["entity_type"], r["conversation_id"], r["locator"]["line"]) for r in rows] == [
        ("TH_TNIN", "303", 3)
    ]
    assert "2 conversations" in result.stderr and "1 input error" in result.stderr
    for text in CUT_LINE_TEXT:
        assert text not in result.output


def test_per_file_format_names_a_file_of_documents_and_the_formats_inside():
    tickets = FIXTURES / "tickets"
    names = ("zendesk_export.ndjson", "freshdesk_export.json", "zendesk_ticket.json")
    result = run("scan", *(tickets / name for name in names), "--format", "json", "-q")
    per_file = json.loads(result.stdout)["summary"]["per_file"]
    assert {Path(tally["path"]).name: tally["format"] for tally in per_file} == {
        "zendesk_export.ndjson": "ndjson (zendesk, freshdesk)",
        "freshdesk_export.json": "json-array (freshdesk)",
        "zendesk_ticket.json": "zendesk",
    }


def test_missing_path_and_unknown_entity_are_usage_errors(batch):
    assert run("scan", batch / "nope.txt").exit_code == 2
    result = run("scan", batch, "--entities", "SHOE_SIZE")
    assert result.exit_code == 2 and "SHOE_SIZE" in result.output


@pytest.mark.parametrize("fmt", ["table", "json", "jsonl", "sarif", "csv"])
def test_no_raw_value_in_any_output_format(batch, tmp_path, fmt):
    out = tmp_path / f"report.{fmt}"
    result = run("scan", batch, "--format", fmt, "--output", out, "--hash-key", "k")
    assert result.exit_code == 2  # broken.bin
    artifact = out.read_text(encoding="utf-8") + result.output
    for raw in (CARD, THAI_ID, PHONE, "4532 0151", "081-234"):
        assert raw not in artifact


def test_hash_key_adds_stable_fingerprints(batch):
    (batch / "broken.bin").unlink()
    first = run("scan", batch, "--format", "jsonl", "--hash-key", "secret", "-q").stdout
    again = run("scan", batch, "--format", "jsonl", "--hash-key", "secret", "-q").stdout
    fingerprints = [json.loads(line).get("fingerprint") for line in first.splitlines()]
    assert all(fingerprints)
    assert fingerprints == [json.loads(line).get("fingerprint") for line in again.splitlines()]


def test_agent_map_inside_the_scanned_folder_is_not_an_input(batch):
    (batch / "broken.bin").unlink()
    (batch / "agents.csv").write_text("call_id,agent_id\ncall-1,A-7\n", encoding="utf-8")
    result = run("scan", batch, "--agents", batch / "agents.csv", "--format", "json", "-q")
    document = json.loads(result.stdout)
    assert document["summary"]["files"] == 2


def test_a_baseline_that_cannot_be_written_is_refused_before_the_scan(batch, tmp_path):
    target = tmp_path / "no-such-folder" / "baseline.json"
    result = run("scan", batch, "--hash-key", "k", "--write-baseline", target)
    assert result.exit_code == 2
    assert result.stderr.startswith(f"ccaudit: error: {target}: --write-baseline cannot be")
    assert len(result.stderr.splitlines()) == 1
    assert result.stdout == ""
