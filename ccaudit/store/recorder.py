"""Writing one audit run into the store: the run, its input files, calls, findings, rule results.

Re-auditing unchanged content does not duplicate it: an input file is identified by the
digest of its bytes (see ccaudit.pipeline.audit) plus an "analysis signature" (tool
version, recognizers, rule packs and versions, hash key check, read options). A file already
stored under the same pair is linked to the new run (run_files.reused = 1) and its calls,
findings and rule results are shared; any change of content, rules or tool version stores
the file afresh.
"""

from __future__ import annotations

import json
import sqlite3
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime

from ccaudit.display_safe import display_safe
from ccaudit.model import RuleResult, file_format_label
from ccaudit.pipeline.events import ConversationResult
from ccaudit.store.context import CallContext
from ccaudit.store.rows import call_row, context_row, finding_row, insert, rule_row

# Files are committed about once a second, not one by one: a commit waits for the disk (an
# fsync or two), and re-auditing 100,000 unchanged files spent nearly all its time waiting.
# Each file still goes in whole or not at all (a savepoint of its own), and a run that is
# killed loses at most its last second of files, which the next run stores.
COMMIT_EVERY_SECONDS = 1.0


def utc_now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _display_safe_options(options: dict) -> dict:
    """Options as stored: a speaker label given on the command line (`--agent-speaker`) is a
    name from the files, and may be a phone number."""
    return {k: display_safe(v) if isinstance(v, str) else v for k, v in options.items()}


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
                    json.dumps(
                        _display_safe_options(info.options), ensure_ascii=False, sort_keys=True
                    ),
                    int(info.hash_keyed),
                ),
            )
        self.run_id: int = cursor.lastrowid
        self._committed_at = time.monotonic()
        self._file_open = False

    def known_file(self, sha256: str, analysis: str) -> int | None:
        row = self.connection.execute(
            "SELECT id FROM input_files WHERE sha256 = ? AND analysis = ?", (sha256, analysis)
        ).fetchone()
        return row[0] if row else None

    def link_file(self, file_id: int, path: str) -> None:
        self.connection.execute(
            "INSERT OR IGNORE INTO run_files VALUES (?, ?, ?, 1)",
            (self.run_id, file_id, display_safe(path)),
        )
        self._commit_now_and_then()

    def record_file(
        self,
        path: str,
        sha256: str,
        analysis: str,
        size: int,
        results: Sequence[ConversationResult],
    ) -> int:
        """All of one file or none of it."""
        file_id = self.begin_file(path, sha256, analysis, size)
        for result in results:
            self.add_call(result)
        formats = [r.conversation.source_format for r in results]
        self.commit_file(
            file_format_label(results[0].conversation.file_format, formats) if results else None
        )
        return file_id

    def begin_file(self, path: str, sha256: str, analysis: str, size: int) -> int:
        """Opens the file's savepoint: its calls follow (add_call), then commit_file, or
        discard_file when part of it could not be read."""
        if not self.connection.in_transaction:
            # Inside a transaction, so that releasing the savepoint does not commit.
            self.connection.execute("BEGIN")
        self.connection.execute("SAVEPOINT file")
        self._file_open = True
        path = display_safe(path)
        self._file_id = self.connection.execute(
            "INSERT INTO input_files (sha256, analysis, size, path, first_run_id) "
            "VALUES (?, ?, ?, ?, ?)",
            (sha256, analysis, size, path, self.run_id),
        ).lastrowid
        self.connection.execute(
            "INSERT INTO run_files VALUES (?, ?, ?, 0)", (self.run_id, self._file_id, path)
        )
        return self._file_id

    def add_call(self, result: ConversationResult) -> None:
        self._insert_call(self._file_id, result)

    def commit_file(self, source_format: str | None) -> None:
        self.connection.execute(
            "UPDATE input_files SET format = ? WHERE id = ?", (source_format, self._file_id)
        )
        self.connection.execute("RELEASE file")
        self._file_open = False
        self._commit_now_and_then()

    def discard_file(self) -> None:
        self.connection.execute("ROLLBACK TO file")
        self.connection.execute("RELEASE file")
        self._file_open = False

    def keep_whole_files(self) -> None:
        """Commit the files stored whole so far, without one begun and not finished: a run
        stopped by Ctrl-C or an error keeps them, for the next run to reuse."""
        try:
            if self._file_open:
                self.discard_file()
            if self.connection.in_transaction:
                self.connection.commit()
        except sqlite3.Error:
            pass  # the error that stopped the run is the one to report; the rest is lost

    def record_error(self, path: str, reason: str) -> None:
        self.connection.execute(
            "INSERT INTO run_errors VALUES (?, ?, ?)",
            (self.run_id, display_safe(path), display_safe(reason)),
        )
        self._commit_now_and_then()

    def _commit_now_and_then(self) -> None:
        now = time.monotonic()
        if now - self._committed_at >= COMMIT_EVERY_SECONDS:
            self.connection.commit()
            self._committed_at = now

    def finish(self, finished_at: str | None = None) -> None:
        """Mark the run complete. Until this, it reads as incomplete: an audit killed midway
        leaves its run unfinished, with the files stored so far. A re-run reuses those files,
        and once it finishes with all of them, it replaces the unfinished run."""
        with self.connection:
            self.connection.execute(
                "UPDATE runs SET finished_at = ?, replaced_by = NULL WHERE id = ?",
                (finished_at or utc_now(), self.run_id),
            )
            self.connection.execute(
                "UPDATE runs SET replaced_by = :run WHERE id < :run AND finished_at IS NULL "
                "AND NOT EXISTS (SELECT 1 FROM run_files old WHERE old.run_id = runs.id "
                "AND old.file_id NOT IN (SELECT file_id FROM run_files WHERE run_id = :run))",
                {"run": self.run_id},
            )

    def _insert_call(self, file_id: int, result: ConversationResult) -> None:
        conversation = result.conversation
        if conversation.agent_id:
            self.connection.execute(
                "INSERT OR IGNORE INTO agents VALUES (?, ?)", (conversation.agent_id, self.run_id)
            )
        score = self.adherence_score(result.rule_results) if result.rule_results else None
        call = insert(self.connection, "calls", [call_row(file_id, conversation, score)])
        findings = result.findings
        # Results analysed without the turns' context (built by hand) count every finding as
        # an incident and keep no turns.
        context = result.context or CallContext.without_turns(len(findings))
        kinds = context.dispositions
        rows = [finding_row(call, f, kind) for f, kind in zip(findings, kinds, strict=True)]
        insert(self.connection, "findings", rows)
        masks = {f.masked for f in findings}
        insert(
            self.connection, "rule_results", [rule_row(call, r, masks) for r in result.rule_results]
        )
        insert(self.connection, "context_turns", [context_row(call, t) for t in context.turns])
