"""A card's last four digits said on their own ("the card ending 4941", "4941. full number is
4981 7682 3516 4941") are that card's, not a one-time code: a four-digit code found where the
conversation holds a card ending in the same digits is dropped. A code that happens to match
a card's end is one in ten thousand."""

from __future__ import annotations

from ccaudit.pii.findings import Detection
from ccaudit.pii.numbers import digits_only

CARD_END_DIGITS = 4


def drop_card_ends(texts: list[str], detections: dict[int, list[Detection]]) -> None:
    ends = {
        digits_only(texts[position][d.start : d.end])[-CARD_END_DIGITS:]
        for position, found in detections.items()
        for d in found
        if d.entity_type == "CREDIT_CARD"
    }
    if not ends:
        return
    for position, found in detections.items():
        text = texts[position]
        detections[position] = [
            d
            for d in found
            if not (d.entity_type == "OTP" and digits_only(text[d.start : d.end]) in ends)
        ]
