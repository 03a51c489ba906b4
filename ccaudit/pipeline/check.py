"""The check consumer: every call's rule results and score out as the events stream past."""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable, Iterable
from typing import Protocol

from ccaudit.adherence.checker import adherence_score
from ccaudit.model import InputError, RuleResult
from ccaudit.pipeline.events import BatchEvent, ConversationInfo, ConversationResult, FileDone
from ccaudit.pipeline.summary import CallScore, CheckSummary


class RuleResultFilter(Protocol):
    """What a baseline offers the check (ccaudit.store.baseline.Baseline)."""

    def suppresses_rule_result(self, result: RuleResult) -> bool: ...


class CallSink(Protocol):
    """What the check writes to (ccaudit.output's rule-result writers)."""

    def add_call(self, call: CallScore, results: list[RuleResult]) -> None: ...


def check_events(
    events: Iterable[object],
    sink: CallSink,
    baseline: RuleResultFilter | None = None,
    on_event: Callable[[BatchEvent], None] | None = None,
) -> CheckSummary:
    """A call's score counts all its results; the baseline only sets reviewed ones aside
    from the output and the exit code."""
    summary = CheckSummary()
    started = time.perf_counter()
    for event in events:
        if on_event:
            on_event(event)
        if isinstance(event, InputError):
            summary.errors.append(event)
        elif isinstance(event, FileDone):
            summary.files_done += 1
        elif isinstance(event, ConversationResult):
            results = event.rule_results
            call = call_score(event.conversation, results)
            if baseline:
                results = [r for r in results if not baseline.suppresses_rule_result(r)]
                summary.suppressed_by_baseline += len(event.rule_results) - len(results)
            summary.calls += 1
            summary.add_results(results)
            sink.add_call(call, results)
    summary.seconds = time.perf_counter() - started
    return summary


def call_score(conversation: ConversationInfo, results: list[RuleResult]) -> CallScore:
    statuses = Counter({"pass": 0, "fail": 0, "violation": 0, "not_applicable": 0})
    statuses.update(r.status for r in results)
    return CallScore(
        conversation.path,
        conversation.id,
        conversation.agent_id,
        adherence_score(results),
        statuses,
    )
