"""The scan consumer: findings out one at a time as the engine's events stream past, each
file's tally when its events end, and the batch's counts at the end."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from typing import Protocol

from ccaudit.model import Finding, InputError
from ccaudit.pipeline.events import BatchEvent, ConversationResult, FileDone
from ccaudit.pipeline.summary import FileTally, ScanSummary


class FindingFilter(Protocol):
    """What a baseline offers the scan (ccaudit.store.baseline.Baseline): why it sets a
    finding aside, or None when the finding counts."""

    def justification_for_finding(self, finding: Finding) -> str | None: ...


class FindingSink(Protocol):
    """What the scan writes to (ccaudit.output's finding writers). A sink that also has
    `add_suppressed(finding, justification)` is handed the findings the baseline sets aside,
    in their place among the others (SARIF marks them rather than dropping them)."""

    def add(self, finding: Finding) -> None: ...

    def add_file(self, tally: FileTally) -> None: ...


def scan_events(
    events: Iterable[object],
    sink: FindingSink,
    baseline: FindingFilter | None = None,
    on_event: Callable[[BatchEvent], None] | None = None,
) -> ScanSummary:
    summary = ScanSummary()
    tally: FileTally | None = None
    set_aside = getattr(sink, "add_suppressed", None)
    started = time.perf_counter()
    for event in events:
        if on_event:
            on_event(event)
        if isinstance(event, InputError):
            summary.errors.append(event)
        elif isinstance(event, FileDone):
            summary.add_file_done(event.size)
            _close(tally, sink)
            tally = None
        elif isinstance(event, ConversationResult):
            reviewed = [
                (f, baseline.justification_for_finding(f) if baseline else None)
                for f in event.findings
            ]
            kept = [finding for finding, why in reviewed if why is None]
            summary.suppressed_by_baseline += len(event.findings) - len(kept)
            summary.add_conversation(kept)
            if tally is None or tally.path != event.conversation.path:
                _close(tally, sink)
                tally = FileTally(event.conversation.path)
            tally.add(event.conversation, kept)
            for finding, why in reviewed:
                if why is None:
                    sink.add(finding)
                elif set_aside:
                    set_aside(finding, why)
    _close(tally, sink)
    summary.seconds = time.perf_counter() - started
    return summary


def _close(tally: FileTally | None, sink: FindingSink) -> None:
    if tally is not None:
        sink.add_file(tally)
