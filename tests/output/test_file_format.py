"""The per-file Format column: a file of many documents says what it is and what it holds."""

import io

from ccaudit.model import Conversation, Finding, Severity
from ccaudit.output.table import TableFindingWriter
from ccaudit.pipeline.events import ConversationInfo
from ccaudit.pipeline.summary import FileTally, ScanSummary


def conversation(path: str, source_format: str, file_format: str | None = None) -> Conversation:
    return Conversation("c", path, source_format, [], file_format=file_format)


def finding(path: str) -> Finding:
    return Finding(
        path, "c", "CREDIT_CARD", 0, 16, 1.0, True, "411111******1111", Severity.critical
    )


def format_column(conversations: list[Conversation]) -> dict[str, str]:
    tallies: dict[str, FileTally] = {}
    for c in conversations:
        tallies.setdefault(c.path, FileTally(c.path)).add(ConversationInfo.of(c), [finding(c.path)])
    stream = io.StringIO()
    writer = TableFindingWriter(stream)
    for tally in tallies.values():
        writer.add_file(tally)
    writer.finish(ScanSummary())
    # Each file's path on a line of its own, then its figures, the format first.
    lines = stream.getvalue().splitlines()
    return {
        path: figures.strip().split(" · ")[0]
        for path, figures in zip(lines, lines[1:], strict=False)
        if path in tallies
    }


def test_one_document_file_shows_its_reader():
    assert format_column([conversation("t.json", "zendesk")]) == {"t.json": "zendesk"}


def test_file_of_documents_shows_its_own_format_and_theirs_in_reading_order():
    conversations = [
        conversation("a.ndjson", "zendesk", "ndjson"),
        conversation("a.ndjson", "freshdesk", "ndjson"),
        conversation("a.ndjson", "zendesk", "ndjson"),
        conversation("b.json", "freshdesk", "json-array"),
        conversation("b.json", "freshdesk", "json-array"),
    ]
    assert format_column(conversations) == {
        "a.ndjson": "ndjson (zendesk, freshdesk)",
        "b.json": "json-array (freshdesk)",
    }
