"""Agreement of `ccaudit check` with the independent adherence labels (benchmarks/eval/adherence).

    python benchmarks/eval_adherence.py [--split tune|frozen|both] [--disagreements]

The calls were written and labelled per behaviour by people who had not read the packs (see
benchmarks/eval/adherence/GUIDE.md). Each call is checked with the bundled packs, as
`ccaudit check` picks them by the call's language; the rules judging a behaviour combine as
benchmarks/independent/behaviours.py says. Agreement is printed per behaviour and per
language and per batch (the writer's labels file: `en`/`th` written first, `b3*`/`b4*` later);
the frozen half prints aggregates only. `--disagreements` lists the tune half's.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("PYTHAINLP_OFFLINE", "1")

from benchmarks.independent.behaviours import BEHAVIOURS, verdict  # noqa: E402
from benchmarks.independent.documents import SPLITS, adherence_documents, write_clean  # noqa: E402
from benchmarks.independent.run_ccaudit import ccaudit_jsonl  # noqa: E402

TARGET = 0.95


def evaluate_split(split: str, show: bool, check_options: list[str]) -> None:
    documents = list(adherence_documents(split))
    if not documents:
        print(f"== {split}: no calls")
        return
    with tempfile.TemporaryDirectory(prefix="ccaudit-eval-") as folder:
        by_path = write_clean(documents, Path(folder))
        results: dict[str, dict[str, str]] = defaultdict(dict)
        for result in ccaudit_jsonl("check", Path(folder), *check_options):
            document = by_path.get(result["path"])
            if document is not None:
                results[document.id][result["rule_id"]] = result["status"]
                for other in result.get("also_rules", ()):
                    results[document.id][other.split(":")[-1]] = result["status"]
    total, agreed = Counter(), Counter()
    by_group, agreed_group = Counter(), Counter()
    disagreements = []
    confusion: Counter[tuple[str, str, str]] = Counter()
    for document in documents:
        groups = (f"language {document.meta.get('lang', '?')}", f"batch {document.meta['batch']}")
        for behaviour in BEHAVIOURS:
            expected = document.meta.get(behaviour, "")
            if not expected:
                continue
            got = verdict(behaviour, results[document.id]) or "no rule"
            total[behaviour] += 1
            by_group.update(groups)
            if got == expected:
                agreed[behaviour] += 1
                agreed_group.update(groups)
            else:
                disagreements.append((document.id, behaviour, expected, got))
                confusion[(behaviour, expected, got)] += 1
    print(f"\n===== {split} half: {len(documents)} calls =====")
    print(f"{'behaviour':30} {'verdicts':>8} {'agree':>6} {'rate':>6}")
    for behaviour in BEHAVIOURS:
        if total[behaviour]:
            rate = agreed[behaviour] / total[behaviour]
            mark = "" if rate >= TARGET else "  < 0.95"
            print(f"{behaviour:30} {total[behaviour]:8d} {agreed[behaviour]:6d} {rate:6.3f}{mark}")
    for name in sorted(by_group):
        rate = agreed_group[name] / by_group[name]
        print(f"{name:30} {by_group[name]:8d} {agreed_group[name]:6d} {rate:6.3f}")
    overall = sum(agreed.values()) / max(sum(total.values()), 1)
    print(f"{'all':30} {sum(total.values()):8d} {sum(agreed.values()):6d} {overall:6.3f}")
    if confusion:
        print("\nDisagreements by kind (counts only): behaviour, label -> ccaudit")
        for (behaviour, expected, got), count in sorted(confusion.items()):
            print(f"  {behaviour:30} {expected:>15} -> {got:15} {count:4d}")
    if show and split == "tune":
        print("\nDisagreements (tune half): call, behaviour, label, ccaudit")
        for row in disagreements:
            print("  " + "  ".join(row))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--split", choices=[*SPLITS, "both"], default="both")
    parser.add_argument("--disagreements", action="store_true", help="tune half only")
    parser.add_argument("--check-option", action="append", default=[], help="extra check option")
    args = parser.parse_args(argv)
    if args.disagreements and args.split != "tune":
        parser.error("--disagreements is for the tune half only (--split tune)")
    for split in SPLITS if args.split == "both" else (args.split,):
        evaluate_split(split, args.disagreements, args.check_option)
    return 0


if __name__ == "__main__":
    sys.exit(main())
