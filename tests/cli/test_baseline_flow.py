"""A supervisor's decisions become a baseline that scan, check and audit honour in CI."""

from click.testing import CliRunner

from ccaudit.cli import main

CALL = """Call ID: BL-1
Agent ID: A-77
Agent: Good morning, this is Dana at Northwind Bank, how can I help?
Customer: My card number is 4532 0151 1283 0366 and it was blocked.
Agent: Thanks. Please confirm your date of birth.
Customer: It is the 3rd of May 1990.
Agent: Done, your card is unblocked. Anything else? Thanks for calling, goodbye.
"""


def run(*args):
    return CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)


def test_reviewed_items_stop_failing_ci_but_new_ones_still_do(tmp_path):
    calls = tmp_path / "calls"
    calls.mkdir()
    (calls / "bl-1.txt").write_text(CALL, encoding="utf-8")
    db, baseline = tmp_path / "audit.db", tmp_path / "baseline.json"
    key = ("--hash-key", "ci-secret")

    assert run("scan", calls, *key, "-q").exit_code == 1
    assert run("check", calls, "--rules", "en-support", "--fail-on", "low", "-q").exit_code == 1
    assert run("audit", calls, "--db", db, "--rules", "en-support", *key, "-q").exit_code == 1

    listed = run("review", "--db", db, "list").stdout.splitlines()
    item_ids = [
        line.split()[0] for line in listed if line[:1] in "FR" and line.split()[0][1:].isdigit()
    ]
    assert any(i.startswith("F") for i in item_ids) and any(i.startswith("R") for i in item_ids)
    for item_id in item_ids:
        decided = run(
            "review", "--db", db, "decide", item_id,
            "--decision", "accepted_risk", "--reviewer", "Nok", "--note", "test call",
        )  # fmt: skip
        assert decided.exit_code == 0, decided.output
    assert run("review", "--db", db, "export-baseline", "--out", baseline).exit_code == 0

    assert run("scan", calls, *key, "--baseline", baseline, "-q").exit_code == 0
    checked = run(
        "check", calls, "--rules", "en-support", "--fail-on", "low", "--baseline", baseline, "-q"
    )
    assert checked.exit_code == 0, checked.output
    assert run("audit", calls, "--db", db, "--rules", "en-support", *key, "-q").exit_code == 0

    (calls / "bl-2.txt").write_text(CALL.replace("BL-1", "BL-2"), encoding="utf-8")
    assert run("scan", calls, *key, "--baseline", baseline, "-q").exit_code == 1


def test_a_keyed_baseline_read_without_the_key_is_a_warning(tmp_path):
    calls = tmp_path / "calls"
    calls.mkdir()
    (calls / "bl-1.txt").write_text(CALL, encoding="utf-8")
    baseline = tmp_path / "baseline.json"
    run("scan", calls, "--hash-key", "ci-secret-of-this-test", "--write-baseline", baseline, "-q")
    warning = (
        f"ccaudit: warning: {baseline}: written with a hash key, and this run has none (is "
        "CCAUDIT_HASH_KEY set?)"
    )
    keyless = CliRunner().invoke(
        main, ["scan", str(calls), "--baseline", str(baseline), "-q"], env={"CCAUDIT_HASH_KEY": ""}
    )
    assert keyless.stderr.startswith(warning)
    keyed = run("scan", calls, "--baseline", baseline, "--hash-key", "ci-secret-of-this-test", "-q")
    assert "warning" not in keyed.stderr
    audit = CliRunner().invoke(
        main,
        ["audit", str(calls), "--db", str(tmp_path / "a.db"), "--baseline", str(baseline), "-q"],
        env={"CCAUDIT_HASH_KEY": ""},
    )
    assert audit.stderr.startswith(warning)


def test_a_baseline_read_with_another_key_is_a_warning(tmp_path):
    calls = tmp_path / "calls"
    calls.mkdir()
    (calls / "bl-1.txt").write_text(CALL, encoding="utf-8")
    adopted, exported = tmp_path / "adopted.json", tmp_path / "exported.json"
    old_key, new_key = (
        ("--hash-key", "the-secret-of-last-year"),
        ("--hash-key", "rotated-secret-2026"),
    )
    run("scan", calls, *old_key, "--write-baseline", adopted, "-q")
    db = tmp_path / "audit.db"
    run("audit", calls, "--db", db, *old_key, "-q")
    run("review", "--db", db, "decide", "F1", "--decision", "accepted_risk", "--reviewer", "Nok")
    run("review", "--db", db, "export-baseline", "--out", exported)
    for baseline in (adopted, exported):
        rotated = run("scan", calls, *new_key, "--baseline", baseline, "-q")
        assert rotated.exit_code == 1
        assert rotated.stderr.startswith(
            f"ccaudit: warning: {baseline}: written with another hash key than this run's"
        )
        same = run("scan", calls, *old_key, "--baseline", baseline, "-q")
        assert "warning" not in same.stderr
