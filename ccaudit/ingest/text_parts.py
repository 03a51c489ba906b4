"""A huge plain-text conversation as consecutive parts of bounded size, overlapping at the seams.

A part ends once it holds PART_TURNS turns or PART_CHARS characters, or where a turn had to
be cut (text_parser). The next part starts with a repeat of the previous part's last turns
(at most OVERLAP_TURNS of them, and at most OVERLAP_CHARS of text: a longer turn is repeated
from a word near its end), or, after a cut, with the cut turn's own overlap. Its
`overlap_end` is where the previous part ended in the file, so a finding lying wholly before
it is not reported twice (model.new_findings), while a number split across the seam or read
back after it is still found whole.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace

from ccaudit.ingest.text_patterns import count_breaks, overlap_start
from ccaudit.ingest.text_turns import OVERLAP_CHARS
from ccaudit.model import Locator, Turn

PART_TURNS = 10_000
PART_CHARS = 1024 * 1024
OVERLAP_TURNS = 3


@dataclass
class Part:
    number: int  # 1 for the first part
    turns: list[Turn]
    kinds: list[str]  # how each turn was labelled (text_parser)
    overlap_end: int = 0


class PartSplitter:
    def __init__(self) -> None:
        self.max_turns, self.max_chars = PART_TURNS, PART_CHARS
        self._part = Part(1, [], [])
        self._repeated = 0
        self._chars = 0

    def take(self, turns: list[Turn], kinds: list[str], cuts: dict[int, int]) -> Iterator[Part]:
        """The parts these turns complete, in order; `cuts` as text_parser gives them."""
        part = self._part
        max_turns, max_chars = self.max_turns, self.max_chars
        for position, (turn, kind) in enumerate(zip(turns, kinds, strict=True)):
            turn.index = len(part.turns)
            part.turns.append(turn)
            part.kinds.append(kind)
            self._chars += len(turn.text)
            cut_at = cuts.get(position)
            if cut_at is not None or len(part.turns) >= max_turns or self._chars >= max_chars:
                yield part
                part = self._next(part, cut_at)
        self._part = part

    def last(self) -> Part | None:
        """The part still open at the end of the file, when it holds a turn not yet given."""
        part = self._part
        return part if len(part.turns) > self._repeated else None

    def _next(self, done: Part, cut_at: int | None) -> Part:
        last = done.turns[-1]
        if cut_at is not None:
            repeated: list[tuple[Turn, str]] = []
            overlap_end = cut_at
        else:
            repeated = _overlap(done)
            overlap_end = last.locator.offset + len(last.text)
        turns = [replace(turn, index=i) for i, (turn, _) in enumerate(repeated)]
        self._repeated = len(turns)
        self._chars = sum(len(turn.text) for turn in turns)
        return Part(done.number + 1, turns, [kind for _, kind in repeated], overlap_end)


def _overlap(done: Part) -> list[tuple[Turn, str]]:
    """The last turns of a part, as much of them as OVERLAP_TURNS and OVERLAP_CHARS allow."""
    kept: list[tuple[Turn, str]] = []
    room = OVERLAP_CHARS
    for turn, kind in zip(reversed(done.turns), reversed(done.kinds), strict=True):
        if len(kept) == OVERLAP_TURNS or room <= 0:
            break
        if len(turn.text) > room:
            kept.append((_tail(turn, room), kind))
            break
        kept.append((turn, kind))
        room -= len(turn.text)
    return kept[::-1]


def _tail(turn: Turn, chars: int) -> Turn:
    """The turn's last `chars` or fewer characters, from a word start; still a slice of the file."""
    text = turn.text
    start = overlap_start(text, chars)
    line = (turn.locator.line or 1) + count_breaks(text, 0, start)
    locator = Locator(turn.locator.offset + start, None, None, None, line)
    said_from = max(turn.said_from - start, 0)
    return replace(turn, text=text[start:], locator=locator, said_from=said_from)
