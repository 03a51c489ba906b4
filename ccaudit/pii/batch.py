"""Many turns, one analyzer call: Presidio's per-call overhead dwarfs a short turn's scan.

Candidate turns are joined with newlines (no pattern crosses one). A candidate whose
previous turn is not in the batch gets that turn's tail as a context-only segment, so an
agent's "card number please?" still counts as context for the customer's digits.
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
MAX_BATCH_CHARS = 20_000


@dataclass
class Batch:
    parts: list[str] = field(default_factory=list)
    starts: list[int] = field(default_factory=list)
    positions: list[int | None] = field(default_factory=list)
    length: int = 0

    def add(self, text: str, position: int | None) -> None:
        self.parts.append(text)
        self.starts.append(self.length)
        self.positions.append(position)
        self.length += len(text) + len(SEPARATOR)

    @cached_property
    def text(self) -> str:
        """The joined text. Its digit runs are its parts' runs moved along (no run crosses a
        line break), and the turns' runs are wanted again later, so they are worked out once."""
        text = SEPARATOR.join(self.parts)
        runs = [
            (start + offset, end + offset, count)
            for offset, part in zip(self.starts, self.parts, strict=True)
            for start, end, count in digit_runs(part)
        ]
        remember_digit_runs(text, runs)
        return text

    def locate(self, start: int, end: int) -> tuple[int, int, int] | None:
        """(turn position, start, end) inside that turn's text, or None for context-only."""
        i = bisect_right(self.starts, start) - 1
        position = self.positions[i]
        segment_start = self.starts[i]
        if position is None or end > segment_start + len(self.parts[i]):
            return None
        return position, start - segment_start, end - segment_start


def build_batches(
    texts: Sequence[str], selected: Sequence[int], context_texts: Sequence[str]
) -> Iterator[Batch]:
    """`texts[p]` is analysed for each p in `selected`; `context_texts[p - 1]` gives context."""
    batch = Batch()
    previous = None
    for position in selected:
        if batch.length > MAX_BATCH_CHARS:
            yield batch
            batch, previous = Batch(), None
        if position > 0 and previous != position - 1:
            batch.add(context_texts[position - 1][-CONTEXT_TAIL_CHARS:], None)
        batch.add(texts[position], position)
        previous = position
    if batch.parts:
        yield batch
