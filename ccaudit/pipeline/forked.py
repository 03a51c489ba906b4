"""`--jobs N`: a batch shared among forked worker processes, its events back in input order.

The workers are forked from a process that has already built the analysis (detector, rule
packs, hash key) and run it on the batch's first task, so each starts at once and warm, with
nothing to load. The batch is cut into tasks of consecutive items, about TASK_BYTES of input
each; a worker runs the same Analysis on its task as the in-process engine would and sends
the events back in batches. The parent writes
tasks out strictly in order, so the output is the one `--jobs 1` gives, byte for byte.

Memory stays flat: at most AHEAD tasks per worker are handed out beyond the one being
written, and a worker sends the next batch of a task only once the parent has taken the
previous one, so a long file waits in its worker, not in the parent's buffers.
"""

from __future__ import annotations

import itertools
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from ccaudit.pipeline.analysis import Analysis
from ccaudit.pipeline.events import InputFile
from ccaudit.pipeline.workers import WorkerPool

TASK_BYTES = 256 * 1024
TASK_ITEMS = 64
# The first task runs in this process before any fork, unless it is larger than this (one
# huge file, which the workers would wait for): what the analysis builds on first use
# (patterns compiled lazily, dictionaries, caches) is then built once and shared by every
# worker, instead of built again in each.
WARM_UP_BYTES = 2 * TASK_BYTES
AHEAD = 4


@dataclass
class _Task:
    id: int
    items: list[object]
    size: int = 0
    batches: deque = field(default_factory=deque)
    done: bool = False
    worker: int = -1


class ForkedEngine:
    def __init__(self, analysis: Analysis, jobs: int):
        self.analysis = analysis
        self.jobs = jobs

    def run(self, items: Iterable[object]) -> Iterator[object]:
        tasks = _tasks(items)
        head = list(itertools.islice(tasks, 1))
        if head and head[0].size <= WARM_UP_BYTES:
            yield from self.analysis.run(head.pop().items)
        head += itertools.islice(tasks, 2 - len(head))
        if len(head) < 2:  # one task left: forking would only add to it
            yield from self.analysis.run(item for task in head for item in task.items)
            return
        with WorkerPool(self.analysis, self.jobs) as pool:
            yield from _in_order(pool, itertools.chain(head, tasks), self.jobs * AHEAD)


def _in_order(pool: WorkerPool, tasks: Iterator[_Task], window: int) -> Iterator[object]:
    queue: deque[_Task] = deque()
    by_id: dict[int, _Task] = {}
    for task in itertools.islice(tasks, window):
        task.worker = pool.assign(task.id, task.items)
        queue.append(by_id.setdefault(task.id, task))
    while queue:
        head = queue[0]
        if head.batches:
            events, final = head.batches.popleft()
            if not final:
                pool.ack(head.worker)
            yield from events
        elif head.done:
            queue.popleft()
            del by_id[head.id]
            for task in itertools.islice(tasks, 1):
                task.worker = pool.assign(task.id, task.items)
                queue.append(by_id.setdefault(task.id, task))
        else:
            for task_id, events, final in pool.receive():
                by_id[task_id].batches.append((events, final))
                by_id[task_id].done |= final


def _tasks(items: Iterable[object]) -> Iterator[_Task]:
    """Consecutive items, cut after about TASK_BYTES of input files or TASK_ITEMS items."""
    ids = itertools.count()
    current: list[object] = []
    size = 0
    for item in items:
        current.append(item)
        if isinstance(item, InputFile):
            size += _size(item)
        if size >= TASK_BYTES or len(current) >= TASK_ITEMS:
            yield _Task(next(ids), current, size)
            current, size = [], 0
    if current:
        yield _Task(next(ids), current, size)


def _size(item: InputFile) -> int:
    try:
        return item.path.stat().st_size
    except OSError:
        return 0
