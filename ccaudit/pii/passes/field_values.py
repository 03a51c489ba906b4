"""A phone, a date of birth, a passport, a bank account or a card number, or a card's expiry
date, in a field named for one (a CSV `dob` column, a JSON record's `"phone"`, `"acct"`,
`"card_exp"`) that no recognizer found: the field's
name is the cue its bare value lacks (`"dob": "1947-02-09"`, `"phone": "01632 960418"`), as is
a column's name in a table pasted into text. The whole value is taken when it has the shape of
what the field says it holds (ccaudit.ingest.field_names).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from stdnum import luhn

from ccaudit.ingest.field_names import (
    BANK,
    BIRTH_DATE,
    CARD,
    CARD_EXPIRY,
    PASSPORT,
    PHONE,
    entity_named_by,
)
from ccaudit.model import Turn
from ccaudit.normalize import NormalizedText
from ccaudit.pii.findings import Detection
from ccaudit.pii.names.pasted_tables import table_field_cells
from ccaudit.pii.passes.dialogue_names import prepare_turn

SCORE = 0.6
_MONTH = (
    r"[A-Za-z]{3,9}\.?|ม\.?ค\.?|ก\.?พ\.?|มี\.?ค\.?|เม\.?ย\.?|พ\.?ค\.?|มิ\.?ย\.?|ก\.?ค\.?|ส\.?ค\.?"
    r"|ก\.?ย\.?|ต\.?ค\.?|พ\.?ย\.?|ธ\.?ค\.?|[\u0e01-\u0e2e][\u0e01-\u0e4e]{3,10}"
)
_SHAPES = {
    PHONE: re.compile(r"\+?[0-9(][0-9 ().\-]{5,22}[0-9](?: ?(?:ext\.?|x|ต่อ) ?[0-9]{1,5})?"),
    BIRTH_DATE: re.compile(
        r"[0-9]{4}[-/.][0-9]{1,2}[-/.][0-9]{1,2}|[0-9]{1,2}[-/.][0-9]{1,2}[-/.][0-9]{2,4}"
        rf"|[0-9]{{1,2}}[ -](?:{_MONTH})[ -,]*[0-9]{{2,4}}|(?:{_MONTH}) [0-9]{{1,2}},? [0-9]{{4}}"
    ),
    PASSPORT: re.compile(r"(?=[A-Z0-9]*[0-9])[A-Z0-9]{6,12}"),
    BANK: re.compile(r"[0-9][0-9 \-]{4,24}[0-9]|[A-Z]{2}[0-9]{2}(?: ?[A-Z0-9]{1,4}){3,8}"),
    CARD: re.compile(r"[0-9](?:[ \-]?[0-9]){12,18}"),
    CARD_EXPIRY: re.compile(r"(?:0?[1-9]|1[0-2]) ?[/\-] ?(?:20)?[0-9]{2}"),
}
MIN_PHONE_DIGITS, MAX_PHONE_DIGITS = 7, 15
MIN_ACCOUNT_DIGITS = 6


def add_field_values(
    turns: Sequence[Turn],
    normalized: dict[int, NormalizedText],
    texts: list[str],
    detections: dict[int, list[Detection]],
    wants: Callable[[str], bool],
) -> None:
    _add_table_cells(turns, normalized, texts, detections, wants)
    for position, turn in enumerate(turns):
        entity = entity_named_by(turn.locator)
        if entity not in _SHAPES or not wants(entity):
            continue
        value = turn.text.strip()
        if not _SHAPES[entity].fullmatch(value) or not _plausible(entity, value):
            continue
        prepare_turn(position, turns, normalized, texts, detections)
        text = texts[position]
        start = len(text) - len(text.lstrip())
        end = len(text.rstrip())
        if not any(d.entity_type == entity for d in detections[position]):
            detections[position].append(
                Detection(entity, start, end, SCORE, False, "FieldValueFinder")
            )


def _add_table_cells(turns, normalized, texts, detections, wants) -> None:
    """The cells under a `dob`, `passport`, `phone` or account column of a table pasted into a
    turn (`attendee_id;first_name;last_name;phone;dob`), in the rows that name a person."""
    speakers = [turn.speaker or turn.role for turn in turns]
    cells = list(table_field_cells(texts, speakers))
    changed = [prepare_turn(p, turns, normalized, texts, detections) for p in {c[0] for c in cells}]
    if any(changed):
        cells = list(table_field_cells(texts, speakers))
    for position, start, end, entity in cells:
        value = texts[position][start:end]
        if entity not in _SHAPES or not wants(entity) or not _SHAPES[entity].fullmatch(value):
            continue
        found = detections[position]
        if _plausible(entity, value) and not any(d.start < end and start < d.end for d in found):
            found.append(Detection(entity, start, end, SCORE, False, "FieldValueFinder"))


def _plausible(entity: str, value: str) -> bool:
    digits = sum(c.isdigit() for c in value)
    if entity == PHONE:
        return MIN_PHONE_DIGITS <= digits <= MAX_PHONE_DIGITS
    if entity == CARD:
        return luhn.is_valid("".join(c for c in value if c.isdigit()))
    return entity != BANK or digits >= MIN_ACCOUNT_DIGITS
