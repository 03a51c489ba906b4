"""The work every engine runs on its share of a batch: read, normalise and detect, check.

Pure: no printing, no exit codes. Engines differ only in where this runs (this process,
forked workers, Spark executors) and all hand back the same events in the same order.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Protocol

from ccaudit.errors import InputFileError
from ccaudit.ingest import ReadOptions, iter_input_files, read_conversations
from ccaudit.model import Conversation, Finding, InputError, RuleResult, new_findings
from ccaudit.pipeline.events import ConversationInfo, ConversationResult, FileDone, InputFile


class ConversationChecker(Protocol):
    """What the adherence stage offers the pipeline (ccaudit.adherence.Checker)."""

    def check(self, conversation: Conversation, findings: list[Finding]) -> list[RuleResult]: ...


# Conversations detected together: they share Presidio calls (see Detector.scan_many). A
# chunk also ends at DETECT_CHARS of text: the parts of a huge transcript are large enough to
# fill Presidio's calls alone, and sixteen of them at once would hold tens of MB in turns.
DETECT_CHUNK = 16
DETECT_CHARS = 256 * 1024

Detect = Callable[[Sequence[Conversation]], list[list[Finding]]]


def input_files(
    paths: Sequence[str], read_options: ReadOptions
) -> Iterator[InputFile | InputError]:
    """The files under `paths` in batch order, and an InputError for each path that is not there."""
    for item in iter_input_files(paths, read_options):
        yield item if isinstance(item, InputError) else InputFile(*item)


@dataclass
class Analysis:
    read_options: ReadOptions
    detect: Detect
    checker: ConversationChecker | None = None
    # Audit: give each result the context the store keeps (ccaudit.store.context).
    keep_context: bool = False

    def run(self, items: Iterable[object]) -> Iterator[object]:
        """Each InputFile's events (results, input errors, then FileDone); any other item
        comes back unchanged in its place. Up to DETECT_CHUNK conversations, from one file or
        several, but no more than about DETECT_CHARS of text, are held back to be detected
        together; events still come out in order."""
        pending: list[object] = []
        waiting = chars = 0
        for event in self._read_events(items):
            if waiting == 0 and not isinstance(event, Conversation):
                yield event  # nothing read before it is waiting: no need to hold it back
                continue
            pending.append(event)
            if isinstance(event, Conversation):
                waiting += 1
                chars += sum(len(turn.text) for turn in event.turns)
                if waiting == DETECT_CHUNK or chars >= DETECT_CHARS:
                    yield from self._detect_pending(pending)
                    pending, waiting, chars = [], 0, 0
        yield from self._detect_pending(pending)

    def _read_events(self, items: Iterable[object]) -> Iterator[object]:
        for item in items:
            if not isinstance(item, InputFile):
                yield item
                continue
            try:
                yield from read_conversations(item.path, item.display, self.read_options)
            except InputFileError as exc:
                yield InputError(item.display, exc.reason)
            except OSError as exc:
                yield InputError(item.display, exc.strerror or type(exc).__name__)
            yield FileDone(item.path, _size(item.path))

    def _detect_pending(self, pending: list[object]) -> Iterator[object]:
        conversations = [e for e in pending if isinstance(e, Conversation)]
        found = (
            dict(zip(map(id, conversations), self.detect(conversations), strict=True))
            if conversations
            else {}
        )
        for event in pending:
            if not isinstance(event, Conversation):
                yield event
                continue
            # A part of a huge transcript repeats the end of the part before: report that once.
            findings = [locate_line(event, f) for f in new_findings(event, found[id(event)])]
            rule_results = self.checker.check(event, findings) if self.checker else []
            context = None
            if self.keep_context:
                from ccaudit.store.context import call_context  # audit's: a scan needs no store

                context = call_context(event, findings, rule_results)
            yield ConversationResult(ConversationInfo.of(event), findings, rule_results, context)


def locate_line(conversation: Conversation, finding: Finding) -> Finding:
    """Point a finding in a text file at its own line, not its turn's first line."""
    if finding.turn is None or finding.locator.line is None or finding.locator.pointer:
        return finding
    turn = conversation.turns[finding.turn]
    inside = turn.text_span(finding.start, finding.end)[0]
    line = turn.locator.line + turn.text.count("\n", 0, max(inside, 0))
    if line == finding.locator.line:  # the detector's findings name their line already
        return finding
    return replace(finding, locator=replace(finding.locator, line=line))


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0
