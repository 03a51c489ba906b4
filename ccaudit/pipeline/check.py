"""The check consumer: every call's rule results and score out as the events stream past."""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable, Iterable
from typing import Protocol

from ccaudit.adherence.checker import adherence_score
from ccaudit.model import InputError, RuleResult
from ccaudit.pipeline.call_dates import CallDateRange, call_date, call_started_at
from ccaudit.pipeline.events import BatchEvent, ConversationInfo, ConversationResult, FileDone
from ccaudit.pipeline.summary import CallScore, CheckSummary


class RuleResultFilter(Protocol):
    """What a baseline offers the check (ccaudit.store.baseline.Baseline): why it sets a
    result aside, or None when the result counts."""

    def justification_for_rule_result(self, result: RuleResult) -> str | None: ...


class CallSink(Protocol):
    """What the check writes to (ccaudit.output's rule-result writers). A sink that also has
    `add_suppressed(result, justification)` is handed the results the baseline sets aside,
    before their call (SARIF marks them rather than dropping them)."""

    def add_call(self, call: CallScore, results: list[RuleResult]) -> None: ...


def check_events(
    events: Iterable[object],
    sink: CallSink,
    baseline: RuleResultFilter | None = None,
    on_event: Callable[[BatchEvent], None] | None = None,
    dates: CallDateRange | None = None,
) -> CheckSummary:
    """A call's score counts all its results; the baseline only sets reviewed ones aside
    from the output and the exit code. Calls outside `dates` are counted, not written."""
    summary = CheckSummary()
    started = time.perf_counter()
    set_aside = getattr(sink, "add_suppressed", None)
    for event in events:
        if on_event:
            on_event(event)
        if isinstance(event, InputError):
            summary.errors.append(event)
        elif isinstance(event, FileDone):
            summary.files_done += 1
        elif isinstance(event, ConversationResult):
            if dates is not None:
                day = call_date(call_started_at(event.conversation))
                if not dates.admits(day):
                    summary.left_out_by_date += 1
                    summary.undated_left_out += day is None
                    continue
            results = event.rule_results
            call = call_score(event.conversation, results)
            if baseline:
                results = []
                for result in event.rule_results:
                    why = baseline.justification_for_rule_result(result)
                    if why is None:
                        results.append(result)
                    elif set_aside:
                        set_aside(result, why)
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
