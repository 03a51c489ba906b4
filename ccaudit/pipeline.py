"""One pass over a batch: read, normalise and detect, check. Pure: no printing, no exit codes."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Protocol

from ccaudit.errors import InputFileError
from ccaudit.ingest import ReadOptions, iter_input_files, read_conversations
from ccaudit.model import Conversation, Finding, InputError, RuleResult


class ConversationChecker(Protocol):
    """What the adherence stage offers the pipeline (ccaudit.adherence.Checker)."""

    def check(self, conversation: Conversation, findings: list[Finding]) -> list[RuleResult]: ...


@dataclass
class ConversationResult:
    conversation: Conversation
    findings: list[Finding] = field(default_factory=list)
    rule_results: list[RuleResult] = field(default_factory=list)


@dataclass
class FileDone:
    """Marks the end of one input file, for progress reporting."""

    path: Path
    size: int


BatchEvent = ConversationResult | InputError | FileDone


# Conversations detected together: they share Presidio calls (see Detector.scan_many).
DETECT_CHUNK = 16

Detect = Callable[[Sequence[Conversation]], list[list[Finding]]]


def run_batch(
    paths: Sequence[str],
    read_options: ReadOptions,
    detect: Detect,
    checker: ConversationChecker | None = None,
) -> Iterator[BatchEvent]:
    """Stream results file by file so memory stays flat however large the batch. Up to
    DETECT_CHUNK conversations, from one file or several, are held back to be detected
    together; events still come out in reading order."""
    pending: list[Conversation | InputError | FileDone] = []
    waiting = 0
    for event in _read_events(paths, read_options):
        if waiting == 0 and not isinstance(event, Conversation):
            yield event  # nothing read before it is waiting: no need to hold it back
            continue
        pending.append(event)
        if isinstance(event, Conversation):
            waiting += 1
            if waiting == DETECT_CHUNK:
                yield from _detect_pending(pending, detect, checker)
                pending, waiting = [], 0
    yield from _detect_pending(pending, detect, checker)


def _read_events(
    paths: Sequence[str], read_options: ReadOptions
) -> Iterator[Conversation | InputError | FileDone]:
    for item in iter_input_files(paths, read_options):
        if isinstance(item, InputError):
            yield item
            continue
        path, display = item
        try:
            yield from read_conversations(path, display, read_options)
        except InputFileError as exc:
            yield InputError(display, exc.reason)
        except OSError as exc:
            yield InputError(display, exc.strerror or type(exc).__name__)
        yield FileDone(path, _size(path))


def _detect_pending(
    pending: list[Conversation | InputError | FileDone],
    detect: Detect,
    checker: ConversationChecker | None,
) -> Iterator[BatchEvent]:
    conversations = [e for e in pending if isinstance(e, Conversation)]
    found = (
        dict(zip(map(id, conversations), detect(conversations), strict=True))
        if conversations
        else {}
    )
    for event in pending:
        if not isinstance(event, Conversation):
            yield event
            continue
        findings = [locate_line(event, f) for f in found[id(event)]]
        rule_results = checker.check(event, findings) if checker else []
        yield ConversationResult(event, findings, rule_results)


def locate_line(conversation: Conversation, finding: Finding) -> Finding:
    """Point a finding in a text file at its own line, not its turn's first line."""
    if finding.turn is None or finding.locator.line is None or finding.locator.pointer:
        return finding
    turn = conversation.turns[finding.turn]
    inside = turn.text_span(finding.start, finding.end)[0]
    line = turn.locator.line + turn.text.count("\n", 0, max(inside, 0))
    return replace(finding, locator=replace(finding.locator, line=line))


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0
