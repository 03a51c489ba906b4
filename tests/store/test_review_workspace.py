"""The review workspace in the store: masked context turns, batches, what a decision covers,
and calibration between two reviewers."""

import pytest
from audit_samples import CARD, PLANTED, call, finding, record_run

from ccaudit.errors import CcauditError
from ccaudit.model import Severity
from ccaudit.store.batch_decisions import DecisionRequest, decide_many, read_decision_file
from ccaudit.store.calibration import calibrate
from ccaudit.store.flagged import flagged_items
from ccaudit.store.item_criteria import ItemCriteria
from ccaudit.store.item_view import item_view
from ccaudit.store.review import record_decision
from ccaudit.store.selection import CallSelection


def items(connection, run_id):
    return {(i.call_id, i.what): i for i in flagged_items(connection, CallSelection((run_id,)))}


def test_show_gives_the_masked_turns_around_an_item(sample_db):
    path, connection = sample_db
    card = items(connection, 2)[("CALL-3", "CREDIT_CARD")]
    view = item_view(connection, card.item_id)
    assert [(t.turn, t.role) for t in view.turns] == [(0, "agent"), (1, "customer")]
    assert "453201******0366" in view.turns[1].text  # the finding's own mask
    stored = path.read_bytes()
    assert all(raw.encode() not in stored for raw in PLANTED)


def test_only_calls_with_flagged_items_keep_turns(sample_db):
    _, connection = sample_db
    rows = connection.execute(
        "SELECT DISTINCT c.call_id FROM context_turns t JOIN calls c ON c.id = t.call_row"
    )
    kept = {row[0] for row in rows}
    assert kept == {"CALL-1", "CALL-3", "CALL-4"}  # CALL-2 and CALL-5 passed everything


def test_show_refuses_an_unknown_or_passed_item(sample_db):
    _, connection = sample_db
    passed = connection.execute("SELECT id FROM rule_results WHERE status = 'pass'").fetchone()[0]
    for item_id in ("F999", f"R{passed}", "Q1"):
        with pytest.raises(CcauditError):
            item_view(connection, item_id)


def test_a_decision_covers_the_same_value_said_twice_and_says_so(sample_db):
    _, connection = sample_db
    twice = call("CALL-7", "A-1001", False, "pass")
    twice.findings = [finding("CALL-7", "CREDIT_CARD", CARD, 1, Severity.critical),
                      finding("CALL-7", "CREDIT_CARD", CARD, 1, Severity.critical)]  # fmt: skip
    twice.context = None  # findings changed after the analysis: all incidents, no turns
    run = record_run(connection, [twice], "twice.jsonl")
    first, second = [i.item_id for i in flagged_items(connection, CallSelection((run,)))]
    [outcome] = decide_many(connection, [DecisionRequest(first, "confirmed")], "Nok")
    assert outcome.covered == [first, second]
    statuses = {i.item_id: i.status for i in flagged_items(connection, CallSelection((run,)))}
    assert statuses == {first: "confirmed", second: "confirmed"}


def test_a_batch_with_a_bad_line_stores_nothing(sample_db, tmp_path):
    _, connection = sample_db
    flagged = items(connection, 1)
    card, phone = flagged[("CALL-1", "CREDIT_CARD")], flagged[("CALL-1", "PHONE_NUMBER")]
    decisions = tmp_path / "decisions.csv"
    decisions.write_text(
        f"item,decision,note\n{card.item_id},false_positive,test card\n{phone.item_id},maybe,\n",
        encoding="utf-8",
    )
    with pytest.raises(CcauditError, match=r"decisions.csv:3: unknown decision 'maybe'"):
        decide_many(connection, read_decision_file(decisions), "Nok")
    assert connection.execute("SELECT count(*) FROM decisions").fetchone()[0] == 0


def test_a_decision_file_may_name_its_reviewers_and_masks_notes(sample_db, tmp_path):
    _, connection = sample_db
    card = items(connection, 1)[("CALL-1", "CREDIT_CARD")]
    decisions = tmp_path / "decisions.csv"
    decisions.write_text(
        f"# from the Monday calibration\n{card.item_id},confirmed,card {CARD},Ploy\n"
    )
    [outcome] = decide_many(connection, read_decision_file(decisions), "Nok")
    assert outcome.record.reviewer == "Ploy" and CARD not in outcome.record.note


def test_calibration_kappa(sample_db):
    _, connection = sample_db
    flagged = list(items(connection, 1).values()) + list(items(connection, 2).values())
    # Six items both decided: agreement on four, the rest disagree.
    plan = [("confirmed", "confirmed"), ("confirmed", "confirmed"),
            ("false_positive", "false_positive"), ("accepted_risk", "accepted_risk"),
            ("confirmed", "false_positive"), ("false_positive", "confirmed")]  # fmt: skip
    for item, (nok, ploy) in zip(flagged, plan, strict=False):
        record_decision(connection, item.item_id, nok, "Nok")
        record_decision(connection, item.item_id, ploy, "ploy")
    result = calibrate(connection, "nok", "Ploy")
    assert result.items == 6 and result.agreement == pytest.approx(4 / 6)
    # chance: Nok 3 confirmed/2 fp/1 ar, Ploy the same -> (9 + 4 + 1) / 36
    assert result.kappa == pytest.approx((4 / 6 - 14 / 36) / (1 - 14 / 36))
    assert result.kappa_words == "moderate"
    assert len(result.disagreements) == 2


def test_calibration_needs_two_reviewers_with_decisions(sample_db):
    _, connection = sample_db
    with pytest.raises(CcauditError, match="two different reviewers"):
        calibrate(connection, "Nok", "nok")
    with pytest.raises(CcauditError, match="no decisions by 'Nok'"):
        calibrate(connection, "Nok", "Ploy")


def test_an_item_merged_from_several_packs_is_found_under_any_of_its_rules(sample_db):
    _, connection = sample_db
    merged = call("CALL-9", "A-1001", True, "pass")
    violation = next(r for r in merged.rule_results if r.status == "violation")
    violation.also = ("pci-dss:no-pan-read-back",)
    run = record_run(connection, [merged], "merged.jsonl")
    found = [
        i for i in flagged_items(connection, CallSelection((run,)))
        if ItemCriteria(rule="no-pan-read-back").matches(i)
    ]  # fmt: skip
    assert [i.what for i in found] == ["th-banking:no-otp-request (violation)"]
    assert item_view(connection, found[0].item_id).item.also == ("pci-dss:no-pan-read-back",)


def test_turns_are_masked_again_as_read_keeping_the_findings_masks(sample_db):
    _, connection = sample_db
    card = items(connection, 2)[("CALL-3", "CREDIT_CARD")]
    # A turn stored by a ccaudit that masked less (here: nothing).
    with connection:
        connection.execute(
            "UPDATE context_turns SET text = ? WHERE call_row = ? AND turn = 1",
            (f"บัตร {CARD} หรือ 453201******0366", card.call_row),
        )
    [_, shown] = item_view(connection, card.item_id).turns
    assert CARD not in shown.text and shown.text.endswith("หรือ 453201******0366")


def test_rule_evidence_read_back_keeps_only_its_own_calls_masks(sample_db):
    _, connection = sample_db
    # Evidence stored by a ccaudit that masked less, quoting the mask of CALL-3's card.
    with connection:
        connection.execute(
            "UPDATE rule_results SET evidence = 'เลขบัตร 453201******0366 ค่ะ' WHERE call_row IN "
            "(SELECT id FROM calls WHERE call_id IN ('CALL-3', 'CALL-4'))"
        )
    flagged = items(connection, 2)
    leaked = flagged[("CALL-3", "th-banking:no-otp-request (violation)")].excerpt
    missed = flagged[("CALL-4", "th-banking:greeting (fail)")].excerpt
    assert leaked == "เลขบัตร 453201******0366 ค่ะ"  # the call's own finding's mask, kept
    assert "453201" not in missed  # CALL-4 has no finding of it: masked again as read
