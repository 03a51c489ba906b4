"""Loading the eval sets: manifests and documents, by part (written, real) and split."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from benchmarks.independent.markup import Marked, parse

EVAL_ROOT = Path(__file__).resolve().parents[1] / "eval"
SPLITS = ("tune", "frozen")


@dataclass(frozen=True)
class Document:
    id: str
    part: str
    split: str
    meta: dict[str, str]
    marked: Marked


def manifest_rows(folder: Path, pattern: str) -> dict[str, dict[str, str]]:
    """Each document's row; `batch` names the writer's file it came from (`labels-b3th.csv`
    gives `b3th`), so that sets written at different times can be scored apart."""
    rows: dict[str, dict[str, str]] = {}
    for path in sorted(folder.glob(pattern)):
        batch = path.stem.split("-", 1)[-1]
        with path.open(newline="", encoding="utf-8") as handle:
            for row in csv.DictReader(handle):
                fields = {k: (v or "").strip() for k, v in row.items() if k}
                rows[row["id"].strip()] = {**fields, "batch": batch}
    return rows


def pii_documents(part: str, split: str, root: Path = EVAL_ROOT) -> Iterator[Document]:
    folder = root / "pii" / part
    meta = manifest_rows(folder, "manifest*.csv")
    for path in sorted((folder / split).glob("*.txt")):
        marked = parse(path.read_text(encoding="utf-8"))
        yield Document(path.stem, part, split, meta.get(path.stem, {}), marked)


def adherence_documents(split: str, root: Path = EVAL_ROOT) -> Iterator[Document]:
    folder = root / "adherence"
    labels = manifest_rows(folder, "labels*.csv")
    for path in sorted((folder / split).glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        yield Document(path.stem, "adherence", split, labels.get(path.stem, {}), parse(text))


def write_clean(documents: list[Document], directory: Path) -> dict[str, Document]:
    """Each document's text without markup as `<id>.txt`, as ccaudit will read it."""
    directory.mkdir(parents=True, exist_ok=True)
    by_path = {}
    for document in documents:
        path = directory / f"{document.id}.txt"
        path.write_text(document.marked.text, encoding="utf-8")
        by_path[str(path)] = document
    return by_path
