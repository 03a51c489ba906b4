"""A labelled transcript held in one field: a CSV cell or a JSON string that holds a whole
call (`Agent: ...` / `Customer: ...` on lines of their own), as QA and CRM exports write it.

Such a field is read as the plain-text reader reads a file, into turns with their speakers
and roles, each located inside the field (`locator.offset`, and its line counted from the
field's first line). A field whose lines are mostly not labelled, or that opens with header
lines the reader would keep out of the turns, stays one turn.
"""

from __future__ import annotations

from ccaudit.ingest.base import ReadOptions
from ccaudit.ingest.speaker_roles import apply_speaker_roles, speaker_roles
from ccaudit.ingest.text_blocks import Block
from ccaudit.ingest.text_document import PEOPLE_KINDS
from ccaudit.ingest.text_parser import parser_for
from ccaudit.ingest.text_parts import PART_CHARS
from ccaudit.ingest.text_patterns import mostly_labelled
from ccaudit.model import Locator, Turn


def transcript_turns(text: str, options: ReadOptions) -> list[Turn] | None:
    """The field's turns, located inside it, or None when it is not a labelled transcript."""
    if "\n" not in text.strip() or not mostly_labelled(text):
        return None
    parser = parser_for(text, options.agent_speaker, False, PART_CHARS)
    parser.feed(Block(text, 0, False, False))
    parser.finish()
    if parser.headers or len(parser.turns) < 2:
        return None
    people = [t for t, kind in zip(parser.turns, parser.kinds, strict=True) if kind in PEOPLE_KINDS]
    apply_speaker_roles(people, speaker_roles(people, options))
    return parser.turns


def placed_in(turns: list[Turn], field: Locator, first_index: int) -> list[Turn]:
    """The turns numbered from `first_index` and located in the field: its row and column or
    pointer, their offset inside it, and for a CSV cell their line, counted from the cell's
    (a JSON field's line is its NDJSON line, which the NDJSON reader sets)."""
    for number, turn in enumerate(turns):
        turn.index = first_index + number
        line = None if field.line is None else field.line + (turn.locator.line or 1) - 1
        turn.locator = Locator(
            offset=turn.locator.offset,
            pointer=field.pointer,
            row=field.row,
            column=field.column,
            line=line,
        )
    return turns
