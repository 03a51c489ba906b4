"""Per-file and per-entity tallies of a scan, built while the batch streams past."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from ccaudit.model import Conversation, Finding, InputError, Severity, file_format_label


@dataclass
class FileTally:
    path: str
    file_format: str | None = None
    document_formats: list[str] = field(default_factory=list)
    conversations: int = 0
    findings: Counter = field(default_factory=Counter)
    vendor_redacted: bool = False
    vendor_markers: int = 0
    missed_by_vendor: int = 0
    worst: Severity | None = None

    @property
    def finding_count(self) -> int:
        return sum(self.findings.values())

    @property
    def source_format(self) -> str:
        return file_format_label(self.file_format, self.document_formats)


@dataclass
class ScanSummary:
    files: dict[str, FileTally] = field(default_factory=dict)
    errors: list[InputError] = field(default_factory=list)
    files_done: int = 0
    bytes_read: int = 0
    seconds: float = 0.0
    suppressed_by_baseline: int = 0

    def add_conversation(self, conversation: Conversation, findings: list[Finding]) -> None:
        tally = self.files.setdefault(conversation.path, FileTally(conversation.path))
        tally.file_format = conversation.file_format
        if conversation.source_format not in tally.document_formats:
            tally.document_formats.append(conversation.source_format)
        tally.conversations += 1
        tally.vendor_redacted |= conversation.vendor_redacted
        tally.vendor_markers += sum(len(turn.redactions) for turn in conversation.turns)
        for finding in findings:
            tally.findings[finding.entity_type] += 1
            tally.missed_by_vendor += finding.missed_by_vendor
            if tally.worst is None or finding.severity > tally.worst:
                tally.worst = finding.severity

    def add_error(self, error: InputError) -> None:
        self.errors.append(error)

    def add_file_done(self, size: int) -> None:
        self.files_done += 1
        self.bytes_read += size

    @property
    def conversation_count(self) -> int:
        return sum(t.conversations for t in self.files.values())

    @property
    def by_entity(self) -> Counter:
        total: Counter = Counter()
        for tally in self.files.values():
            total.update(tally.findings)
        return total

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
    calls: list[CallScore] = field(default_factory=list)
    errors: list[InputError] = field(default_factory=list)
    files_done: int = 0
    seconds: float = 0.0
