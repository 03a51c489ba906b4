"""The forked engine on its own: order, one-task batches, and failures in a worker."""

import gc
import os
import time
from pathlib import Path

import pytest

from ccaudit.ingest import ReadOptions
from ccaudit.model import InputError
from ccaudit.pipeline import forked
from ccaudit.pipeline.analysis import Analysis, input_files
from ccaudit.pipeline.events import ConversationResult, FileDone
from ccaudit.pipeline.forked import ForkedEngine
from ccaudit.pipeline.workers import WorkerFailed


def write_calls(folder, count: int) -> list:
    for number in range(count):
        (folder / f"call-{number:02d}.txt").write_text(f"Agent: call {number}\n", encoding="utf-8")
    return list(input_files([str(folder)], ReadOptions()))


def engine(detect, jobs: int = 2) -> ForkedEngine:
    return ForkedEngine(Analysis(ReadOptions(), detect), jobs)


def no_findings(conversations):
    return [[] for _ in conversations]


def test_a_slow_first_file_does_not_reorder_the_output(tmp_path, fine_cut):
    items = write_calls(tmp_path, 12)

    def slow_first(conversations):
        if any(c.path.endswith("call-00.txt") for c in conversations):
            time.sleep(0.3)  # the other worker runs ahead meanwhile
        return no_findings(conversations)

    events = list(engine(slow_first).run(items))

    done = [e.path.name for e in events if isinstance(e, FileDone)]
    assert done == [f"call-{n:02d}.txt" for n in range(12)]


def test_a_batch_of_one_task_runs_in_this_process(tmp_path):
    items = write_calls(tmp_path, 3)
    parent = os.getpid()
    seen_in: set[int] = set()

    def detect(conversations):
        seen_in.add(os.getpid())
        return no_findings(conversations)

    events = list(engine(detect).run(items))

    assert seen_in == {parent}
    assert sum(isinstance(e, ConversationResult) for e in events) == 3


def test_the_first_task_runs_here_before_the_fork_and_the_others_in_workers(tmp_path, fine_cut):
    items = write_calls(tmp_path, 4)
    detected_here: list[str] = []

    def detect(conversations):
        detected_here.extend(Path(c.path).name for c in conversations)
        return no_findings(conversations)

    events = list(engine(detect).run(items))

    # The workers' records stay in their own memory.
    assert detected_here == ["call-00.txt"]
    assert sum(isinstance(e, ConversationResult) for e in events) == 4


def test_a_huge_first_file_is_left_to_a_worker(tmp_path, fine_cut, monkeypatch):
    monkeypatch.setattr(forked, "WARM_UP_BYTES", 10)
    items = write_calls(tmp_path, 4)
    parent = os.getpid()
    detected_here: list[str] = []

    def detect(conversations):
        if os.getpid() == parent:
            detected_here.extend(Path(c.path).name for c in conversations)
        return no_findings(conversations)

    list(engine(detect).run(items))

    assert detected_here == []


def test_workers_leave_what_was_built_before_the_fork_to_the_parent(tmp_path, fine_cut):
    items = write_calls(tmp_path, 4)
    parent = os.getpid()

    def detect(conversations):
        if os.getpid() != parent and not gc.get_freeze_count():
            raise AssertionError("a worker's collections would copy the parent's objects")
        return no_findings(conversations)

    list(engine(detect).run(items))

    assert gc.get_freeze_count() == 0  # the parent collects as before once the workers end


def test_an_error_in_a_worker_is_raised_here(tmp_path, fine_cut, monkeypatch):
    items = write_calls(tmp_path, 6)
    analysed = Analysis.run

    def fails_after_the_fourth(self, task):
        for event in analysed(self, task):
            if isinstance(event, FileDone) and event.path.name == "call-03.txt":
                raise ValueError("worker bug")
            yield event

    monkeypatch.setattr(Analysis, "run", fails_after_the_fourth)
    events = engine(no_findings).run(items)
    with pytest.raises(ValueError, match="worker bug"):
        list(events)


def test_a_detector_defect_in_a_worker_costs_only_its_conversation(tmp_path, fine_cut):
    items = write_calls(tmp_path, 6)

    def fails_on_the_fourth(conversations):
        if any(c.path.endswith("call-03.txt") for c in conversations):
            raise ValueError("detector bug quoting 4111 1111 1111 1111")
        return no_findings(conversations)

    events = list(engine(fails_on_the_fourth).run(items))
    errors = [e for e in events if isinstance(e, InputError)]
    assert [Path(e.path).name for e in errors] == ["call-03.txt"]
    assert errors[0].reason.startswith("internal error (ValueError at test_forked.py:")
    assert "4111" not in errors[0].reason
    assert sum(isinstance(e, ConversationResult) for e in events) == 5


def test_a_worker_that_dies_is_an_error_not_a_hang(tmp_path, fine_cut):
    items = write_calls(tmp_path, 6)

    def dies(conversations):
        if any(c.path.endswith("call-02.txt") for c in conversations):
            os._exit(3)
        return no_findings(conversations)

    with pytest.raises(WorkerFailed):
        list(engine(dies).run(items))


def test_tasks_are_cut_by_size_and_keep_other_items_in_place(tmp_path, monkeypatch):
    monkeypatch.setattr(forked, "TASK_BYTES", 40)
    items = ["start", *write_calls(tmp_path, 5), "end"]
    tasks = list(forked._tasks(items))
    assert [item for task in tasks for item in task.items] == items
    assert len(tasks) > 1


def test_without_fork_many_jobs_run_in_this_process(monkeypatch):
    import multiprocessing

    from ccaudit.pipeline.engines import local_engine

    analysis = Analysis(ReadOptions(), no_findings)
    monkeypatch.setattr(multiprocessing, "get_all_start_methods", lambda: ["spawn"])
    assert local_engine(analysis, 4) is analysis
