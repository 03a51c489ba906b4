"""Second wordings of a turn that its reader passes over, scanned and redacted as turns too.

Genesys writes each phrase twice: `decoratedText` (punctuated, read by the reader) and `text`
(as spoken: `somchai dot test at example dot com`). A redacted copy must not keep the spoken
one, and the same value in other words is no exact repeat for the sweep to find.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import replace

from ccaudit.model import Conversation, Turn

# Format -> the field a reader reads -> the other wording beside it.
ALTERNATE_FIELDS = {"genesys": {"decoratedText": "text"}}


def has_alternates(conversations: Sequence[Conversation]) -> bool:
    return any(c.source_format in ALTERNATE_FIELDS for c in conversations)


def alternate_conversations(
    conversations: Sequence[Conversation], document
) -> Iterator[Conversation]:
    """For each conversation with other wordings, one conversation of those wordings."""
    for conversation in conversations:
        fields = ALTERNATE_FIELDS.get(conversation.source_format)
        if not fields:
            continue
        turns = [t for turn in conversation.turns if (t := _alternate(turn, fields, document))]
        for index, turn in enumerate(turns):
            turn.index = index
        if turns:
            yield replace(conversation, turns=turns)


def _alternate(turn: Turn, fields: dict[str, str], document) -> Turn | None:
    pointer = turn.locator.pointer or ""
    parent, _, name = pointer.rpartition("/")
    if name not in fields:
        return None
    locator = replace(turn.locator, pointer=f"{parent}/{fields[name]}", offset=0)
    text = document.slot_text(document.slot_for(locator))
    if not text or not text.strip():
        return None
    return replace(turn, text=text, redactions=(), locator=locator, source_index=None)
