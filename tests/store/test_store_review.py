import pytest
from audit_samples import NOTICE_MISSED, PHONE, call, record_run

from ccaudit.errors import CcauditError
from ccaudit.store.flagged import flagged_items
from ccaudit.store.review import item_identity, record_decision
from ccaudit.store.runs import latest_run
from ccaudit.store.selection import CallSelection


def items(connection, run_ids, agent=None):
    selection = CallSelection(tuple(run_ids), agent_id=agent)
    return {(i.call_id, i.what): i for i in flagged_items(connection, selection)}


def test_flagged_items_are_findings_and_failed_or_violated_rules(sample_db):
    _, connection = sample_db
    flagged = items(connection, [1])
    assert set(flagged) == {
        ("CALL-1", "CREDIT_CARD"),
        ("CALL-1", "TH_TNIN"),
        ("CALL-1", "PHONE_NUMBER"),
        ("CALL-1", "th-banking:greeting (fail)"),
        ("CALL-1", "th-banking:no-otp-request (violation)"),
        ("CALL-1", "th-banking:recording-notice (fail)"),
    }
    assert all(i.status == "unreviewed" for i in flagged.values())


@pytest.mark.parametrize("lang", ["en", "th"])
def test_rule_without_evidence_shows_its_reason_in_the_language_asked_for(sample_db, lang):
    _, connection = sample_db
    selection = CallSelection((1,))
    flagged = {(i.call_id, i.what): i for i in flagged_items(connection, selection, lang=lang)}
    notice = flagged[("CALL-1", "th-banking:recording-notice (fail)")]
    assert notice.excerpt == NOTICE_MISSED.render(lang)
    assert flagged[("CALL-1", "th-banking:greeting (fail)")].excerpt == "สวัสดีค่ะ ธนาคารตัวอย่าง"


def test_agent_filter(sample_db):
    _, connection = sample_db
    assert {i.agent_id for i in items(connection, [2], "A-2002").values()} == set()
    assert {i.agent_id for i in items(connection, [2], "A-1001").values()} == {"A-1001"}


def test_decision_persists_to_a_later_run_of_the_same_call(sample_db):
    _, connection = sample_db
    card = items(connection, [1])[("CALL-1", "CREDIT_CARD")]
    record_decision(connection, card.item_id, "false_positive", "Somchai", "test card")
    run = record_run(connection, [call("CALL-1", "A-1001", True, "fail")], "re-export.jsonl")
    again = items(connection, [run])
    assert again[("CALL-1", "CREDIT_CARD")].item_id != card.item_id
    assert again[("CALL-1", "CREDIT_CARD")].status == "false_positive"
    assert again[("CALL-1", "TH_TNIN")].status == "unreviewed"
    assert latest_run(connection).id == run


def test_notes_are_masked_before_storing(sample_db):
    _, connection = sample_db
    item = next(flagged_items(connection, CallSelection((1,))))
    record_decision(connection, item.item_id, "confirmed", "Nok", f"customer phone {PHONE}")
    note = connection.execute("SELECT note FROM decisions").fetchone()[0]
    assert PHONE not in note and note.startswith("customer phone ")


@pytest.mark.parametrize(
    "typed, name",
    [
        ("ลูกค้าชื่อ ปรีดา วงศ์ทอง ยืนยันตัวตนแล้ว", "ปรีดา"),
        ("spoke to him again, his name is arthur pendleby", "pendleby"),
    ],
)
def test_names_in_notes_are_masked_before_storing(sample_db, typed, name):
    _, connection = sample_db
    item = next(flagged_items(connection, CallSelection((1,))))
    record_decision(connection, item.item_id, "confirmed", "Nok", typed)
    note = connection.execute("SELECT note FROM decisions").fetchone()[0]
    assert name not in note and note.startswith(typed[:8])


@pytest.mark.parametrize(
    "item_id, decision, reviewer, message",
    [
        ("F999", "confirmed", "Nok", "no item F999"),
        ("X1", "confirmed", "Nok", "not an item id"),
        ("F1", "maybe", "Nok", "unknown decision"),
        ("F1", "confirmed", " ", "needs a reviewer"),
    ],
)
def test_bad_decisions_are_one_line_errors(sample_db, item_id, decision, reviewer, message):
    _, connection = sample_db
    with pytest.raises(CcauditError, match=message):
        record_decision(connection, item_id, decision, reviewer)


def test_rule_item_identity_names_call_pack_and_rule(sample_db):
    _, connection = sample_db
    rule_item = items(connection, [1])[("CALL-1", "th-banking:greeting (fail)")]
    identity = item_identity(connection, rule_item.item_id)
    assert (identity.kind, identity.document, identity.rule) == (
        "rule",
        "CALL-1",
        "th-banking:greeting",
    )


def test_a_rule_that_passed_takes_no_decision(sample_db):
    _, connection = sample_db
    passed = connection.execute("SELECT id FROM rule_results WHERE status = 'pass'").fetchone()
    with pytest.raises(CcauditError, match="only failed or violated rules are reviewed"):
        record_decision(connection, f"R{passed['id']}", "confirmed", "Nok")
