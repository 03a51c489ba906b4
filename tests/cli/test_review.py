"""`ccaudit review`: list, decide, export-baseline, and one-line errors."""

import json
import sqlite3
import sys

import pytest
from click.testing import CliRunner
from planted import PHONE

from ccaudit.cli.review import review


def run(db, *args):
    return CliRunner().invoke(review, ["--db", str(db), *map(str, args)], catch_exceptions=False)


def item_ids(output):
    return {line.split()[0]: line for line in output.splitlines() if line[:1] in "FR"}


def test_list_shows_latest_run_items_with_short_ids(sample_db):
    result = run(sample_db, "list")
    assert result.exit_code == 0, result.output
    ids = item_ids(result.stdout)
    assert any("CREDIT_CARD" in line and "453201******0366" in line for line in ids.values())
    assert all("CALL-1" not in line for line in ids.values())
    assert "run 2" in result.stderr


def test_decide_then_filter_by_status(sample_db):
    ids = item_ids(run(sample_db, "list", "--run", 1).stdout)
    card = next(i for i, line in ids.items() if "CREDIT_CARD" in line)
    result = run(sample_db, "decide", card, "--decision", "false_positive", "--reviewer", "Nok")
    assert result.exit_code == 0, result.output
    unreviewed = item_ids(run(sample_db, "list", "--run", 1, "--status", "unreviewed").stdout)
    assert card not in unreviewed and len(unreviewed) == len(ids) - 1
    decided = item_ids(run(sample_db, "list", "--run", 1, "--status", "false_positive").stdout)
    assert list(decided) == [card]


def test_export_baseline_holds_decisions_and_versions(sample_db, tmp_path):
    ids = item_ids(run(sample_db, "list", "--agent", "A-1001").stdout)
    rule_item = next(i for i in ids if i.startswith("R"))
    run(sample_db, "decide", rule_item, "--decision", "accepted_risk", "--reviewer", "Nok",
        "--note", f"called back on {PHONE}")  # fmt: skip
    out = tmp_path / "baseline.json"
    result = run(sample_db, "export-baseline", "--out", out)
    assert result.exit_code == 0, result.output
    document = json.loads(out.read_text(encoding="utf-8"))
    assert document["rule_packs"] == [{"pack": "th-banking", "version": "1.2.0"}]
    [entry] = document["entries"]
    assert entry["kind"] == "rule" and entry["decision"] == "accepted_risk"
    assert PHONE not in out.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    "args, message",
    [
        (("list", "--run", 99), "no run 99"),
        (("list", "--agent", "NOBODY"), "no agent 'NOBODY'"),
        (("decide", "F999", "--decision", "confirmed", "--reviewer", "x"), "no item F999"),
    ],
)
def test_unknown_run_agent_or_item_is_a_one_line_error(sample_db, args, message):
    result = run(sample_db, *args)
    assert result.exit_code == 2
    assert message in result.output and len(result.output.strip().splitlines()) == 1


def test_missing_and_corrupt_database(tmp_path):
    assert run(tmp_path / "absent.db", "list").exit_code == 2
    corrupt = tmp_path / "corrupt.db"
    corrupt.write_bytes(b"\x00garbage" * 500)
    result = run(corrupt, "list")
    assert result.exit_code == 2 and "not a ccaudit audit database" in result.output


def test_export_to_unwritable_directory(sample_db, tmp_path):
    result = run(sample_db, "export-baseline", "--out", tmp_path / "missing-dir" / "b.json")
    assert result.exit_code == 2 and "cannot write here" in result.output


def test_database_error_mid_command_is_one_line(sample_db, monkeypatch):
    def locked(*args):
        raise sqlite3.OperationalError("database is locked")

    # ccaudit.cli.review names the command group too; patch the module itself.
    monkeypatch.setattr(sys.modules["ccaudit.cli.review"], "record_decision", locked)
    result = run(sample_db, "decide", "F1", "--decision", "confirmed", "--reviewer", "Nok")
    assert result.exit_code == 2
    assert result.output.strip() == "ccaudit: error: audit database error (database is locked)"


@pytest.mark.parametrize("subcommand", ["list", "decide", "export-baseline", "runs"])
def test_subcommand_help_needs_no_database(tmp_path, subcommand):
    result = run(tmp_path / "missing.db", subcommand, "--help")
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith(f"Usage: review {subcommand} ")
    assert not (tmp_path / "missing.db").exists()


def test_list_names_its_columns_on_stderr_and_keeps_stdout_one_item_per_line(sample_db):
    result = run(sample_db, "list")
    assert result.stderr.splitlines()[0].split()[:3] == ["ID", "SEVERITY", "STATUS"]
    assert all(line[:1] in "FR" for line in result.stdout.splitlines())
