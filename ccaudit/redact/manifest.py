"""The manifest: one JSON line per redaction, so an auditor can show what went and why.

It holds where (path, locator, offsets in the original), what (entity type, the recognizer
and its score), how (operator) and, with a hash key only, the keyed fingerprint. Never a
value, masked or not.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from ccaudit.model import Locator
from ccaudit.redact.edits import Redaction


@dataclass(frozen=True)
class ManifestEntry:
    locator: Locator
    start: int
    end: int
    redaction: Redaction


def manifest_row(path: str, entry: ManifestEntry) -> dict:
    redaction = entry.redaction
    row = {
        "path": path,
        "locator": entry.locator.as_dict(),
        "start": entry.start,
        "end": entry.end,
        "entity_type": redaction.entity_type,
        "operator": redaction.operator,
        "reason": redaction.reason,
    }
    if redaction.recognizer:
        row["recognizer"] = redaction.recognizer
    if redaction.score is not None:
        row["score"] = round(redaction.score, 3)
    if redaction.group:
        row["group"] = redaction.group
    if redaction.fingerprint:
        row["fingerprint"] = redaction.fingerprint
    return row


def write_manifest(stream: TextIO, path: str, entries: list[ManifestEntry]) -> None:
    for entry in entries:
        stream.write(json.dumps(manifest_row(path, entry), ensure_ascii=False) + "\n")


def is_earlier_manifest(path: Path) -> bool:
    """Whether `path` holds a manifest an earlier run wrote (empty, or its first line one of
    ours), which a run may overwrite even inside an input folder; any other file there is an
    input and is never overwritten."""
    try:
        with path.open(encoding="utf-8") as handle:
            first = handle.readline(64 * 1024)
        row = json.loads(first) if first.strip() else {}
    except (OSError, UnicodeDecodeError, ValueError):
        return False
    return isinstance(row, dict) and (not row or {"path", "entity_type", "operator"} <= row.keys())
