"""Helpers for writing large documents without holding them: JSON written as it is built,
items set aside in a temporary file until their place in the document comes, and the worst
few of many kept for a table."""

from __future__ import annotations

import heapq
import itertools
import json
import pickle
import tempfile
from collections.abc import Callable, Iterator
from typing import Any, Generic, TextIO, TypeVar

T = TypeVar("T")


class JsonDocument:
    """A JSON document written piece by piece, laid out as json.dumps(indent=2) lays it out."""

    def __init__(self, stream: TextIO):
        self.stream = stream
        self._items: list[int] = []  # per open container: how many items it has so far

    def begin(self, bracket: str, key: str | None = None) -> None:
        self._start_item(key)
        self.stream.write(bracket)
        self._items.append(0)

    def end(self, bracket: str) -> None:
        if self._items.pop():
            self.stream.write("\n" + "  " * len(self._items))
        self.stream.write(bracket if self._items else bracket + "\n")

    def value(self, value: Any, key: str | None = None) -> None:
        self._start_item(key)
        # Strings come out escaped, so every line break in the text is the layout's own.
        text = json.dumps(value, ensure_ascii=False, indent=2)
        self.stream.write(text.replace("\n", "\n" + "  " * len(self._items)))

    def _start_item(self, key: str | None) -> None:
        if self._items:
            self.stream.write(",\n" if self._items[-1] else "\n")
            self._items[-1] += 1
            self.stream.write("  " * len(self._items))
        if key is not None:
            self.stream.write(json.dumps(key, ensure_ascii=False) + ": ")


class Spool(Generic[T]):
    """Items kept in an unnamed temporary file, not in memory, and read back once, in order.
    They go through pickle, so anything the model holds comes back as it went in."""

    def __init__(self) -> None:
        self._file = None
        self.count = 0

    def append(self, item: T) -> None:
        if self._file is None:
            self._file = tempfile.TemporaryFile()  # noqa: SIM115 (read back in __iter__)
        pickle.dump(item, self._file)
        self.count += 1

    def __iter__(self) -> Iterator[T]:
        if self._file is None:
            return
        self._file.seek(0)
        for _ in range(self.count):
            yield pickle.load(self._file)
        self._file.close()
        self._file = None


class WorstKept(Generic[T]):
    """The `limit` worst items seen, by `badness` (the first of equals kept), in the order
    they came; and how many were seen."""

    def __init__(self, limit: int, badness: Callable[[T], Any]):
        self.limit = limit
        self.badness = badness
        self.seen = 0
        self._heap: list[tuple[Any, int, T]] = []
        self._order = itertools.count()

    def add(self, item: T) -> None:
        self.seen += 1
        index = next(self._order)
        entry = (self.badness(item), -index, item)
        if len(self._heap) < self.limit:
            heapq.heappush(self._heap, entry)
        elif entry[:2] > self._heap[0][:2]:
            heapq.heapreplace(self._heap, entry)

    def kept(self) -> list[T]:
        return [item for _, _, item in sorted(self._heap, key=lambda e: -e[1])]

    @property
    def left_out(self) -> int:
        return self.seen - len(self._heap)
