"""Deciding many items at once: a list of ids, every item of a call or rule, or a file.

A batch is checked whole before anything is stored, so one bad line stores nothing. Each
decision reports every item it covers (the same value said again in the call, the same item
in other runs); an item that an earlier decision of the batch already covers is not decided
twice.
"""

from __future__ import annotations

import csv
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from ccaudit.errors import CcauditError
from ccaudit.store.decisions import DecisionRecord
from ccaudit.store.review import covered_items, new_decision, store_decision

HEADER_NAMES = {"item", "id", "item_id"}


@dataclass(frozen=True)
class DecisionRequest:
    item_id: str
    decision: str
    note: str = ""
    reviewer: str = ""
    # Where the request came from, for errors: `decisions.csv:4`; empty on the command line.
    source: str = ""


@dataclass
class DecisionOutcome:
    item_id: str
    record: DecisionRecord
    covered: list[str] = field(default_factory=list)


def decide_many(
    connection: sqlite3.Connection, requests: list[DecisionRequest], reviewer: str
) -> list[DecisionOutcome]:
    outcomes: list[DecisionOutcome] = []
    done: set[str] = set()
    for request in requests:
        if request.item_id.upper() in done:
            continue
        try:
            record = new_decision(
                connection, request.item_id, request.decision, request.reviewer or reviewer,
                request.note,
            )  # fmt: skip
        except CcauditError as exc:
            if not request.source:
                raise
            raise CcauditError(f"{request.source}: {exc.message}") from None
        covered = covered_items(connection, record.identity)
        done.update(covered)
        outcomes.append(DecisionOutcome(request.item_id.upper(), record, covered))
    with connection:
        for outcome in outcomes:
            store_decision(connection, outcome.record)
    return outcomes


def read_decision_file(path: Path) -> list[DecisionRequest]:
    """CSV rows `item,decision[,note[,reviewer]]`; a header row and # comments are skipped."""
    try:
        with path.open(newline="", encoding="utf-8-sig") as handle:
            rows = list(enumerate(csv.reader(handle), start=1))
    except OSError as exc:
        raise CcauditError(f"{path}: cannot read decisions ({exc.strerror})") from None
    except UnicodeDecodeError:
        raise CcauditError(f"{path}: cannot read decisions (not UTF-8 text)") from None
    requests = []
    for line, row in rows:
        cells = [cell.strip() for cell in row]
        if not any(cells) or cells[0].startswith("#") or cells[0].lower() in HEADER_NAMES:
            continue
        if len(cells) < 2 or not cells[1]:
            raise CcauditError(f"{path}:{line}: needs at least two columns: item,decision")
        note = cells[2] if len(cells) > 2 else ""
        reviewer = cells[3] if len(cells) > 3 else ""
        requests.append(DecisionRequest(cells[0], cells[1], note, reviewer, f"{path}:{line}"))
    if not requests:
        raise CcauditError(f"{path}: holds no decisions (rows: item,decision[,note[,reviewer]])")
    return requests
