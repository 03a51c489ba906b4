"""The scan stage over a batch: findings out one at a time, a summary at the end."""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from typing import Protocol

from ccaudit.ingest import ReadOptions
from ccaudit.model import Finding, InputError, Severity
from ccaudit.output.summary import ScanSummary
from ccaudit.pipeline import BatchEvent, ConversationResult, Detect, FileDone, run_batch


class FindingFilter(Protocol):
    """What a baseline offers the scan (ccaudit.store.baseline.Baseline)."""

    def suppresses_finding(self, finding: Finding) -> bool: ...


def scan_batch(
    paths: Sequence[str],
    read_options: ReadOptions,
    detect: Detect,
    emit: Callable[[Finding], None],
    baseline: FindingFilter | None = None,
    on_event: Callable[[BatchEvent], None] | None = None,
) -> ScanSummary:
    summary = ScanSummary()
    started = time.perf_counter()
    for event in run_batch(paths, read_options, detect):
        if on_event:
            on_event(event)
        if isinstance(event, InputError):
            summary.add_error(event)
        elif isinstance(event, FileDone):
            summary.add_file_done(event.size)
        elif isinstance(event, ConversationResult):
            kept = [f for f in event.findings if not (baseline and baseline.suppresses_finding(f))]
            summary.suppressed_by_baseline += len(event.findings) - len(kept)
            summary.add_conversation(event.conversation, kept)
            for finding in kept:
                emit(finding)
    summary.seconds = time.perf_counter() - started
    return summary


def worst_severity(summary: ScanSummary) -> Severity | None:
    worst = [t.worst for t in summary.files.values() if t.worst is not None]
    return max(worst) if worst else None
