"""Agreement of `ccaudit check` with the hand labels in benchmarks/labels/calls.csv.

    python benchmarks/check_agreement.py [--calls DIR] [--labels CSV] [--json]

Runs the real pipeline (reader, PII detector, default packs chosen by call language) on every
labelled call and compares each rule verdict with the label. Prints the agreement rate, a
per-rule breakdown and every disagreement. The labels were written by hand before the checker
was run on them; they are never edited to match its output.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import sys
from collections import Counter
from pathlib import Path

os.environ.setdefault("PYTHAINLP_OFFLINE", "1")

from ccaudit.adherence import Checker, default_pack_paths, load_packs  # noqa: E402
from ccaudit.ingest import ReadOptions  # noqa: E402
from ccaudit.model import InputError  # noqa: E402
from ccaudit.pii import Detector  # noqa: E402
from ccaudit.pipeline.analysis import Analysis, input_files  # noqa: E402
from ccaudit.pipeline.events import ConversationResult  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
TARGET = 0.95


def read_labels(path: Path) -> dict[tuple[str, str, str], str]:
    with path.open(newline="", encoding="utf-8") as handle:
        return {(r["file"], r["pack"], r["rule_id"]): r["expected"] for r in csv.DictReader(handle)}


def measure(calls: Path, labels_csv: Path) -> dict:
    labels = read_labels(labels_csv)
    files = sorted({file for file, _, _ in labels})
    checker = Checker(load_packs(default_pack_paths()), match_language=True)
    analysis = Analysis(ReadOptions(), Detector().scan_many, checker)
    events = list(analysis.run(input_files([str(calls / f) for f in files], ReadOptions())))
    results = [r for e in events if isinstance(e, ConversationResult) for r in e.rule_results]
    errors = [e for e in events if isinstance(e, InputError)]
    got = {}
    for result in results:
        name = Path(result.path).name
        got[name, result.pack, result.rule_id] = result
        # One incident names the other rules it also fails (a read-back in two packs).
        for other in result.also:
            pack, rule_id = other.split(":", 1)
            got[name, pack, rule_id] = result
    per_rule: Counter = Counter()
    per_rule_agree: Counter = Counter()
    disagreements = []
    for key, expected in sorted(labels.items()):
        result = got.get(key)
        status = result.status if result else "missing"
        per_rule[key[1:]] += 1
        if status == expected:
            per_rule_agree[key[1:]] += 1
        else:
            disagreements.append(
                {
                    "file": key[0],
                    "rule": f"{key[1]}::{key[2]}",
                    "expected": expected,
                    "got": status,
                    "reason": result.reason if result else "",
                }
            )
    agreed = len(labels) - len(disagreements)
    return {
        "calls": len(files),
        "verdicts": len(labels),
        "agreed": agreed,
        "agreement": agreed / len(labels) if labels else 0.0,
        "target": TARGET,
        "per_rule": {"::".join(k): f"{per_rule_agree[k]}/{n}" for k, n in sorted(per_rule.items())},
        "disagreements": disagreements,
        "unreadable": [str(e) for e in errors],
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--calls", type=Path, default=ROOT / "fixtures" / "calls")
    parser.add_argument("--labels", type=Path, default=ROOT / "benchmarks" / "labels" / "calls.csv")
    parser.add_argument("--json", action="store_true", help="Print the measurement as JSON.")
    args = parser.parse_args()
    report = measure(args.calls, args.labels)
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=2))
        return 0
    verdict = "PASS" if report["agreement"] >= TARGET else "MISS"
    print(
        f"agreement: {report['agreed']}/{report['verdicts']} rule verdicts = "
        f"{report['agreement']:.1%} on {report['calls']} calls "
        f"(target >= {TARGET:.0%}: {verdict})"
    )
    print("per rule (agreed/labelled):")
    for rule, ratio in report["per_rule"].items():
        print(f"  {rule:<48} {ratio}")
    print(f"disagreements ({len(report['disagreements'])}):")
    for d in report["disagreements"]:
        print(f"  {d['file']:<36} {d['rule']:<42} expected {d['expected']:<14} got {d['got']}")
    for error in report["unreadable"]:
        print(f"unreadable: {error}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
