"""Run a command and measure it as a whole: wall time, CPU time of it and every process it
started, and its peak memory summed over the process tree (forked workers included).

PSS splits the pages that forked workers share with their parent, so the tree's PSS is what
the batch really costs; RSS would count those shared pages once per process.
"""

from __future__ import annotations

import os
import resource
import signal
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

SAMPLE_SECONDS = 0.1


@dataclass
class Measured:
    returncode: int
    wall: float
    cpu: float
    peak_tree_pss_mb: float
    peak_process_rss_mb: float
    # The command's own share of the tree's peak: the rest is its workers'.
    parent_pss_at_peak_mb: float = 0.0
    stopped: bool = False


def run_measured(command: list[str], limit_mb: float | None = None, **popen) -> Measured:
    """`limit_mb`: stop the command (and say so) once its tree's PSS passes this, so that a
    runaway does not take a shared machine down with it."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    process = subprocess.Popen(command, start_new_session=True, **popen)
    peak_pss = peak_rss = parent_pss = 0.0
    stopped = False
    while process.poll() is None:
        pss, rss, root_pss = _tree_memory(process.pid)
        if pss > peak_pss:
            peak_pss, parent_pss = pss, root_pss
        peak_rss = max(peak_rss, rss)
        if limit_mb and pss > limit_mb:
            os.killpg(process.pid, signal.SIGKILL)
            stopped = True
        time.sleep(SAMPLE_SECONDS)
    process.wait()
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return Measured(process.returncode, wall, cpu, peak_pss, peak_rss, parent_pss, stopped)


def _tree_memory(root: int) -> tuple[float, float, float]:
    """(PSS of the tree, RSS of its largest process, PSS of the root), in MB."""
    parents: dict[int, int] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            parents[int(entry.name)] = int(fields[1])
    tree = {root}
    grown = True
    while grown:
        grown = False
        for pid, parent in parents.items():
            if parent in tree and pid not in tree:
                tree.add(pid)
                grown = True
    pss = rss = root_pss = 0.0
    for pid in tree:
        values = _rollup(pid)
        pss += values.get("Pss", 0.0)
        rss = max(rss, values.get("Rss", 0.0))
        if pid == root:
            root_pss = values.get("Pss", 0.0)
    return pss / 1024, rss / 1024, root_pss / 1024


def _rollup(pid: int) -> dict[str, float]:
    try:
        lines = Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines()
    except OSError:
        return {}
    values = {}
    for line in lines[1:]:
        name, _, rest = line.partition(":")
        number = rest.split()
        if number and number[0].isdigit():
            values[name] = float(number[0])  # kB
    return values
