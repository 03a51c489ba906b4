"""The benchmark's results as JSON, written atomically."""

from __future__ import annotations

import json
import os
import sys
import tempfile
from argparse import Namespace
from dataclasses import asdict
from pathlib import Path

from benchmarks.pii_eval.scoring import Scores, Tally


def tally_json(tally: Tally) -> dict:
    return {
        "labels": tally.labels,
        "found": tally.found,
        "true_positives": tally.true_positives,
        "false_positives": tally.false_positives,
        "recall": tally.recall,
        "precision": tally.precision,
        "f1": tally.f1,
    }


def scores_json(scores: Scores) -> dict:
    return {
        "by_entity": {e: tally_json(t) for e, t in sorted(scores.by_entity.items())},
        "by_variant": {
            f"{e}/{v}": tally_json(t) for (e, v), t in sorted(scores.by_variant.items())
        },
        "false_positive_causes": {
            f"{e}/{c}": n for (e, c), n in sorted(scores.false_positive_causes.items())
        },
        "split_groups": {
            "groups": scores.groups,
            "every_fragment_found": scores.groups_complete,
            "reported_as_one_group": scores.groups_joined,
        },
    }


def results_json(args: Namespace, calls, scores, run, size, memory, presidio, checks) -> dict:
    seconds = run.seconds
    return {
        "corpus": {"calls": len(calls), "seed": args.seed, "bytes": size},
        "ccaudit": {
            **scores_json(scores),
            "cpu_seconds": seconds,
            "mb_per_s": size / 1e6 / seconds,
            "detector_init_seconds": run.init_seconds,
        },
        "memory_mb": None
        if memory is None
        else {"before": memory[0], "after_1x": memory[1], "after_4x": memory[2]},
        "presidio": presidio,
        "targets": [asdict(c) for c in checks],
    }


def write_json(destination: str, data: dict) -> None:
    text = json.dumps(data, indent=2, ensure_ascii=False) + "\n"
    if destination == "-":
        sys.stdout.write(text)
        return
    path = Path(destination)
    handle, temporary = tempfile.mkstemp(dir=path.parent or ".", prefix=f".{path.name}.")
    with os.fdopen(handle, "w", encoding="utf-8") as stream:
        stream.write(text)
    os.replace(temporary, path)
