"""Plain-text transcripts, tickets and agent notes (.txt, .md, .log, anything text-like).

A labelled line (`Agent:`, `ลูกค้า:`, `[00:01:23] AGENT:`, `spk_0:`, `10:32 Somchai:`) starts a
turn; following unlabelled lines continue it (text_patterns says what a label is,
text_parser how turns are found). Every turn's text is an exact slice of the decoded file at
`locator.offset`, starting on line `locator.line`.

The file is read in bounded blocks (text_blocks), so memory stays flat however large it is.
A line longer than `ReadOptions.max_line_chars` is scanned in pieces, with a warning; a
conversation larger than a part (text_parts) is yielded as consecutive parts, `<id>-part2`
and on, each repeating the end of the one before.
"""

from __future__ import annotations

from collections.abc import Iterator

from ccaudit.errors import InputFileError
from ccaudit.ingest.base import ReadOptions, Source
from ccaudit.ingest.json_document import looks_like_json, not_json
from ccaudit.ingest.text_blocks import read_blocks
from ccaudit.ingest.text_document import TextDocument
from ccaudit.ingest.text_parser import parser_for
from ccaudit.ingest.text_parts import PartSplitter
from ccaudit.ingest.text_patterns import mostly_labelled
from ccaudit.model import Conversation, InputWarning


class TextTranscriptReader:
    name = "text"
    description = "Plain-text transcript, ticket or agent note with optional speaker labels"

    def sniff(self, source: Source) -> bool:
        # Text may start like JSON (`[01] AGENT: ...`); it is text when its head is not JSON
        # and reads as a transcript. Other broken JSON, a truncated export above all, stays a
        # JSON error.
        if not looks_like_json(source):
            return True
        return not_json(source) and mostly_labelled(source.head)

    def read(self, source: Source, options: ReadOptions) -> Iterator[Conversation | InputWarning]:
        markdown = source.path.suffix.lower() == ".md"
        parts = PartSplitter()
        parser = parser_for(source.head, options.agent_speaker, markdown, parts.max_chars)
        document = TextDocument(source, options, self.name, parser.headers)
        given, warned = 0, False
        for block in read_blocks(source, options.max_line_chars):
            parser.feed(block)
            if parser.long_line is not None and not warned:
                warned = True
                yield _long_line_warning(source, parser.long_line, options.max_line_chars)
            for part in parts.take(parser.turns, parser.kinds, parser.cuts):
                given += 1
                yield document.conversation(part)
            parser.turns, parser.kinds, parser.cuts = [], [], {}
        parser.finish()
        for part in parts.take(parser.turns, parser.kinds, parser.cuts):
            given += 1
            yield document.conversation(part)
        last = parts.last()
        if last is not None:
            yield document.conversation(last)
        elif not given:
            raise InputFileError("no text to audit (only blank or header lines)")


def _long_line_warning(source: Source, line: int, limit: int) -> InputWarning:
    return InputWarning(
        source.display,
        f"line {line} is longer than {limit} characters; it and any longer lines are "
        "scanned in pieces",
    )


READER = TextTranscriptReader()
