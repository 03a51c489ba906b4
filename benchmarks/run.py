"""Benchmark ccaudit's PII detection: accuracy per entity and variant, speed, memory.

    python benchmarks/run.py [--calls N] [--seed S] [--skip-presidio] [--json FILE]

Generates the labelled corpus in memory (benchmarks/corpus.py), scans it with ccaudit's
Detector 16 calls at a time as `ccaudit scan` does, scores span matches, measures throughput
(UTF-8 bytes of turn text per CPU second, one process, the median of three passes) against a
plain Presidio AnalyzerEngine on a subsample of the same corpus, and peak memory while
streaming 1x and 4x the corpus. Prints the issue's targets with PASS/MISS.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("PYTHAINLP_OFFLINE", "1")

from benchmarks.corpus import build_corpus  # noqa: E402
from benchmarks.pii_eval import measure, report, scoring  # noqa: E402
from benchmarks.pii_eval.presidio_baseline import build_presidio, run_side_by_side  # noqa: E402

PLAIN = "Presidio as shipped"
WITH_COPIES = "Presidio with Thai copies"
from benchmarks.pii_eval.results import results_json, write_json  # noqa: E402
from benchmarks.pii_eval.targets import check_targets  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--calls", type=int, default=1000, help="calls in the corpus")
    parser.add_argument("--seed", type=int, default=2, help="corpus seed")
    parser.add_argument("--skip-presidio", action="store_true", help="no Presidio baseline")
    parser.add_argument(
        "--presidio-seconds", type=float, default=20.0, help="CPU budget for the Presidio subsample"
    )
    parser.add_argument("--skip-memory", action="store_true", help="no 1x/4x memory stream")
    parser.add_argument("--json", metavar="FILE", help="also write results as JSON (- = stdout)")
    args = parser.parse_args(argv)

    # Presidio finds its predefined recognizers by class name among all loaded subclasses, and
    # ccaudit's recognizers reuse some of those names: build it before ccaudit.pii is imported.
    engines = None
    if not args.skip_presidio:
        engines = {PLAIN: build_presidio(False), WITH_COPIES: build_presidio(thai_copies=True)}
    calls = build_corpus(args.calls, args.seed)
    turns = sum(len(c.conversation.turns) for c in calls)
    with_values = sum(len({lb.turn for lb in c.labels}) for c in calls)
    size = measure.text_bytes(calls)
    out = [
        f"Corpus: {len(calls)} calls (seed {args.seed}), {turns} turns, "
        f"{with_values / turns:.0%} of turns carry a value, {size / 1e6:.2f} MB of turn text",
        "",
        scoring.__doc__.split("\n", 2)[2].strip(),
        "",
    ]
    print("\n".join(out), flush=True)

    detector, init_seconds = measure.build_detector()
    run = measure.run_detector(detector, calls, init_seconds)
    scores = scoring.score(calls, run.detections)
    seconds = run.seconds
    speed = size / 1e6 / seconds
    print("\n".join(report.accuracy_tables(scores)), "\n", flush=True)
    print("\n".join(report.false_positive_table(scores)), "\n")
    print("\n".join(report.examples(calls, scores)), "\n")
    print(
        f"ccaudit throughput: {speed:.2f} MB/s ({size / 1e6:.2f} MB in {seconds:.2f} CPU s, "
        f"one core, median of 3 passes; detector built in {init_seconds:.2f} s, not counted)",
        flush=True,
    )

    memory = None
    if not args.skip_memory:
        memory = measure.memory_growth(detector, args.calls, args.seed)
        print(
            f"Peak RSS: {memory[0]:.0f} MB before, {memory[1]:.0f} MB after streaming 1x "
            f"({args.calls} calls), {memory[2]:.0f} MB after 4x: growth "
            f"{memory[2] - memory[1]:.1f} MB",
            flush=True,
        )

    presidio = None
    if engines is not None:
        presidio = _presidio(engines, detector, calls, run, args.presidio_seconds)
    ratio = presidio["speed_ratio"] if presidio else None
    growth = memory[2] - memory[1] if memory else None
    checks = check_targets(scores, ratio, growth)
    print("\n" + "\n".join(report.target_table(checks)))
    if args.json:
        data = results_json(args, calls, scores, run, size, memory, presidio, checks)
        write_json(args.json, data)
    return 0


def _presidio(engines, detector, calls, run: measure.DetectorRun, budget: float) -> dict:
    print(
        f"\nPresidio baselines: analysing calls in corpus order for ~{budget:.0f} CPU s each "
        "(too slow for the whole corpus), alternating with ccaudit in blocks of calls...",
        flush=True,
    )
    side = run_side_by_side(engines, WITH_COPIES, detector, calls, budget)
    done, detections = side.calls, side.detections
    size = measure.text_bytes(done)
    speeds = {name: size / 1e6 / seconds for name, seconds in side.seconds.items()}
    ratios = {name: speeds["ccaudit"] / speeds[name] for name in engines}
    ratio = ratios[PLAIN]
    seconds = side.seconds[PLAIN]
    presidio_speed, ccaudit_speed = speeds[PLAIN], speeds["ccaudit"]
    theirs = scoring.score(done, detections)
    ours_scores = scoring.score(
        done, {c.conversation.id: run.detections[c.conversation.id] for c in done}
    )
    print(
        f"Subsample: {len(done)} calls, {size / 1e6:.3f} MB; ccaudit {ccaudit_speed:.2f} MB/s.\n"
        f"  Presidio as shipped: {presidio_speed:.3f} MB/s ({seconds:.1f} CPU s): "
        f"ccaudit is {ratio:.1f}x faster (the target's baseline)\n"
        f"  Presidio with Thai copies of its English-only recognizers: "
        f"{speeds[WITH_COPIES]:.3f} MB/s: {ratios[WITH_COPIES]:.1f}x (the recall baseline)"
    )
    print(
        "Recall on the subsample, Presidio with Thai copies (entity names mapped; DATE_TIME "
        "counts for both dates)"
    )
    print(f"  {'':16} {'labels':>6} {'Presidio':>9} {'ccaudit':>8}")
    for entity, tally in sorted(theirs.by_entity.items()):
        if tally.labels:
            mine = ours_scores.by_entity[entity].recall
            print(
                f"  {entity:16} {tally.labels:6d} {report._num(tally.recall):>9} "
                f"{report._num(mine):>8}"
            )
    return {
        "calls": len(done),
        "bytes": size,
        "cpu_seconds": seconds,
        "mb_per_s": presidio_speed,
        "ccaudit_mb_per_s_same_calls": ccaudit_speed,
        "speed_ratio": ratio,
        "with_thai_copies": {"mb_per_s": speeds[WITH_COPIES], "speed_ratio": ratios[WITH_COPIES]},
        "recall": {e: t.recall for e, t in theirs.by_entity.items() if t.labels},
        "ccaudit_recall_same_calls": {
            e: t.recall for e, t in ours_scores.by_entity.items() if t.labels
        },
    }


if __name__ == "__main__":
    sys.exit(main())
