"""Score `ccaudit scan` on the independent PII evaluation set (benchmarks/eval/pii).

    python benchmarks/eval_pii.py [--split tune|frozen|both] [--misses] [--presidio]

The set was written apart from the code (see benchmarks/eval/pii/GUIDE.md): `written/` by
people who had not read the recognizers, `real/` real public text labelled by hand. Each half
is scored per entity, per form and per language, for each part and both together; the frozen
half prints aggregates only. `--misses` lists the tune half's misses and false positives, for
tuning; it refuses the frozen half.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("PYTHAINLP_OFFLINE", "1")

from benchmarks.independent import pii_report as report  # noqa: E402
from benchmarks.independent.documents import SPLITS, Document, pii_documents, write_clean  # noqa: E402
from benchmarks.independent.file_offsets import file_span  # noqa: E402
from benchmarks.independent.run_ccaudit import ccaudit_jsonl  # noqa: E402
from benchmarks.independent.scoring import Detection, Scores, score  # noqa: E402

PARTS = ("written", "real")
CONTEXT = 50


def detect(documents: list[Document], scan_options: list[str]) -> dict[str, list[Detection]]:
    with tempfile.TemporaryDirectory(prefix="ccaudit-eval-") as folder:
        by_path = write_clean(documents, Path(folder))
        found: dict[str, list[Detection]] = {d.id: [] for d in documents}
        for finding in ccaudit_jsonl("scan", Path(folder), *scan_options):
            document = by_path.get(finding["path"])
            span = document and file_span(document.marked.text, finding)
            if span is not None:
                found[document.id].append(Detection(finding["entity_type"], *span))
    return found


def presidio_detect(documents: list[Document]) -> dict[str, list[Detection]]:
    from benchmarks.pii_eval.presidio_baseline import build_presidio, language_of

    engine = build_presidio(thai_copies=True)
    found: dict[str, list[Detection]] = {}
    for document in documents:
        detections = []
        offset = 0
        for line in document.marked.text.splitlines(keepends=True):
            if line.strip():
                for r in engine.analyze(line, language=language_of(line)):
                    detections.append(Detection(r.entity_type, offset + r.start, offset + r.end))
            offset += len(line)
        found[document.id] = detections
    return found


def evaluate_split(split: str, args, scan_options: list[str]) -> None:
    documents = {part: list(pii_documents(part, split)) for part in PARTS}
    everything = [d for part in PARTS for d in documents[part]]
    if not everything:
        print(f"== {split}: no documents")
        return
    found = detect(everything, scan_options)
    scores = {part: score(docs, found) for part, docs in documents.items() if docs}
    both = score(everything, found)
    real_thai_docs = [d for d in documents["real"] if d.meta.get("lang") == "th"]
    real_thai = score(real_thai_docs, found) if real_thai_docs else None
    counts = ", ".join(f"{part} {len(docs)} documents" for part, docs in documents.items())
    print(f"\n===== {split} half: {counts} =====\n")
    for part, part_scores in scores.items():
        print("\n".join(report.entity_table(f"{split} / {part}: per entity", part_scores)), "\n")
    print("\n".join(report.entity_table(f"{split} / both parts: per entity", both)), "\n")
    if real_thai:
        print("\n".join(report.entity_table(f"{split} / real Thai text", real_thai)), "\n")
    print("\n".join(_batch_table(everything, found)), "\n")
    print("\n".join(report.form_table(both)), "\n")
    print("\n".join(report.language_table(both)), "\n")
    print("\n".join(report.target_lines(report.targets(both, real_thai))), "\n")
    if args.presidio:
        theirs = score(everything, presidio_detect(everything))
        print("\n".join(report.entity_table(f"{split}: Presidio (with Thai copies)", theirs)))
    if args.misses and split == "tune":
        print("\n".join(_misses(both)))


def _batch_table(documents: list[Document], found: dict[str, list[Detection]]) -> list[str]:
    """All entities (micro) per writer's manifest: sets written at different times apart."""
    batches: dict[str, list[Document]] = {}
    for document in documents:
        batches.setdefault(f"{document.part} / {document.meta['batch']}", []).append(document)
    lines = ["Per batch (the writer's manifest), all entities (micro)", report.HEADER]
    for name, docs in sorted(batches.items()):
        lines.append(report.row(name, score(docs, found).total()))
    return lines


def _misses(scores: Scores) -> list[str]:
    lines = ["Misses (tune half)"]
    for miss in scores.misses:
        text = miss.document.marked.text
        label = miss.label
        lines.append(
            f"  {miss.document.id:10} {label.entity:14} {label.form:20} "
            f"{_context(text, label.start, label.end)}"
        )
    lines.append("False positives (tune half)")
    for fp in scores.false_positives:
        text = fp.document.marked.text
        d = fp.detection
        lines.append(
            f"  {fp.document.id:10} {d.entity:14} {fp.negative or '-':20} "
            f"{_context(text, d.start, d.end)}"
        )
    return lines


def _context(text: str, start: int, end: int) -> str:
    before = text[max(start - CONTEXT, 0) : start]
    after = text[end : end + CONTEXT]
    return repr(f"{before}⟦{text[start:end]}⟧{after}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--split", choices=[*SPLITS, "both"], default="both")
    parser.add_argument("--misses", action="store_true", help="list the tune half's misses")
    parser.add_argument("--presidio", action="store_true", help="score Presidio on it too")
    parser.add_argument("--scan-option", action="append", default=[], help="extra scan option")
    args = parser.parse_args(argv)
    if args.misses and args.split != "tune":
        parser.error("--misses is for the tune half only (--split tune)")
    for split in SPLITS if args.split == "both" else (args.split,):
        evaluate_split(split, args, args.scan_option)
    return 0


if __name__ == "__main__":
    sys.exit(main())
