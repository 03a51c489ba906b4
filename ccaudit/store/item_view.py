"""One flagged item with what a reviewer needs to judge it: its call, score and turns."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field

from ccaudit.errors import CcauditError
from ccaudit.masking import mask_free_text_keeping
from ccaudit.store.context import CONTEXT_TURNS, ContextTurn
from ccaudit.store.flagged import FlaggedItem, flagged_in_call
from ccaudit.store.review import covered_items

_TABLES = {"F": "findings", "R": "rule_results"}


@dataclass
class ItemView:
    item: FlaggedItem
    # The masked turns within CONTEXT_TURNS of the item (the opening, for an item without
    # a turn); empty for a call stored before turns were kept.
    turns: list[ContextTurn] = field(default_factory=list)
    covered: list[str] = field(default_factory=list)
    turns_stored: bool = False


def item_view(connection: sqlite3.Connection, item_id: str, lang: str = "en") -> ItemView:
    kind, number = item_id[:1].upper(), item_id[1:]
    if kind not in _TABLES or not number.isdigit():
        raise CcauditError(f"{item_id!r} is not an item id; ids look like F12 or R7")
    row = connection.execute(
        f"SELECT call_row FROM {_TABLES[kind]} WHERE id = ?", (int(number),)
    ).fetchone()
    item = None
    if row is not None:
        wanted = f"{kind}{int(number)}"
        item = next(
            (i for i in flagged_in_call(connection, row[0], lang) if i.item_id == wanted), None
        )
    if item is None:
        raise CcauditError(
            f"no flagged item {item_id} in the audit database (see `ccaudit review list`)"
        )
    centre = item.turn if item.turn is not None else 0
    # Masked again as read, like evidence, keeping the call's findings' own masks.
    masks = {
        row[0]
        for row in connection.execute(
            "SELECT masked FROM findings WHERE call_row = ?", (item.call_row,)
        )
    }
    turns = [
        ContextTurn(turn, role, start_ms, mask_free_text_keeping(text, masks))
        for turn, role, start_ms, text in connection.execute(
            "SELECT turn, role, start_ms, text FROM context_turns WHERE call_row = ? ORDER BY turn",
            (item.call_row,),
        )
    ]
    near = [t for t in turns if abs(t.turn - centre) <= CONTEXT_TURNS]
    return ItemView(item, near, covered_items(connection, item.identity), bool(turns))
