"""A name that fills a field named for one: a CSV `customer_name` cell, a JSON record's
`display_name` (ccaudit.ingest.field_names says which fields those are), or such a field
quoted inside text (`{"owner":"K. Navarro"}` pasted into a ticket).

The field says a name is there, so the value needs no cue and no list; it must still look
like a name: one line of at most six words of letters, with no digit or `@`, and no
placeholder such as `N/A`, `unknown` or `ไม่ระบุ`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ccaudit.ingest.field_names import PERSON, entity_of_key

MAX_WORDS = 6
MAX_LENGTH = 60
_PLACEHOLDERS = frozenset({
    "n/a", "na", "none", "null", "nil", "unknown", "anonymous", "guest", "visitor", "customer",
    "client", "user", "test", "-", "--", "system", "bot", "auto", "automation", "admin",
    "unassigned", "ivr", "queue", "chatbot", "agent", "ลูกค้า", "ไม่ระบุ", "ไม่มี", "ไม่ทราบ", "ระบบ",
})  # fmt: skip
_NOT_IN_A_NAME = re.compile(r"[\d@\n\r\t:/\\<>{}\[\]=#|]")
_LETTER = re.compile(r"[^\W\d_]")


def named_field_name_span(text: str) -> tuple[int, int] | None:
    """The span of the whole value, blanks around it left out, when it looks like a name."""
    value = text.strip()
    if not value or len(value) > MAX_LENGTH or value.casefold() in _PLACEHOLDERS:
        return None
    if _NOT_IN_A_NAME.search(value) or not _LETTER.search(value):
        return None
    if len(value.split()) > MAX_WORDS:
        return None
    start = text.index(value)
    return start, start + len(value)


# A JSON field written inside text: its key and its string value.
_QUOTED_FIELD = re.compile(
    r'"([A-Za-z_\u0e01-\u0e4e][\w \u0e01-\u0e4e-]{0,30})"[ \t]*:[ \t]*"([^"\n]{1,60})"'
)


def quoted_field_name_spans(text: str) -> Iterator[tuple[int, int]]:
    """Names in JSON fields named for one that text quotes (`"handled_by": "Aarav K"`)."""
    for field in _QUOTED_FIELD.finditer(text):
        if entity_of_key(field.group(1)) == PERSON:
            span = named_field_name_span(field.group(2))
            if span is not None:
                yield field.start(2) + span[0], field.start(2) + span[1]
