"""SARIF 2.1.0 for code-scanning UIs.

Fingerprints hash the finding's identity (file, conversation, entity, keyed fingerprint or
masked value, speaker, occurrence), never the value itself and never offsets, so a re-run
or a re-exported transcript does not open duplicate alerts.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from typing import TextIO

from ccaudit import __version__
from ccaudit.model import Finding, InputError, RuleResult, Severity
from ccaudit.moments import clock, moment
from ccaudit.output.levels import SARIF_LEVEL, SECURITY_SEVERITY

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
INFORMATION_URI = "https://github.com/ccaudit/ccaudit"
FINGERPRINT_KEY = "ccaudit/v1"


def finding_identity(finding: Finding) -> str:
    value = finding.fingerprint or finding.masked
    parts = [finding.path, finding.conversation_id, finding.entity_type, value, finding.speaker]
    return "\x1f".join(parts)


def rule_result_identity(result: RuleResult) -> str:
    return "\x1f".join([result.path, result.call_id, result.pack, result.rule_id])


def _hash(identity: str) -> str:
    return hashlib.sha256(identity.encode()).hexdigest()[:32]


def _location(path: str, locator_dict: dict, start: int | None, end: int | None) -> dict:
    region: dict = {"startLine": locator_dict.get("line") or 1}
    structured = "pointer" in locator_dict or "row" in locator_dict
    if start is not None and end is not None and not structured:
        region.update(charOffset=start, charLength=end - start)
    location: dict = {"physicalLocation": {"artifactLocation": {"uri": path}, "region": region}}
    if structured:
        name = locator_dict.get("pointer") or f"row {locator_dict.get('row')}"
        location["logicalLocations"] = [{"fullyQualifiedName": str(name)}]
    return location


def _notifications(errors: list[InputError]) -> list[dict]:
    return [
        {
            "level": "error",
            "message": {"text": e.reason},
            "locations": [{"physicalLocation": {"artifactLocation": {"uri": e.path}}}],
        }
        for e in errors
    ]


def _document(rules: list[dict], results: list[dict], errors: list[InputError]) -> dict:
    return {
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "ccaudit",
                        "version": __version__,
                        "informationUri": INFORMATION_URI,
                        "rules": rules,
                    }
                },
                "invocations": [
                    {
                        "executionSuccessful": not errors,
                        "toolExecutionNotifications": _notifications(errors),
                    }
                ],
                "results": results,
            }
        ],
    }


def _rule(rule_id: str, description: str, severity: Severity, tags: list[str]) -> dict:
    return {
        "id": rule_id,
        "shortDescription": {"text": description},
        "defaultConfiguration": {"level": SARIF_LEVEL[severity]},
        "properties": {"security-severity": SECURITY_SEVERITY[severity], "tags": tags},
    }


class SarifFindingWriter:
    def __init__(self, stream: TextIO):
        self.stream = stream
        self.findings: list[Finding] = []

    def add(self, finding: Finding) -> None:
        self.findings.append(finding)

    def finish(self, summary) -> None:
        rule_index: dict[str, int] = {}
        rules: list[dict] = []
        results: list[dict] = []
        occurrences: Counter = Counter()
        for finding in self.findings:
            if finding.entity_type not in rule_index:
                rule_index[finding.entity_type] = len(rules)
                description = f"{finding.entity_type} in a transcript, ticket or note"
                rules.append(_rule(finding.entity_type, description, finding.severity, ["pii"]))
            identity = finding_identity(finding)
            occurrences[identity] += 1
            where = moment(finding.turn, finding.start_ms) if finding.turn is not None else ""
            where = f"{finding.speaker} {where}" if where else ""
            checked = "checksum valid" if finding.validated else "not checksum-validated"
            missed = "; missed by vendor redaction" if finding.missed_by_vendor else ""
            results.append(
                {
                    "ruleId": finding.entity_type,
                    "ruleIndex": rule_index[finding.entity_type],
                    "level": SARIF_LEVEL[finding.severity],
                    "message": {
                        "text": f"{finding.entity_type} {finding.masked} ({checked}) {where}"
                        f"{missed}".strip()
                    },
                    "locations": [
                        _location(
                            finding.path, finding.locator.as_dict(), finding.start, finding.end
                        )
                    ],
                    "partialFingerprints": {
                        FINGERPRINT_KEY: _hash(f"{identity}\x1f{occurrences[identity]}")
                    },
                    "properties": {
                        "score": round(finding.score, 3),
                        "validated": finding.validated,
                        "conversation": finding.conversation_id,
                        "speaker": finding.speaker,
                        "start_ms": finding.start_ms,
                    },
                }
            )
        json.dump(
            _document(rules, results, summary.errors), self.stream, ensure_ascii=False, indent=2
        )
        self.stream.write("\n")


def render_rule_results_sarif(results: list[RuleResult], errors: list[InputError]) -> str:
    """Failed and violated rules only: passes and not-applicable are not alerts."""
    rule_index: dict[str, int] = {}
    rules: list[dict] = []
    sarif_results: list[dict] = []
    for result in results:
        if result.status not in ("fail", "violation"):
            continue
        rule_id = f"{result.pack}/{result.rule_id}"
        if rule_id not in rule_index:
            rule_index[rule_id] = len(rules)
            rules.append(_rule(rule_id, result.title, result.severity, ["script-adherence"]))
        at = f" at {clock(result.start_ms)}" if result.start_ms is not None else ""
        sarif_results.append(
            {
                "ruleId": rule_id,
                "ruleIndex": rule_index[rule_id],
                "level": SARIF_LEVEL[result.severity],
                "message": {
                    "text": f"{result.status}: {result.title} (call {result.call_id}{at}). "
                    f"{result.reason} {result.evidence}".strip()
                },
                "locations": [_location(result.path, result.locator.as_dict(), None, None)],
                "partialFingerprints": {FINGERPRINT_KEY: _hash(rule_result_identity(result))},
                "properties": {"status": result.status, "agent": result.agent_id},
            }
        )
    return json.dumps(_document(rules, sarif_results, errors), ensure_ascii=False, indent=2) + "\n"
