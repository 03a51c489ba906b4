"""Many turns, one analyzer call: Presidio's per-call overhead dwarfs a short turn's scan.

Candidate turns of several conversations are joined with newlines (no pattern crosses one).
A candidate whose previous turn is not in the batch gets that turn's tail as a context-only
segment, so an agent's "card number please?" still counts as context for the customer's
digits. Conversations are kept apart by a gap of blank lines wider than any recognizer's
window, so neither a match nor a context word reaches from one call into the next.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from functools import cached_property

from ccaudit.pii.context import CONTEXT_BEFORE
from ccaudit.pii.numbers import digit_runs, remember_digit_runs

SEPARATOR = "\n"
# Context is looked for at most CONTEXT_BEFORE characters before a match, and a match at the
# very start of a turn has the separator and the tail's last characters before it.
CONTEXT_TAIL_CHARS = CONTEXT_BEFORE + 1
# Wider than any character window a recognizer or the context enhancer reaches across: email
# windows reach 64 before and 128 after an anchor, widened by up to 30 to a word boundary.
CONVERSATION_GAP = SEPARATOR * 160
MAX_BATCH_CHARS = 20_000

# (conversation, turn position): which turn of which conversation a segment is.
TurnKey = tuple[int, int]


@dataclass
class Batch:
    parts: list[str] = field(default_factory=list)
    starts: list[int] = field(default_factory=list)
    keys: list[TurnKey | None] = field(default_factory=list)
    length: int = 0

    def add(self, text: str, key: TurnKey | None) -> None:
        self.parts.append(text)
        self.starts.append(self.length)
        self.keys.append(key)
        self.length += len(text) + len(SEPARATOR)

    @cached_property
    def text(self) -> str:
        """The joined text. Its digit runs are its turns' runs moved along (no run crosses a
        line break), and the turns' runs are wanted again later, so they are worked out once.
        Runs in context-only segments are left out: a match there would be thrown away."""
        text = SEPARATOR.join(self.parts)
        runs = [
            (start + offset, end + offset, count)
            for offset, part, key in zip(self.starts, self.parts, self.keys, strict=True)
            if key is not None
            for start, end, count in digit_runs(part)
        ]
        remember_digit_runs(text, runs)
        return text

    def locate(self, start: int, end: int) -> tuple[TurnKey, int, int] | None:
        """(turn key, start, end) inside that turn's text, or None for context-only."""
        i = bisect_right(self.starts, start) - 1
        key = self.keys[i]
        segment_start = self.starts[i]
        if key is None or end > segment_start + len(self.parts[i]):
            return None
        return key, start - segment_start, end - segment_start


def build_batches(texts: Sequence[Sequence[str]], selected: Sequence[TurnKey]) -> Iterator[Batch]:
    """`texts[c][p]` is analysed for each (c, p) in `selected`, which runs in order;
    `texts[c][p - 1]` gives context."""
    batch = Batch()
    previous: TurnKey | None = None
    for key in selected:
        conversation, position = key
        if batch.length > MAX_BATCH_CHARS:
            yield batch
            batch, previous = Batch(), None
        if previous is not None and previous[0] != conversation:
            batch.add(CONVERSATION_GAP, None)
        if position > 0 and previous != (conversation, position - 1):
            batch.add(texts[conversation][position - 1][-CONTEXT_TAIL_CHARS:], None)
        batch.add(texts[conversation][position], key)
        previous = key
    if batch.parts:
        yield batch
