"""Speaker roles ccaudit gives the tune half's adherence calls, against the labelled roles.

    python benchmarks/eval_roles.py [--no-infer-roles] [--turns]

Each call's label row says the true role of every speaker label (`roles`, GUIDE.md). Every
turn read with a speaker label is counted right, unknown or wrong (a wrong role is worse
than unknown), per language and per label style (`layout`). Tune half only, never frozen.
`--turns` lists the calls with wrong or unknown turns.
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

from benchmarks.independent.documents import adherence_documents, write_clean  # noqa: E402
from ccaudit.ingest import ReadOptions, read_conversations  # noqa: E402

OUTCOMES = ("right", "unknown", "wrong")


def true_roles(roles: str) -> dict[str, str]:
    """`Agent=agent;Caller=customer` -> casefolded label -> role."""
    pairs = (item.rpartition("=") for item in roles.split(";") if "=" in item)
    return {label.strip().casefold(): role.strip() for label, _, role in pairs}


def outcome(found: str, truth: str) -> str:
    if found == truth:
        return "right"
    return "unknown" if found == "unknown" else "wrong"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--no-infer-roles", action="store_true")
    parser.add_argument("--turns", action="store_true", help="list calls with unknown/wrong turns")
    args = parser.parse_args(argv)
    options = ReadOptions(infer_roles=not args.no_infer_roles)
    documents = list(adherence_documents("tune"))
    by_group: dict[str, Counter] = defaultdict(Counter)
    by_call: dict[str, Counter] = defaultdict(Counter)
    unlabelled = 0
    with tempfile.TemporaryDirectory(prefix="ccaudit-roles-") as folder:
        for path, document in write_clean(documents, Path(folder)).items():
            truth = true_roles(document.meta.get("roles", ""))
            for conversation in read_conversations(Path(path), path, options):
                for turn in getattr(conversation, "turns", ()):
                    expected = truth.get((turn.speaker or "").strip().casefold())
                    if expected is None:
                        unlabelled += 1
                        continue
                    result = outcome(turn.role, expected)
                    for group in (
                        "all",
                        f"lang {document.meta.get('lang', '?')}",
                        f"layout {document.meta.get('layout', '?')}",
                    ):
                        by_group[group][result] += 1
                    by_call[document.id][result] += 1
    print(f"{'turns':48} {'right':>6} {'unknown':>7} {'wrong':>6}")
    for group in sorted(by_group, key=lambda g: (g != "all", not g.startswith("lang"), g)):
        counts = by_group[group]
        print(f"{group[:48]:48} " + " ".join(f"{counts[o]:>{len(o)}}" for o in OUTCOMES))
    print(f"turns without a labelled speaker: {unlabelled}")
    if args.turns:
        for call, counts in sorted(by_call.items()):
            if counts["unknown"] or counts["wrong"]:
                print(f"  {call}  unknown {counts['unknown']}  wrong {counts['wrong']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
