"""Forked worker processes for ForkedEngine, and the messages between them and the parent.

Parent to worker: ("task", id, items), ("ack",) once the parent has taken a batch, ("stop",).
Worker to parent: ("batch", id, events, final) or ("error", id, exception).
"""

from __future__ import annotations

import contextlib
import gc
import multiprocessing
import os
import pickle
import signal
import sys
import traceback
from collections import deque
from multiprocessing.connection import Connection, wait

from ccaudit.pipeline.analysis import Analysis
from ccaudit.pipeline.events import ConversationResult

# Conversation results per message: small enough to buffer, large enough to amortise a send.
BATCH_RESULTS = 64


class WorkerFailed(RuntimeError):
    """A worker process ended without finishing its tasks (killed, or out of memory)."""


class WorkerPool:
    """Up to `jobs` workers, started as tasks need them (a short batch forks fewer)."""

    def __init__(self, analysis: Analysis, jobs: int):
        self.analysis = analysis
        self.jobs = jobs
        self.processes: list[multiprocessing.Process] = []
        self.connections: list[Connection] = []
        self.load: list[int] = []
        self.task_worker: dict[int, int] = {}

    def __enter__(self) -> WorkerPool:
        return self

    def __exit__(self, *exc_info) -> None:
        for connection in self.connections:
            with contextlib.suppress(OSError):
                connection.send(("stop",))
        for process in self.processes:
            process.join(timeout=None if exc_info[0] is None else 1)
            if process.is_alive():
                process.terminate()
                process.join()
        if self.processes:
            gc.unfreeze()  # this process goes on: what it drops from now on may be collected

    def assign(self, task_id: int, items: list[object]) -> int:
        idle = min(range(len(self.load)), key=self.load.__getitem__, default=None)
        if idle is None or (self.load[idle] and len(self.processes) < self.jobs):
            idle = self._start()
        self.connections[idle].send(("task", task_id, items))
        self.load[idle] += 1
        self.task_worker[task_id] = idle
        return idle

    def ack(self, worker: int) -> None:
        self.connections[worker].send(("ack",))

    def receive(self) -> list[tuple[int, list[object], bool]]:
        """Wait for at least one batch: (task id, events, final)."""
        ready = wait(self.connections + [p.sentinel for p in self.processes])
        batches = []
        for worker, connection in enumerate(self.connections):
            if connection not in ready:
                continue
            try:
                message = connection.recv()
            except EOFError:
                raise self._failed(worker) from None
            if message[0] == "error":
                raise message[2]
            _, task_id, events, final = message
            if final:
                self.load[self.task_worker.pop(task_id)] -= 1
            batches.append((task_id, events, final))
        for worker, process in enumerate(self.processes):
            if process.sentinel in ready and not self.connections[worker].poll():
                raise self._failed(worker)
        return batches

    def _failed(self, worker: int) -> WorkerFailed:
        process = self.processes[worker]
        process.join(timeout=1)
        return WorkerFailed(f"a worker process ended unexpectedly (exit code {process.exitcode})")

    def _start(self) -> int:
        # A fork copies unflushed output buffers: flushed now, they cannot be written twice.
        sys.stdout.flush()
        sys.stderr.flush()
        if not self.processes:
            # The analysis is built: the collector need not look at it again. A worker's
            # collections would otherwise write to every object's header, copying the
            # parent's pages into each worker (and spending its CPU on it).
            gc.freeze()
        parent_end, worker_end = multiprocessing.Pipe()
        process = multiprocessing.get_context("fork").Process(
            target=_work, args=(self.analysis, worker_end), daemon=True
        )
        process.start()
        worker_end.close()
        self.processes.append(process)
        self.connections.append(parent_end)
        self.load.append(0)
        return len(self.processes) - 1


def _work(analysis: Analysis, connection: Connection) -> None:
    """The worker's loop. It ends with os._exit: the parent's buffers, files and database
    connection it inherited are the parent's to flush and close."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    sys.stdout = sys.stderr = open(os.devnull, "w")  # noqa: SIM115
    waiting: deque = deque()
    try:
        while (message := waiting.popleft() if waiting else connection.recv())[0] == "task":
            _, task_id, items = message
            try:
                _run_task(analysis, connection, task_id, items, waiting)
            except Exception as exc:
                connection.send(("error", task_id, _picklable(exc)))
                break
    except (EOFError, OSError):
        pass  # the parent is gone
    finally:
        os._exit(0)


def _run_task(
    analysis: Analysis, connection: Connection, task_id: int, items: list, waiting: deque
) -> None:
    batch: list[object] = []
    results = 0
    unacknowledged = False
    for event in analysis.run(items):
        batch.append(event)
        results += isinstance(event, ConversationResult)
        if results == BATCH_RESULTS:
            if unacknowledged:
                _wait_for_ack(connection, waiting)
            connection.send(("batch", task_id, batch, False))
            batch, results, unacknowledged = [], 0, True
    if unacknowledged:
        _wait_for_ack(connection, waiting)
    connection.send(("batch", task_id, batch, True))


def _wait_for_ack(connection: Connection, waiting: deque) -> None:
    """Tasks that arrive meanwhile wait their turn."""
    while (message := connection.recv())[0] != "ack":
        waiting.append(message)


def _picklable(exc: Exception) -> Exception:
    exc.add_note("in a ccaudit worker process:\n" + traceback.format_exc())
    try:
        pickle.dumps(exc)
        return exc
    except Exception:
        return RuntimeError(f"{type(exc).__name__} in a ccaudit worker process")
