"""Plain-text transcripts, tickets and agent notes (.txt, .md, .log, anything text-like).

A labelled line (`Agent:`, `ลูกค้า:`, `[00:01:23] AGENT:`, `spk_0:`) starts a turn; following
unlabelled lines continue it. Unlabelled text before any label becomes role-unknown turns:
one per line in a transcript (a leading timestamp also starts a turn), one per paragraph in
a ticket or note. A document is a note when its first turn is a `Note:`/`บันทึก:` line, a
ticket when it has a `Ticket ID:` or `Subject:` line, a note when its extension is .md (a
`Channel:` header overrides all three); every turn of a note is an internal note. Header
lines before the first labelled turn set metadata. Every turn's text is an exact slice of
the decoded file at `locator.offset`, starting on line `locator.line`. The file is streamed.
"""

from __future__ import annotations

from collections.abc import Iterator

from ccaudit.errors import InputFileError
from ccaudit.ingest.base import ReadOptions, Source
from ccaudit.ingest.json_document import looks_like_json
from ccaudit.ingest.text_document import OpenTurn, TextDocument
from ccaudit.ingest.text_labels import LineClassifier
from ccaudit.model import Conversation


class TextTranscriptReader:
    name = "text"
    description = "Plain-text transcript, ticket or agent note with optional speaker labels"

    def sniff(self, source: Source) -> bool:
        return not looks_like_json(source)

    def read(self, source: Source, options: ReadOptions) -> Iterator[Conversation]:
        classify = LineClassifier(options.agent_speaker)
        doc = TextDocument(paragraph_mode=source.path.suffix.lower() == ".md")
        offset = 0
        for number, line in enumerate(source.lines(), start=1):
            content = line.rstrip("\r\n")
            header = None if doc.in_dialogue else classify.header(content, doc.last_was_header)
            labelled = None if header else classify.labelled(content)
            if header:
                doc.add_header(header)
            elif labelled:
                start = labelled.text_start
                doc.open(
                    OpenTurn(
                        labelled.kind,
                        labelled.speaker,
                        labelled.start_ms,
                        offset + start,
                        number,
                        [line[start:]],
                    )
                )
            elif doc.starts_unlabelled_turn(content):
                doc.open(OpenTurn("unlabelled", None, None, offset, number, [line]))
            elif doc.current:
                doc.current.pieces.append(line)
            offset += len(line)
        doc.close()
        if not doc.turns:
            raise InputFileError("no text to audit (only blank or header lines)")
        yield doc.conversation(source, options, self.name)


READER = TextTranscriptReader()
