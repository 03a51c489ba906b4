"""Redact every other place in the file that holds a value already redacted.

A vendor's second copy of the transcript, a rolling caption that repeats the line before, a
customer's address in a ticket's metadata: the detector reads each turn once, but a copy fit
to share must not keep the value anywhere. Matching ignores case and blanks inside the value
(Transcribe's full transcript spaces Thai words the turns glue), and never starts or ends
inside a longer word or number (`123` is not swept out of `00:01.123`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from ccaudit.redact.edits import REASON_SAME_VALUE, Edit, SlotEdits
from ccaudit.redact.slots import EditsBySlot, SweepRegion

# Shorter values (a two-digit day) would be found in too many unrelated places.
MIN_SWEPT_CHARS = 3
_WORDISH = "0-9A-Za-z\u0e50-\u0e59"


def value_key(value: str) -> str:
    return "".join(value.split()).casefold()


def sweep_edits(
    regions: Iterable[SweepRegion], redacted: list[Edit], values: list[str], edits: EditsBySlot
) -> list[Edit]:
    """Edits for each other occurrence of `values[i]`, redacted as `redacted[i]` was."""
    by_key: dict[str, Edit] = {}
    for edit, value in zip(redacted, values, strict=True):
        key = value_key(value)
        if len(key) >= MIN_SWEPT_CHARS:
            by_key.setdefault(key, edit)
    if not by_key:
        return []
    pattern = _pattern(by_key)
    found: list[Edit] = []
    for slot, text, ranges in regions:
        taken = SlotEdits(edits.get(slot, ()))
        for start, end in ranges if ranges is not None else [(0, len(text))]:
            for match in pattern.finditer(text, start, end):
                origin = by_key.get(value_key(match.group()))
                if origin is None:
                    continue
                edit = Edit(
                    slot,
                    match.start(),
                    match.end(),
                    origin.replacement,
                    replace(origin.redaction, reason=REASON_SAME_VALUE, score=None),
                )
                if taken.add(edit):
                    found.append(edit)
    return found


def _pattern(by_key: dict[str, Edit]) -> re.Pattern[str]:
    alternatives = [_value_pattern(key) for key in sorted(by_key, key=len, reverse=True)]
    # A lookahead on the first characters lets `re` skip most positions at once.
    firsts = {c for key in by_key for c in (key[0], key[0].upper())}
    first_class = "".join(sorted(re.escape(c) for c in firsts))
    return re.compile(rf"(?=[{first_class}])(?:{'|'.join(alternatives)})", re.IGNORECASE)


def _value_pattern(key: str) -> str:
    body = r"\s*".join(re.escape(c) for c in key)
    wordish = re.compile(f"[{_WORDISH}]")
    before = rf"(?<![{_WORDISH}])(?<![0-9][.,:/-])" if wordish.match(key[0]) else ""
    after = rf"(?![{_WORDISH}])(?![.,:/-][0-9])" if wordish.match(key[-1]) else ""
    return before + body + after
