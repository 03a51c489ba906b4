"""Writing one audit run into the store: the run, its input files, calls, findings, rule results.

Re-auditing unchanged content does not duplicate it: an input file is identified by its sha256
plus an "analysis signature" (tool version, recognizers, rule packs and versions, hash key
check, read options). A file already stored under the same pair is linked to the new run
(run_files.reused = 1) and its calls, findings and rule results are shared; any change of
content, rules or tool version stores the file afresh.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime

from ccaudit.masking import mask_free_text
from ccaudit.model import Conversation, RuleResult
from ccaudit.pipeline import ConversationResult
from ccaudit.store.identity import identity_of_finding, identity_of_rule_result

CALL_TIME_KEYS = ("started_at", "start_time", "call_start", "created_at", "date", "timestamp")


def utc_now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


@dataclass(frozen=True)
class RunInfo:
    tool_version: str
    recognizers: Sequence[str]
    rule_packs: Sequence[dict]
    options: dict = field(default_factory=dict)
    hash_keyed: bool = False


class RunRecorder:
    def __init__(
        self,
        connection: sqlite3.Connection,
        info: RunInfo,
        adherence_score: Callable[[list[RuleResult]], float | None],
        started_at: str | None = None,
    ):
        self.connection = connection
        self.adherence_score = adherence_score
        with connection:
            cursor = connection.execute(
                "INSERT INTO runs (started_at, tool_version, recognizers, rule_packs, options, "
                "hash_keyed) VALUES (?, ?, ?, ?, ?, ?)",
                (
                    started_at or utc_now(),
                    info.tool_version,
                    json.dumps(list(info.recognizers)),
                    json.dumps(list(info.rule_packs), ensure_ascii=False),
                    json.dumps(info.options, ensure_ascii=False, sort_keys=True),
                    int(info.hash_keyed),
                ),
            )
        self.run_id: int = cursor.lastrowid

    def known_file(self, sha256: str, analysis: str) -> int | None:
        row = self.connection.execute(
            "SELECT id FROM input_files WHERE sha256 = ? AND analysis = ?", (sha256, analysis)
        ).fetchone()
        return row[0] if row else None

    def link_file(self, file_id: int, path: str) -> None:
        with self.connection:
            self.connection.execute(
                "INSERT OR IGNORE INTO run_files VALUES (?, ?, ?, 1)", (self.run_id, file_id, path)
            )

    def record_file(
        self,
        path: str,
        sha256: str,
        analysis: str,
        size: int,
        results: Sequence[ConversationResult],
    ) -> int:
        """All of one file in one transaction, so a file is stored whole or not at all."""
        source_format = results[0].conversation.source_format if results else None
        with self.connection:
            file_id = self.connection.execute(
                "INSERT INTO input_files (sha256, analysis, size, format, path, first_run_id) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                (sha256, analysis, size, source_format, path, self.run_id),
            ).lastrowid
            self.connection.execute(
                "INSERT INTO run_files VALUES (?, ?, ?, 0)", (self.run_id, file_id, path)
            )
            for result in results:
                self._insert_call(file_id, result)
        return file_id

    def record_error(self, path: str, reason: str) -> None:
        with self.connection:
            self.connection.execute(
                "INSERT INTO run_errors VALUES (?, ?, ?)",
                (self.run_id, path, mask_free_text(reason)),
            )

    def finish(self, finished_at: str | None = None) -> None:
        with self.connection:
            self.connection.execute(
                "UPDATE runs SET finished_at = ? WHERE id = ?",
                (finished_at or utc_now(), self.run_id),
            )

    def _insert_call(self, file_id: int, result: ConversationResult) -> None:
        conversation = result.conversation
        if conversation.agent_id:
            self.connection.execute(
                "INSERT OR IGNORE INTO agents VALUES (?, ?)", (conversation.agent_id, self.run_id)
            )
        call_row = self.connection.execute(
            "INSERT INTO calls (file_id, call_id, agent_id, channel, language, source_format, "
            "started_at, turn_count, adherence_score) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                file_id,
                conversation.id,
                conversation.agent_id,
                conversation.channel,
                conversation.language,
                conversation.source_format,
                call_started_at(conversation),
                len(conversation.turns),
                self.adherence_score(result.rule_results) if result.rule_results else None,
            ),
        ).lastrowid
        self.connection.executemany(
            "INSERT INTO findings (call_row, entity, severity, score, validated, masked, "
            "fingerprint, turn, start_ms, speaker, group_id, locator, missed_by_vendor, "
            "recognizer, identity_key, fallback_key) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (
                    call_row,
                    f.entity_type,
                    int(f.severity),
                    f.score,
                    int(f.validated),
                    f.masked,
                    f.fingerprint,
                    f.turn,
                    f.start_ms,
                    f.speaker,
                    f.group,
                    json.dumps(f.locator.as_dict(), ensure_ascii=False),
                    int(f.missed_by_vendor),
                    f.recognizer,
                    identity_of_finding(f).key,
                    identity_of_finding(f).fallback_key,
                )  # fmt: skip
                for f in result.findings
            ],
        )
        self.connection.executemany(
            "INSERT INTO rule_results (call_row, pack, rule_id, title, status, severity, turn, "
            "start_ms, evidence, reason, identity_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (
                    call_row,
                    r.pack,
                    r.rule_id,
                    r.title,
                    r.status,
                    int(r.severity),
                    r.turn,
                    r.start_ms,
                    mask_free_text(r.evidence),
                    mask_free_text(r.reason),
                    identity_of_rule_result(r).key,
                )  # fmt: skip
                for r in result.rule_results
            ],
        )


def call_started_at(conversation: Conversation) -> str | None:
    for key in CALL_TIME_KEYS:
        value = conversation.metadata.get(key)
        if value:
            return str(value)
    return None
