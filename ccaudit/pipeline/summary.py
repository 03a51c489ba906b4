"""What a batch came to, counted while its events stream past: counters, never lists of
files or results, so a summary is the same size for ten files or a million."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from ccaudit.model import (
    FLAGGED_STATUSES,
    Finding,
    InputError,
    RuleResult,
    Severity,
    file_format_label,
)
from ccaudit.pipeline.events import ConversationInfo


@dataclass
class FileTally:
    """One file's conversations and findings, complete once the file's events have passed."""

    path: str
    file_format: str | None = None
    document_formats: list[str] = field(default_factory=list)
    conversations: int = 0
    findings: Counter = field(default_factory=Counter)
    vendor_redacted: bool = False
    vendor_markers: int = 0
    missed_by_vendor: int = 0
    worst: Severity | None = None

    def add(self, conversation: ConversationInfo, findings: list[Finding]) -> None:
        self.file_format = conversation.file_format
        if conversation.source_format not in self.document_formats:
            self.document_formats.append(conversation.source_format)
        self.conversations += 1
        self.vendor_redacted |= conversation.vendor_redacted
        self.vendor_markers += conversation.vendor_markers
        for finding in findings:
            self.findings[finding.entity_type] += 1
            self.missed_by_vendor += finding.missed_by_vendor
            if self.worst is None or finding.severity > self.worst:
                self.worst = finding.severity

    @property
    def finding_count(self) -> int:
        return sum(self.findings.values())

    @property
    def source_format(self) -> str:
        return file_format_label(self.file_format, self.document_formats)


@dataclass
class ScanSummary:
    errors: list[InputError] = field(default_factory=list)
    files_done: int = 0
    bytes_read: int = 0
    seconds: float = 0.0
    suppressed_by_baseline: int = 0
    conversation_count: int = 0
    by_entity: Counter = field(default_factory=Counter)
    worst: Severity | None = None

    def add_conversation(self, findings: list[Finding]) -> None:
        self.conversation_count += 1
        for finding in findings:
            self.by_entity[finding.entity_type] += 1
            if self.worst is None or finding.severity > self.worst:
                self.worst = finding.severity

    def add_file_done(self, size: int) -> None:
        self.files_done += 1
        self.bytes_read += size

    @property
    def finding_count(self) -> int:
        return sum(self.by_entity.values())


@dataclass
class CallScore:
    """One call's adherence: the severity-weighted score and its verdict counts."""

    path: str
    call_id: str
    agent_id: str | None
    score: float | None
    statuses: Counter = field(default_factory=Counter)


@dataclass
class CheckSummary:
    errors: list[InputError] = field(default_factory=list)
    files_done: int = 0
    seconds: float = 0.0
    calls: int = 0
    suppressed_by_baseline: int = 0
    # Calls outside --from/--to, and of those the ones whose source gives no date.
    left_out_by_date: int = 0
    undated_left_out: int = 0
    # Failed and violated rules (after the baseline), by severity.
    flagged: Counter = field(default_factory=Counter)

    def add_results(self, results: list[RuleResult]) -> None:
        self.flagged.update(r.severity for r in results if r.status in FLAGGED_STATUSES)

    @property
    def flagged_count(self) -> int:
        return sum(self.flagged.values())

    def flagged_at_or_above(self, threshold: Severity) -> bool:
        """True when a failed or violated rule is at or above the threshold (exit code 1)."""
        return any(severity >= threshold for severity in self.flagged)
