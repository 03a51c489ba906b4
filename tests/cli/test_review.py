"""`ccaudit review`: list, decide, export-baseline, and one-line errors."""

import json
import sqlite3
import sys

import audit_samples
import pytest
from click.testing import CliRunner
from planted import CARD, PHONE

from ccaudit.cli.review import review
from ccaudit.store import open_database


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
    monkeypatch.setattr(sys.modules["ccaudit.cli.review"], "decide_many", locked)
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


def review_cli(*args, env=None):
    return CliRunner().invoke(review, [str(a) for a in args], env=env, catch_exceptions=False)


@pytest.mark.parametrize("subcommand", [["list"], ["runs"], ["show", "F1"]])
def test_db_goes_before_or_after_the_subcommand(sample_db, subcommand):
    before = review_cli("--db", sample_db, *subcommand)
    after = review_cli(*subcommand, "--db", sample_db)
    assert before.exit_code == after.exit_code == 0, after.output
    assert before.stdout == after.stdout


def test_without_db_anywhere_is_a_usage_error(tmp_path):
    result = review_cli("list")
    assert result.exit_code == 2 and "Missing option '--db'" in result.output


def test_show_prints_the_masked_turns_around_the_item(sample_db):
    card = next(
        i for i, line in item_ids(run(sample_db, "list").stdout).items() if "CREDIT" in line
    )
    result = review_cli("show", card, "--db", sample_db)
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0].startswith(card) and "turn 2 · 00:07" in lines[0]
    assert "call CALL-3 · agent A-1001 · 2026-11-10 · incident" in lines[1]
    marked = [line for line in lines if line.startswith(">")]
    assert len(marked) == 1 and "turn 2" in marked[0] and "453201******0366" in marked[0]
    assert any(line.startswith("  turn 1 ") and "agent" in line for line in lines)
    assert CARD not in result.stdout


@pytest.mark.parametrize(
    "args, wanted",
    [
        (("--call", "CALL-4"), {"CALL-4"}),
        (("--from", "2026-11-11"), {"CALL-4"}),
        (("--from", "2026-11-01", "--to", "2026-11-02"), {"CALL-1"}),
        (("--severity", "critical"), {"CALL-3"}),
        (("--entity", "th_tnin"), {"CALL-3"}),
        (("--rule", "greeting"), {"CALL-4"}),
        (("--rule", "th-banking:recording-notice"), {"CALL-3"}),
        (("--worst", 1), {"CALL-3"}),
    ],
)
def test_list_filters(sample_db, args, wanted):
    result = review_cli("list", "--db", sample_db, *args)
    assert result.exit_code == 0, result.output
    lines = item_ids(result.stdout).values()
    assert lines and {line.split()[3] for line in lines} == wanted


def test_worst_lists_whole_calls_worst_first(sample_db):
    lines = review_cli("list", "--db", sample_db, "--worst", 2).stdout.splitlines()
    calls = [line.split()[3] for line in lines]
    assert calls == sorted(calls, key=["CALL-3", "CALL-4"].index)
    assert len(lines) == len(item_ids(review_cli("list", "--db", sample_db).stdout))


def test_decide_a_whole_call_with_the_reviewer_from_the_environment(sample_db):
    result = review_cli(
        "decide", "--call", "CALL-3", "--decision", "confirmed", "--db", sample_db,
        env={"CCAUDIT_REVIEWER": "Nok"},
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    decided = result.stdout.splitlines()
    assert len(decided) == 5 and all(line.endswith("confirmed by Nok") for line in decided)
    left = item_ids(review_cli("list", "--db", sample_db, "--call", "CALL-3",
                               "--status", "unreviewed").stdout)  # fmt: skip
    assert left == {}


def test_decide_by_rule_takes_the_reviewer_from_the_config_file(sample_db, tmp_path):
    config = tmp_path / "config.toml"
    config.write_text('[review]\nreviewer = "Ploy"\n', encoding="utf-8")
    env = {"CCAUDIT_CONFIG": str(config), "CCAUDIT_REVIEWER": ""}
    result = review_cli("decide", "--rule", "greeting", "--decision", "false_positive",
                        "--run", 1, "--db", sample_db, env=env)  # fmt: skip
    assert result.exit_code == 0, result.output
    assert result.stdout.strip().endswith("false_positive by Ploy")


def test_decide_without_a_reviewer_says_how_to_give_one(sample_db, tmp_path):
    env = {"CCAUDIT_CONFIG": str(tmp_path / "none.toml"), "CCAUDIT_REVIEWER": ""}
    result = review_cli("decide", "F1", "--decision", "confirmed", "--db", sample_db, env=env)
    assert result.exit_code == 2 and "set CCAUDIT_REVIEWER" in result.output


def test_decide_from_a_file(sample_db, tmp_path):
    ids = item_ids(run(sample_db, "list").stdout)
    chosen = sorted(ids)[:2]
    decisions = tmp_path / "decisions.csv"
    decisions.write_text("".join(f"{i},accepted_risk,known\n" for i in chosen), encoding="utf-8")
    result = review_cli("decide", "--file", decisions, "--reviewer", "Nok", "--db", sample_db)
    assert result.exit_code == 0, result.output
    assert [line.split(":")[0] for line in result.stdout.splitlines()] == chosen


def test_decide_reports_every_item_a_decision_covers(sample_db):
    # CALL-1 is in run 1 only; CALL-3's findings hold the same values as CALL-1's, but in
    # another call, so they are other items. The same call audited again is the same item.
    first = item_ids(run(sample_db, "list", "--run", 1).stdout)
    card = next(i for i, line in first.items() if "CREDIT_CARD" in line)
    audit_samples.record_run(
        open_database(sample_db), [audit_samples.call("CALL-1", "A-1001", True, "fail")],
        "again.jsonl",
    )  # fmt: skip
    result = review_cli("decide", card, "--decision", "confirmed", "--reviewer", "Nok",
                        "--db", sample_db)  # fmt: skip
    line = result.stdout.strip()
    assert line.startswith(f"{card}: confirmed by Nok (also covers F") and line.endswith(")")


def test_calibration_report(sample_db):
    ids = sorted(item_ids(run(sample_db, "list").stdout))[:3]
    plan = [("confirmed", "confirmed"), ("confirmed", "false_positive"),
            ("false_positive", "false_positive")]  # fmt: skip
    for item, (nok, ploy) in zip(ids, plan, strict=True):
        review_cli("decide", item, "--decision", nok, "--reviewer", "Nok", "--db", sample_db)
        review_cli("decide", item, "--decision", ploy, "--reviewer", "Ploy", "--db", sample_db)
    result = review_cli("calibration", "Nok", "Ploy", "--db", sample_db)
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("3 items decided by both: agreement 66.7%, Cohen's kappa 0.40")
    assert "Nok confirmed, Ploy false_positive" in result.stdout


def test_calibration_when_both_always_agree(sample_db):
    item = sorted(item_ids(run(sample_db, "list").stdout))[0]
    for reviewer in ("Nok", "Ploy"):
        review_cli(
            "decide", item, "--decision", "confirmed", "--reviewer", reviewer, "--db", sample_db
        )
    first = review_cli("calibration", "Nok", "Ploy", "--db", sample_db).stdout.splitlines()[0]
    assert first == (
        "1 items decided by both: agreement 100.0%, "
        "Cohen's kappa undefined (each gave one decision throughout)"
    )
