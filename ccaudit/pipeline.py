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


def run_batch(
    paths: Sequence[str],
    read_options: ReadOptions,
    detect: Callable[[Conversation], list[Finding]],
    checker: ConversationChecker | None = None,
) -> Iterator[BatchEvent]:
    """Stream results file by file so memory stays flat however large the batch."""
    for item in iter_input_files(paths, read_options):
        if isinstance(item, InputError):
            yield item
            continue
        path, display = item
        try:
            for conversation in read_conversations(path, display, read_options):
                findings = [locate_line(conversation, f) for f in detect(conversation)]
                rule_results = checker.check(conversation, findings) if checker else []
                yield ConversationResult(conversation, findings, rule_results)
        except InputFileError as exc:
            yield InputError(display, exc.reason)
        except OSError as exc:
            yield InputError(display, exc.strerror or type(exc).__name__)
        yield FileDone(path, _size(path))


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
