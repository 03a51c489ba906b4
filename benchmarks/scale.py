"""Beyond one core: `--jobs` scaling, peak memory as a batch grows, and Spark local[2].

    python benchmarks/scale.py [--jobs-mb 20] [--sizes 10,100,1000] [--commands scan,check,audit]
                               [--layouts files,one] [--memory-jobs N] [--limit-mb 3000]
                               [--skip-spark]

Batches are plain-text transcripts made from the benchmark corpus (benchmarks/batches.py) in
a temporary folder: as many files of about 10 KB, or as one file. Every run is the real CLI
in a child process, timed on the wall and in CPU (workers included); memory is the peak of
the process tree's PSS, sampled every 0.1 s, and the parent's share of it at that peak. The
machine's state is printed first: on a shared machine, wall-clock figures mean little
without it.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import sys
import tempfile
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.batches import write_files, write_one_file  # noqa: E402
from benchmarks.process_memory import Measured, run_measured  # noqa: E402
from ccaudit.pipeline.engines import default_jobs  # noqa: E402

CCAUDIT = [sys.executable, "-c", "from ccaudit.cli import main; main()"]
FILE_BYTES = 10_000
MB = 1_000_000


def machine_state() -> str:
    load = ", ".join(f"{x:.2f}" for x in os.getloadavg())
    return f"{datetime.now():%Y-%m-%d %H:%M}, {os.cpu_count()} cores, load average {load}"


def command_line(command: str, batch: Path, out: Path, *extra: str) -> list[str]:
    if command == "audit":
        return [*CCAUDIT, "audit", str(batch), "--db", str(out), "-q", *extra]
    return [*CCAUDIT, command, str(batch), "--format", "jsonl", "-o", str(out), "-q", *extra]


def describe(size: int, run: Measured) -> str:
    state = "STOPPED at the limit" if run.stopped else f"exit {run.returncode}"
    return (
        f"{run.wall:7.1f} s wall {run.cpu:7.1f} s CPU {size / MB / run.wall:6.2f} MB/s wall  "
        f"peak tree PSS {run.peak_tree_pss_mb:6.0f} MB (parent "
        f"{run.parent_pss_at_peak_mb:4.0f}), largest process RSS "
        f"{run.peak_process_rss_mb:6.0f} MB ({state})"
    )


def jobs_scaling(folder: Path) -> None:
    batch = folder / "jobs"
    files = list(batch.rglob("*.txt"))
    size = sum(p.stat().st_size for p in files)
    print(f"\n--jobs scaling: scan of {size / MB:.1f} MB in {len(files)} files")
    first = None
    for jobs in range(1, default_jobs() + 1):
        out = folder / f"jobs-{jobs}.jsonl"
        run = run_measured(command_line("scan", folder / "jobs", out, "--jobs", str(jobs)))
        digest = hashlib.sha256(out.read_bytes()).hexdigest()[:12]
        first = first or (run.wall, digest)
        same = "same output" if digest == first[1] else "OUTPUT DIFFERS"
        print(f"  --jobs {jobs}: {describe(size, run)}  {first[0] / run.wall:.2f}x, {same}")


def memory(
    folder: Path, sizes: list[int], layouts: list[str], commands: list[str], limit: float, jobs: int
):
    print(f"\nPeak memory, --jobs {jobs}; each batch made then deleted")
    for megabytes in sizes:
        for layout in layouts:
            batch = folder / f"{megabytes}-{layout}"
            if layout == "files":
                files = max(megabytes * MB // FILE_BYTES, 1)
                size = write_files(batch, megabytes * MB, files)
                what = f"{files} files"
            else:
                size = write_one_file(batch / "one.txt", megabytes * MB)
                what = "one file"
            for command in commands:
                out = folder / f"out-{command}"
                line = command_line(command, batch, out, "--jobs", str(jobs))
                run = run_measured(line, limit_mb=limit)
                print(f"  {command:5} {megabytes:5} MB as {what:13}: {describe(size, run)}")
                out.unlink(missing_ok=True)
            for path in sorted(batch.rglob("*"), reverse=True):
                path.rmdir() if path.is_dir() else path.unlink()


def spark(folder: Path) -> None:
    batch = folder / "jobs"
    size = sum(p.stat().st_size for p in batch.rglob("*.txt"))
    env = os.environ | {
        "SPARK_LOCAL_IP": "127.0.0.1",
        "PYSPARK_SUBMIT_ARGS": "--master local[2] pyspark-shell",
    }
    print(f"\nSpark local[2]: scan of the --jobs batch ({size / MB:.1f} MB)")
    one = next(batch.rglob("*.txt"))
    start = run_measured(
        command_line("scan", one, folder / "spark-1.jsonl", "--engine", "spark"), env=env
    )
    print(f"  one file (start-up: JVM, workers, analysis): {start.wall:.1f} s wall")
    run = run_measured(
        command_line("scan", batch, folder / "spark.jsonl", "--engine", "spark"), env=env
    )
    print(f"  whole batch: {describe(size, run)}")
    print(f"  less the start-up: {size / MB / max(run.wall - start.wall, 1e-9):.2f} MB/s")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--jobs-mb", type=int, default=20, help="size of the --jobs batch")
    parser.add_argument("--sizes", default="10,100,1000", help="MB for the memory runs")
    parser.add_argument("--layouts", default="files,one", help="files, one or both")
    parser.add_argument("--commands", default="scan,check,audit")
    parser.add_argument("--limit-mb", type=float, default=3000, help="stop a run past this PSS")
    parser.add_argument(
        "--memory-jobs", type=int, default=default_jobs(), help="--jobs of the memory runs"
    )
    parser.add_argument("--skip-jobs", action="store_true")
    parser.add_argument("--skip-memory", action="store_true")
    parser.add_argument("--skip-spark", action="store_true")
    args = parser.parse_args(argv)
    print(f"Machine: {machine_state()}")
    with tempfile.TemporaryDirectory(prefix="ccaudit-scale-") as name:
        folder = Path(name)
        if not args.skip_jobs or not args.skip_spark:
            write_files(folder / "jobs", args.jobs_mb * MB, max(args.jobs_mb * MB // FILE_BYTES, 1))
        if not args.skip_jobs:
            jobs_scaling(folder)
        if not args.skip_memory:
            sizes = [int(s) for s in args.sizes.split(",")]
            commands = args.commands.split(",")
            layouts = args.layouts.split(",")
            memory(folder, sizes, layouts, commands, args.limit_mb, args.memory_jobs)
        if not args.skip_spark:
            spark(folder)
    print(f"\nMachine at the end: {machine_state()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
