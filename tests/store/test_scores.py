"""Scorecards from stored rule results: weights per section, auto-fail, false positives."""

import pytest
from audit_samples import call, record_run

from ccaudit.store.review import record_decision
from ccaudit.store.scores import call_scores
from ccaudit.store.selection import CallSelection


def scores(connection, run_id):
    return {s.call_id: s for s in call_scores(connection, CallSelection((run_id,)))}


def test_weighted_by_section(sample_db):
    _, connection = sample_db
    # CALL-4 missed the greeting (weight 1) and passed the compliance rules (3 + 2).
    score = scores(connection, 2)["CALL-4"]
    assert score.score == pytest.approx(5 / 6)
    assert score.section_score("greeting") == 0.0
    assert score.section_score("compliance") == 1.0
    assert score.auto_failed_by == []


def test_an_auto_fail_rule_zeroes_the_call_and_says_which(sample_db):
    _, connection = sample_db
    score = scores(connection, 2)["CALL-3"]
    assert score.score == 0.0
    assert score.auto_failed_by == [("th-banking:no-otp-request", "Title of no-otp-request")]
    assert score.section_score("greeting") == 1.0  # the sections still show what went right


def test_a_rule_reviewed_as_false_positive_counts_as_passed(sample_db):
    _, connection = sample_db
    rule_id = connection.execute(
        "SELECT r.id FROM rule_results r JOIN calls c ON c.id = r.call_row "
        "WHERE c.call_id = 'CALL-3' AND r.rule_id = 'no-otp-request'"
    ).fetchone()[0]
    record_decision(connection, f"R{rule_id}", "false_positive", "Nok", "asked for a reference")
    score = scores(connection, 2)["CALL-3"]
    assert score.auto_failed_by == []
    assert score.score == pytest.approx(4 / 6)  # the recording notice still failed


def test_a_call_no_rule_applied_to_has_no_score(sample_db):
    _, connection = sample_db
    quiet = call("CALL-9", "A-1001", False, "pass")
    quiet.rule_results.clear()
    run = record_run(connection, [quiet], "quiet.jsonl")
    assert scores(connection, run)["CALL-9"].score is None


def test_each_call_gets_its_own_rules_around_a_call_without_any(sample_db):
    _, connection = sample_db
    quiet = call("CALL-8", "A-1001", False, "pass")
    quiet.rule_results.clear()
    calls = [call("CALL-7", "A-1001", True, "pass"), quiet, call("CALL-9", "A-2002", False, "fail")]
    run = record_run(connection, calls, "three.jsonl")
    by_call = scores(connection, run)
    assert list(by_call) == ["CALL-7", "CALL-8", "CALL-9"]
    assert by_call["CALL-7"].score == 0.0  # its auto-fail violation
    assert by_call["CALL-8"].score is None
    assert by_call["CALL-9"].score == pytest.approx(5 / 6)
