"""Single-core speed on the independent PII evaluation set: ccaudit against Presidio.

    python benchmarks/eval_speed.py [--splits tune,frozen] [--presidio-seconds 30]

The set's plain-text documents (benchmarks/eval/pii/{written,real}/{tune,frozen}/*.txt, see
its GUIDE.md), their inline labels stripped to the values, are read and scanned as `ccaudit
scan` does (read, normalise, detect), and their lines are analysed by Presidio's plain
AnalyzerEngine, the speed baseline of benchmarks/run.py. CPU time, one core. Timing only:
nothing found in any document is printed or kept.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("PYTHAINLP_OFFLINE", "1")

from benchmarks.independent.documents import EVAL_ROOT, pii_documents, write_clean  # noqa: E402
from benchmarks.pii_eval.presidio_baseline import build_presidio, language_of  # noqa: E402

PARTS = ("written", "real")
PASSES = 3
MB = 1_000_000


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--splits", default="tune,frozen", help="tune, frozen or tune,frozen")
    parser.add_argument("--presidio-seconds", type=float, default=30.0, help="Presidio's budget")
    args = parser.parse_args(argv)
    documents = [
        d
        for part in PARTS
        for split in args.splits.split(",")
        if (EVAL_ROOT / "pii" / part / split).is_dir()
        for d in pii_documents(part, split)
    ]
    if not documents:
        print(f"No evaluation documents under {EVAL_ROOT / 'pii'}: nothing to time.")
        return 0
    # Presidio finds its recognizers by class name among loaded classes: built before ours.
    presidio = build_presidio(thai_copies=False)
    presidio.analyze("warm up 4532 0151 1283 0366", language="en")
    texts = [d.marked.text for d in documents]
    done, presidio_seconds = time_presidio(presidio, texts, args.presidio_seconds)
    with tempfile.TemporaryDirectory(prefix="ccaudit-eval-speed-") as folder:
        write_clean(documents, Path(folder))
        paths = sorted(Path(folder).glob("*.txt"))
        all_seconds = time_ccaudit(paths)
        subset_seconds = time_ccaudit(paths_of(paths, documents[:done]))
    size = sum(len(t.encode()) for t in texts)
    subset = sum(len(t.encode()) for t in texts[:done])
    ours, theirs = subset / MB / subset_seconds, subset / MB / presidio_seconds
    print(f"Evaluation set ({args.splits}): {len(documents)} documents, {size / MB:.2f} MB")
    print(f"  ccaudit, all of it: {size / MB / all_seconds:.2f} MB/s (median of {PASSES})")
    print(
        f"  on the {done} documents Presidio got through ({subset / MB:.2f} MB): ccaudit "
        f"{ours:.2f} MB/s, Presidio {theirs:.3f} MB/s: ccaudit is {ours / theirs:.1f}x faster"
    )
    return 0


def time_presidio(engine, texts: list[str], budget: float) -> tuple[int, float]:
    """Documents in order, each line analysed in its language, until `budget` CPU seconds."""
    spent = 0.0
    for done, text in enumerate(texts):
        if spent >= budget:
            return done, spent
        started = time.process_time()
        for line in text.splitlines():
            if line.strip():
                engine.analyze(line, language=language_of(line))
        spent += time.process_time() - started
    return len(texts), spent


def time_ccaudit(paths: list[Path]) -> float:
    from ccaudit.ingest import ReadOptions
    from ccaudit.pii import Detector
    from ccaudit.pipeline.analysis import Analysis
    from ccaudit.pipeline.events import InputFile

    analysis = Analysis(ReadOptions(), Detector().scan_many)
    items = [InputFile(path, path.name) for path in paths]
    for _ in analysis.run(items[:5]):  # warm-up: first uses of patterns and caches
        pass
    seconds = []
    for _ in range(PASSES):
        started = time.process_time()
        for _ in analysis.run(items):
            pass
        seconds.append(time.process_time() - started)
    return statistics.median(seconds)


def paths_of(paths: list[Path], documents) -> list[Path]:
    names = {f"{d.id}.txt" for d in documents}
    return [p for p in paths if p.name in names]


if __name__ == "__main__":
    sys.exit(main())
