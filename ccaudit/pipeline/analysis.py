"""The work every engine runs on its share of a batch: read, normalise and detect, check.

Pure: no printing, no exit codes. Engines differ only in where this runs (this process,
forked workers, Spark executors) and all hand back the same events in the same order.
"""

from __future__ import annotations

import traceback
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
            except Exception as exc:  # a reader's defect: the batch goes on without the file
                yield InputError(item.display, internal_error(exc))
            yield FileDone(item.path, _size(item.path))

    def _detect_pending(self, pending: list[object]) -> Iterator[object]:
        conversations = [e for e in pending if isinstance(e, Conversation)]
        found = self._detected(conversations) if conversations else {}
        for event in pending:
            if not isinstance(event, Conversation):
                yield event
                continue
            try:
                yield self._result(event, found[id(event)])
            except Exception as exc:  # a defect of ccaudit's: the batch goes on without it
                yield InputError(event.path, _where_in_file(event) + internal_error(exc))

    def _detected(self, conversations: list[Conversation]) -> dict[int, list[Finding] | Exception]:
        """Each conversation's findings. Should the detector fail on the chunk, each
        conversation is detected alone, and the one it fails on gets its exception."""
        try:
            return dict(zip(map(id, conversations), self.detect(conversations), strict=True))
        except Exception:
            found: dict[int, list[Finding] | Exception] = {}
            for conversation in conversations:
                try:
                    (found[id(conversation)],) = self.detect([conversation])
                except Exception as exc:
                    found[id(conversation)] = exc
            return found

    def _result(
        self, conversation: Conversation, detected: list[Finding] | Exception
    ) -> ConversationResult:
        if isinstance(detected, Exception):
            raise detected
        # A part of a huge transcript repeats the end of the part before: report that once.
        findings = [locate_line(conversation, f) for f in new_findings(conversation, detected)]
        rule_results = self.checker.check(conversation, findings) if self.checker else []
        context = None
        if self.keep_context:
            from ccaudit.store.context import call_context  # audit's: a scan needs no store

            context = call_context(conversation, findings, rule_results)
        return ConversationResult(
            ConversationInfo.of(conversation), findings, rule_results, context
        )


def _where_in_file(conversation: Conversation) -> str:
    """`line N: ` for one document of a file of many (NDJSON, a JSON array), as their read
    errors say it; empty otherwise."""
    line = conversation.turns[0].locator.line if conversation.turns else None
    return f"line {line}: " if conversation.file_format and line else ""


def internal_error(exc: Exception) -> str:
    """What went wrong inside ccaudit, in one line that holds no input text: the exception's
    type and where it was raised, never its message (which may quote the file)."""
    frames = traceback.extract_tb(exc.__traceback__)
    where = f" at {Path(frames[-1].filename).name}:{frames[-1].lineno}" if frames else ""
    return f"internal error ({type(exc).__name__}{where}); not analysed, please report it"


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
