"""Model objects as database rows: masked values and identities only, never raw text."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Collection, Sequence

from ccaudit.display_safe import display_safe
from ccaudit.masking import mask_free_text_keeping
from ccaudit.model import Finding, RuleResult
from ccaudit.pipeline.call_dates import call_date, call_started_at
from ccaudit.pipeline.events import ConversationInfo
from ccaudit.store.context import ContextTurn
from ccaudit.store.identity import identity_of_finding, identity_of_rule_result


def insert(connection: sqlite3.Connection, table: str, rows: Sequence[dict]) -> int | None:
    """Insert rows that share their keys; the new row id when there is exactly one row."""
    if not rows:
        return None
    columns = list(rows[0])
    sql = (
        f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join(':' + c for c in columns)})"
    )
    if len(rows) == 1:
        return connection.execute(sql, rows[0]).lastrowid
    connection.executemany(sql, rows)
    return None


def call_row(file_id: int, conversation: ConversationInfo, adherence: float | None) -> dict:
    return {
        "file_id": file_id,
        "call_id": conversation.id,
        "agent_id": conversation.agent_id,
        "channel": conversation.channel,
        "language": conversation.language,
        "source_format": conversation.source_format,
        "started_at": call_started_at(conversation),
        "call_date": call_date(call_started_at(conversation)),
        "turn_count": conversation.turn_count,
        "adherence_score": adherence,
    }


def finding_row(call: int, finding: Finding, disposition: str) -> dict:
    identity = identity_of_finding(finding)
    return {
        "call_row": call,
        "entity": finding.entity_type,
        "severity": int(finding.severity),
        "score": finding.score,
        "validated": int(finding.validated),
        "masked": finding.masked,
        "fingerprint": finding.fingerprint,
        "turn": finding.turn,
        "start_ms": finding.start_ms,
        "speaker": finding.speaker,
        "group_id": finding.group,
        "locator": json.dumps(finding.locator.as_dict(), ensure_ascii=False),
        "missed_by_vendor": int(finding.missed_by_vendor),
        "recognizer": finding.recognizer,
        "identity_key": identity.key,
        "fallback_key": identity.fallback_key,
        "disposition": disposition,
        "internal_note": int(finding.in_internal_note),
    }


def rule_row(call: int, result: RuleResult, masks: Collection[str] = ()) -> dict:
    """Evidence quotes the transcript: anything number-shaped in it is masked except the call's
    findings' own masks (`masks`), which evidence shows in place of each value. A reason is
    worded from the pack and counts (`or 142 other phrasings`, `turn 118`), so it is made
    display-safe as pack titles are, and its counts stay readable."""
    return {
        "call_row": call,
        "pack": result.pack,
        "rule_id": result.rule_id,
        "title": result.title,
        "status": result.status,
        "severity": int(result.severity),
        "turn": result.turn,
        "start_ms": result.start_ms,
        "evidence": mask_free_text_keeping(result.evidence, masks),
        "reason": display_safe(result.reason),
        "reason_th": display_safe(result.reason_th),
        "identity_key": identity_of_rule_result(result).key,
        "section": result.section,
        "weight": result.weight,
        "auto_fail": int(result.auto_fail),
        "also": json.dumps(list(result.also)),
    }


def context_row(call: int, turn: ContextTurn) -> dict:
    return {
        "call_row": call,
        "turn": turn.turn,
        "role": turn.role,
        "start_ms": turn.start_ms,
        "text": turn.text,
    }
