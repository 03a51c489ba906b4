"""Redact throughput beside scan throughput, on the same files.

    python benchmarks/redact_bench.py [--copies N] [--passes P] [--large MB]

Copies the fixtures in every format (fixtures/text, tickets, vendor) N times into a
temporary folder (or with --large, builds text, NDJSON and CSV files of about MB each by
repeating the fixtures' lines, so that per-file costs such as the fsync of each atomic write
weigh less), then times, in one process with one Detector: scanning each file (read and
detect, as `ccaudit scan` does) and redacting it (read, detect, write the copy, read the copy
back and detect again, as `ccaudit redact` does). Prints MB/s of input per CPU second, the
median of P passes of each, run alternately so both see the same machine.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("PYTHAINLP_OFFLINE", "1")

from ccaudit.ingest import ReadOptions, iter_input_files, read_conversations  # noqa: E402
from ccaudit.model import Conversation, Severity  # noqa: E402
from ccaudit.pii import Detector, DetectorOptions  # noqa: E402
from ccaudit.redact.batch import redact_batch  # noqa: E402
from ccaudit.redact.file_redactor import RedactSettings  # noqa: E402
from ccaudit.redact.policy import build_policy  # noqa: E402
from ccaudit.redact.targets import plan_targets  # noqa: E402

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def build_batch(folder: Path, copies: int) -> Path:
    batch = folder / "in"
    for n in range(copies):
        for part in ("text", "tickets", "vendor"):
            shutil.copytree(FIXTURES / part, batch / f"copy{n}" / part)
    return batch


def build_large_batch(folder: Path, megabytes: float) -> Path:
    batch = folder / "in"
    batch.mkdir(parents=True)
    for source in [
        *sorted((FIXTURES / "text").glob("*.txt")),
        FIXTURES / "tickets/zendesk_export.ndjson",
    ]:
        text = source.read_bytes().decode("utf-8")
        times = max(1, int(megabytes * 1e6 / len(text.encode())))
        (batch / source.name).write_text(text * times, encoding="utf-8", newline="")
    header, _, rows = (
        (FIXTURES / "tickets/helpdesk_tickets.csv").read_text(encoding="utf-8").partition("\n")
    )
    times = max(1, int(megabytes * 1e6 / len(rows.encode())))
    (batch / "tickets.csv").write_text(header + "\n" + rows * times, encoding="utf-8")
    return batch


def scan_files(batch: Path, detector: Detector) -> int:
    found = 0
    for path, display in iter_input_files([str(batch)], ReadOptions()):
        conversations = [
            c for c in read_conversations(path, display, ReadOptions())
            if isinstance(c, Conversation)
        ]  # fmt: skip
        found += sum(len(f) for f in detector.scan_many(conversations))
    return found


def redact_files(batch: Path, out: Path, detector: Detector) -> int:
    settings = RedactSettings(build_policy(None, []), "auto", Severity.low)
    targets = plan_targets([str(batch)], ReadOptions(), out)
    events = redact_batch(targets, ReadOptions(), detector.scan_many, settings)
    return sum(len(getattr(event, "entries", [])) for event in events)


def cpu_seconds(run) -> tuple[float, int]:
    started = time.process_time()
    count = run()
    return time.process_time() - started, count


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--copies", type=int, default=20, help="copies of the fixtures")
    parser.add_argument("--passes", type=int, default=3, help="timed passes of each")
    parser.add_argument("--large", type=float, metavar="MB", help="large files of about MB each")
    args = parser.parse_args(argv)
    detector = Detector(DetectorOptions())
    with tempfile.TemporaryDirectory() as temp:
        if args.large:
            batch = build_large_batch(Path(temp), args.large)
        else:
            batch = build_batch(Path(temp), args.copies)
        files = [p for p, _ in iter_input_files([str(batch)], ReadOptions())]
        size = sum(p.stat().st_size for p in files)
        scan_files(batch, detector)  # warm-up: lazy imports, compiled patterns
        scans, redactions = [], []
        for n in range(args.passes):
            scans.append(cpu_seconds(lambda: scan_files(batch, detector)))
            out = Path(temp) / f"out{n}"
            redactions.append(cpu_seconds(lambda out=out: redact_files(batch, out, detector)))
    made = (
        f"large files of ~{args.large} MB"
        if args.large
        else f"{args.copies} copies of the fixtures"
    )
    print(f"{len(files)} files, {size / 1e6:.2f} MB ({made})")
    print(f"findings per pass: {scans[0][1]}, redactions per pass: {redactions[0][1]}")
    scan_rate = size / 1e6 / statistics.median(s for s, _ in scans)
    redact_rate = size / 1e6 / statistics.median(s for s, _ in redactions)
    print(f"scan:   {scan_rate:.2f} MB/s (CPU, median of {args.passes})")
    print(
        f"redact: {redact_rate:.2f} MB/s (CPU, median of {args.passes}; includes the second scan)"
    )
    print(f"redact takes {scan_rate / redact_rate:.2f}x the CPU of scan")
    return 0


if __name__ == "__main__":
    sys.exit(main())
