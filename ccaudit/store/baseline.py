"""The baseline file: a reviewed snapshot of known items, so CI fails only on new problems.

JSON, readable in a diff. Each entry carries the item's identity (see identity.py), the
decision, who made it and why. Only false_positive and accepted_risk suppress; confirmed
entries are kept as the record of what was reviewed. The file records the recognizer set and
rule-pack versions it was made with, so a reader can tell when it has gone stale, and the
check value of the hash key its fingerprints were made with (hash_key.py), so a run with
another key is told that they cannot match.

A baseline comes from review decisions (`review export-baseline`) or straight from a scan
(`scan --write-baseline`, baseline_adoption.py), in the same format.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from ccaudit.errors import CcauditError
from ccaudit.masking import mask_free_text
from ccaudit.model import Finding, RuleResult
from ccaudit.output.atomic import atomic_output
from ccaudit.store.decisions import DECISIONS, SUPPRESSING, DecisionIndex, DecisionRecord
from ccaudit.store.identity import ItemIdentity, identity_of_finding, identity_of_rule_result

BASELINE_FORMAT = 1


@dataclass
class Baseline:
    tool_version: str
    recognizers: list[str]
    rule_packs: list[dict]
    entries: list[DecisionRecord]
    key_check: str | None = None

    def __post_init__(self) -> None:
        self._index = DecisionIndex(self.entries)

    def suppresses_finding(self, finding: Finding) -> bool:
        return self._index.suppresses(identity_of_finding(finding))

    def suppresses_rule_result(self, result: RuleResult) -> bool:
        return self._index.suppresses(identity_of_rule_result(result))

    def suppresses(self, identity: ItemIdentity) -> bool:
        return self._index.suppresses(identity)

    def decision_on(self, identity: ItemIdentity) -> DecisionRecord | None:
        return self._index.latest(identity)

    def justification_for_finding(self, finding: Finding) -> str | None:
        return justification(self._index.latest(identity_of_finding(finding)))

    def justification_for_rule_result(self, result: RuleResult) -> str | None:
        return justification(self._index.latest(identity_of_rule_result(result)))


def justification(record: DecisionRecord | None) -> str | None:
    """Why a decision sets its item aside (`accepted_risk by Nok: training card`), as SARIF's
    suppressions carry it; None when the item still counts. A baseline may have been edited
    by hand, so its note is masked again."""
    if record is None or record.decision not in SUPPRESSING:
        return None
    why = f"{record.decision} by {record.reviewer or 'unknown'}"
    return mask_free_text(f"{why}: {record.note}" if record.note else why)


def write_baseline(
    path: Path,
    entries: Sequence[DecisionRecord],
    tool_version: str,
    recognizers: Sequence[str],
    rule_packs: Sequence[dict],
    generated_at: str,
    key_check: str | None,
) -> None:
    document = {
        "ccaudit_baseline": BASELINE_FORMAT,
        "generated_at": generated_at,
        "tool_version": tool_version,
        "recognizers": list(recognizers),
        "rule_packs": list(rule_packs),
        **({"hash_key_check": key_check} if key_check else {}),
        "entries": [_entry_as_dict(e) for e in entries],
    }
    with atomic_output(path) as stream:
        json.dump(document, stream, ensure_ascii=False, indent=2)
        stream.write("\n")


def load_baseline(path: Path) -> Baseline:
    try:
        document = json.loads(Path(path).read_text(encoding="utf-8"))
    except OSError as exc:
        raise CcauditError(f"{path}: cannot read baseline ({exc.strerror})") from None
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise CcauditError(f"{path}: not a ccaudit baseline (not JSON)") from None
    if not isinstance(document, dict) or "ccaudit_baseline" not in document:
        raise CcauditError(f"{path}: not a ccaudit baseline (no ccaudit_baseline field)")
    if document["ccaudit_baseline"] != BASELINE_FORMAT:
        raise CcauditError(
            f"{path}: baseline format {document['ccaudit_baseline']!r} is not one this "
            f"ccaudit reads ({BASELINE_FORMAT})"
        )
    entries = document.get("entries")
    if not isinstance(entries, list):
        raise CcauditError(f"{path}: baseline has no entries list")
    return Baseline(
        tool_version=str(document.get("tool_version", "")),
        recognizers=list(document.get("recognizers", [])),
        rule_packs=list(document.get("rule_packs", [])),
        entries=[_entry_from_dict(path, number, e) for number, e in enumerate(entries, 1)],
        key_check=str(document["hash_key_check"]) if document.get("hash_key_check") else None,
    )


def _entry_as_dict(record: DecisionRecord) -> dict:
    return {
        **record.identity.as_dict(),
        "decision": record.decision,
        "reviewer": record.reviewer,
        "note": record.note,
        "decided_at": record.decided_at,
    }


def _entry_from_dict(path: Path, number: int, entry: object) -> DecisionRecord:
    try:
        if entry["decision"] not in DECISIONS:
            raise ValueError("unknown decision")
        return DecisionRecord(
            ItemIdentity.from_dict(entry),
            entry["decision"],
            str(entry.get("reviewer", "")),
            str(entry.get("note", "")),
            str(entry.get("decided_at", "")),
        )
    except (KeyError, TypeError, ValueError):
        raise CcauditError(
            f"{path}: baseline entry {number} is incomplete or has an unknown kind or decision"
        ) from None
