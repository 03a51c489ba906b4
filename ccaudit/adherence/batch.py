"""The check stage over a batch: every call's rule results and a per-call score."""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable, Sequence

from ccaudit.adherence.checker import Checker, adherence_score
from ccaudit.ingest import ReadOptions
from ccaudit.model import Conversation, InputError, RuleResult, Severity
from ccaudit.output.summary import CallScore, CheckSummary
from ccaudit.pipeline import BatchEvent, ConversationResult, Detect, FileDone, run_batch

FLAGGED = ("fail", "violation")


def check_batch(
    paths: Sequence[str],
    read_options: ReadOptions,
    detect: Detect,
    checker: Checker,
    on_event: Callable[[BatchEvent], None] | None = None,
) -> tuple[list[RuleResult], CheckSummary]:
    results: list[RuleResult] = []
    summary = CheckSummary()
    started = time.perf_counter()
    for event in run_batch(paths, read_options, detect, checker):
        if on_event:
            on_event(event)
        if isinstance(event, InputError):
            summary.errors.append(event)
        elif isinstance(event, FileDone):
            summary.files_done += 1
        elif isinstance(event, ConversationResult):
            results.extend(event.rule_results)
            summary.calls.append(call_score(event.conversation, event.rule_results))
    summary.seconds = time.perf_counter() - started
    return results, summary


def call_score(conversation: Conversation, results: list[RuleResult]) -> CallScore:
    statuses = Counter({"pass": 0, "fail": 0, "violation": 0, "not_applicable": 0})
    statuses.update(r.status for r in results)
    return CallScore(
        conversation.path,
        conversation.id,
        conversation.agent_id,
        adherence_score(results),
        statuses,
    )


def any_flagged(results: list[RuleResult], threshold: Severity) -> bool:
    """True when a failed or violated rule is at or above the threshold (exit code 1)."""
    return any(r.status in FLAGGED and r.severity >= threshold for r in results)
