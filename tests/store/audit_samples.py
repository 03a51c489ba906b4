"""A small audited batch built from model objects, with raw values planted in the turns.

The store and the reports must keep none of the raw values; tests grep their bytes for them.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from ccaudit.adherence.reasons import Joined, Reason, reason
from ccaudit.masking import fingerprint, mask_card_number, mask_value
from ccaudit.model import Conversation, Finding, Locator, RuleResult, Severity, Turn
from ccaudit.pipeline.events import ConversationInfo, ConversationResult
from ccaudit.store import RunInfo, RunRecorder, open_database
from ccaudit.store.context import call_context

CARD = "4532015112830366"
THAI_ID = "1103700221574"
PHONE = "0812345678"
PLANTED = (CARD, THAI_ID, PHONE)
KEY = b"test-hash-key"
# What the checker says when nobody mentions the recording in the first four turns.
NOTICE_MISSED = reason(
    "nobody_said",
    phrase="บันทึกเสียง",
    more=reason("other_phrasings", count=2),
    window=reason("window", spans=Joined((reason("first_turns_any", count=4),), "slash")),
)
INFO = RunInfo(
    tool_version="0.1.0",
    recognizers=["CREDIT_CARD", "TH_TNIN", "PHONE_NUMBER"],
    rule_packs=[{"pack": "th-banking", "version": "1.2.0"}],
    hash_keyed=True,
)


def finding(call_id: str, entity: str, raw: str, turn: int, severity: Severity) -> Finding:
    return Finding(
        path=f"{call_id}.txt",
        conversation_id=call_id,
        entity_type=entity,
        start=0,
        end=len(raw),
        score=0.95,
        validated=True,
        masked=mask_card_number(raw) if entity == "CREDIT_CARD" else mask_value(entity, raw),
        severity=severity,
        turn=turn,
        speaker="customer",
        start_ms=turn * 7000,
        locator=Locator(line=turn + 1),
        fingerprint=fingerprint(KEY, entity, raw),
        recognizer=entity.lower(),
    )


# Scorecard section, weight and auto_fail of each sample rule, as a pack would give them.
SCORECARD = {
    "greeting": ("greeting", 1.0, False),
    "no-otp-request": ("compliance", 3.0, True),
    "recording-notice": ("compliance", 2.0, False),
}


def rule(
    call_id: str,
    agent: str,
    rule_id: str,
    status: str,
    evidence: str = "",
    why: Reason | None = None,
) -> RuleResult:
    section, weight, auto_fail = SCORECARD.get(rule_id, ("", 1.0, False))
    return RuleResult(
        path=f"{call_id}.txt",
        call_id=call_id,
        agent_id=agent,
        pack="th-banking",
        rule_id=rule_id,
        title=f"Title of {rule_id}",
        status=status,
        severity=Severity.high if rule_id == "no-otp-request" else Severity.medium,
        turn=1,
        start_ms=3000,
        evidence=evidence,
        reason=why.render("en") if why else "",
        reason_th=why.render("th") if why else "",
        section=section,
        weight=weight,
        auto_fail=auto_fail,
    )


def call(
    call_id: str, agent: str, leaks: bool, greeting: str, day: str | None = "2026-11-02"
) -> ConversationResult:
    turns = [
        Turn(0, "agent", "สวัสดีค่ะ ธนาคารตัวอย่าง ยินดีให้บริการค่ะ"),
        Turn(1, "customer", f"บัตรเครดิตเลข{CARD}ค่ะ เลขบัตรประชาชน {THAI_ID} เบอร์ {PHONE}"),
    ]
    conversation = Conversation(call_id, f"{call_id}.txt", "text", turns, "voice", agent, "th")
    if day:
        conversation.metadata["started_at"] = f"{day}T09:15:00"
    findings = []
    if leaks:
        findings = [
            finding(call_id, "CREDIT_CARD", CARD, 1, Severity.critical),
            finding(call_id, "TH_TNIN", THAI_ID, 1, Severity.high),
            finding(call_id, "PHONE_NUMBER", PHONE, 1, Severity.medium),
        ]
    rules = [
        rule(call_id, agent, "greeting", greeting, "สวัสดีค่ะ ธนาคารตัวอย่าง"),
        rule(
            call_id,
            agent,
            "no-otp-request",
            "violation" if leaks else "pass",
            f"ขอเลขบัตร {CARD} ด้วยค่ะ" if leaks else "",
        ),  # fmt: skip
        rule(
            call_id,
            agent,
            "recording-notice",
            "fail" if leaks else "pass",
            why=NOTICE_MISSED if leaks else None,
        ),
    ]
    # As the audit's analysis does it, while the text is at hand.
    context = call_context(conversation, findings, rules)
    return ConversationResult(ConversationInfo.of(conversation), findings, rules, context)


def simple_score(results: list[RuleResult]) -> float | None:
    applicable = [r for r in results if r.status != "not_applicable"]
    if not applicable:
        return None
    return sum(r.status == "pass" for r in applicable) / len(applicable)


def record_run(connection: sqlite3.Connection, results: list[ConversationResult], name: str):
    recorder = RunRecorder(connection, INFO, simple_score)
    recorder.record_file(name, name.encode().hex(), "sig", 100, results)
    recorder.finish()
    return recorder.run_id


def build_sample_db(path: Path) -> sqlite3.Connection:
    """Two runs over two agents: A-1001 leaks PII and skips rules, A-2002 mostly passes.
    The first run's calls took place in the week of 2 November, the second's a week later."""
    connection = open_database(path, create=True)
    first = [call("CALL-1", "A-1001", True, "fail"), call("CALL-2", "A-2002", False, "pass")]
    record_run(connection, first, "batch-1.jsonl")
    second = [
        call("CALL-3", "A-1001", True, "pass", "2026-11-10"),
        call("CALL-4", "A-1001", False, "fail", "2026-11-11"),
        call("CALL-5", "A-2002", False, "pass", "2026-11-12"),
    ]
    record_run(connection, second, "batch-2.jsonl")
    return connection
