"""A chatbot's own name is no person's: `Bot: Hi! I'm Ava`, `บอท: สวัสดีค่ะ น้องมะลิ ...`.

A name a bot's turn introduces itself with (after "I'm", "my name is", ดิฉัน(ชื่อ) or
น้อง; never "this is ...?" or "คุณชื่อ...", which name the customer) is dropped there and
wherever else the conversation says it (its label on other lines, "thanks Ava"). A bot's turn
is one whose role is `bot`, or whose speaker label says so (`ศรีนครบอท`, `Skye (virtual
assistant)`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ccaudit.model import Turn
from ccaudit.pii.findings import Detection
from ccaudit.pii.passes.display_names import BOT_WORDS

# Only in the first person: "this is Sarah Lee?" or "คุณชื่อสมชายใช่ไหมคะ" names the customer.
_INTRODUCES_ITSELF = re.compile(
    r"(?:(?i:\bi['’]?m|\bi am|\bmy name is|\bmy name['’]?s)|(?:ดิฉัน|หนู|ผม)(?:ชื่อ)?|น้อง) ?$"
)
# `Bot`, `ShopBot`; not a family name that ends in the letters (Talbot, Abbot).
_BOT_LABEL = re.compile(r"(?i:\bbot\b)|(?<=[a-z])Bot\b")
LOOK_BACK = 14


def drop_bot_names(
    turns: Sequence[Turn], texts: Sequence[str], detections: dict[int, list[Detection]]
) -> None:
    """`texts[p]` is the text `detections[p]` point into; drops in place."""
    names = {
        texts[position][d.start : d.end].lower()
        for position, found in detections.items()
        if _is_bot(turns[position])
        for d in found
        if d.entity_type == "PERSON"
        and _INTRODUCES_ITSELF.search(texts[position], max(d.start - LOOK_BACK, 0), d.start)
    }
    if not names:
        return
    for position, found in detections.items():
        text = texts[position]
        found[:] = [
            d
            for d in found
            if not (d.entity_type == "PERSON" and text[d.start : d.end].lower() in names)
        ]


def _is_bot(turn: Turn) -> bool:
    label = turn.speaker or ""
    return turn.role == "bot" or bool(_BOT_LABEL.search(label) or BOT_WORDS.search(label))
