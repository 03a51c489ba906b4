"""SARIF 2.1.0 for code-scanning UIs, written as results arrive.

Fingerprints hash the finding's identity (file, conversation, entity, keyed fingerprint or
masked value, speaker, occurrence), never the value itself and never offsets, so a re-run
or a re-exported transcript does not open duplicate alerts.

Results come first in the run object and the tool's rules after them: the rules are known
only once every result has been seen. Key order means nothing to a SARIF reader.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Iterable
from typing import TextIO

from ccaudit import __version__
from ccaudit.model import FLAGGED_STATUSES, Finding, InputError, RuleResult, Severity
from ccaudit.moments import clock, moment, moment_link
from ccaudit.output.levels import SARIF_LEVEL, SECURITY_SEVERITY
from ccaudit.output.streamed import JsonDocument
from ccaudit.pipeline.summary import CallScore, CheckSummary, FileTally, ScanSummary

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
    """Character offsets only in text files, and only when known: the audit store keeps no
    offsets, and its findings read back with an empty span."""
    region: dict = {"startLine": locator_dict.get("line") or 1}
    structured = "pointer" in locator_dict or "row" in locator_dict
    if start is not None and end is not None and end > start and not structured:
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


class SarifDocument:
    """One run: its results streamed, then the tool with the rules they used. A result that
    a review decision sets aside carries it in `suppressions` rather than being left out, as
    code-scanning UIs show dismissed alerts. With a link template, each result's
    `hostedViewerUri` opens the call at its moment."""

    def __init__(self, stream: TextIO, link_template: str | None = None):
        self.link_template = link_template
        self.document = JsonDocument(stream)
        self.rules: list[dict] = []
        self.rule_index: dict[str, int] = {}
        # Occurrences are numbered within a conversation, whose findings arrive together.
        self.conversation: tuple[str, str] | None = None
        self.occurrences: Counter = Counter()
        self.document.begin("{")
        self.document.value(SCHEMA, "$schema")
        self.document.value("2.1.0", "version")
        self.document.begin("[", "runs")
        self.document.begin("{")
        self.document.begin("[", "results")

    def add_finding(self, finding: Finding, justification: str | None = None) -> None:
        if (finding.path, finding.conversation_id) != self.conversation:
            self.conversation = (finding.path, finding.conversation_id)
            self.occurrences.clear()
        description = f"{finding.entity_type} in a transcript, ticket or note"
        index = self._index_of(finding.entity_type, description, finding.severity, "pii")
        identity = finding_identity(finding)
        self.occurrences[identity] += 1
        where = moment(finding.turn, finding.start_ms) if finding.turn is not None else ""
        where = f"{finding.speaker} {where}" if where else ""
        checked = "checksum valid" if finding.validated else "not checksum-validated"
        missed = "; missed by vendor redaction" if finding.missed_by_vendor else ""
        text = f"{finding.entity_type} {finding.masked} ({checked}) {where}{missed}"
        result = {
            "ruleId": finding.entity_type,
            "ruleIndex": index,
            "level": SARIF_LEVEL[finding.severity],
            "message": {"text": text.strip()},
            "locations": [
                _location(finding.path, finding.locator.as_dict(), finding.start, finding.end)
            ],
            "partialFingerprints": {
                FINGERPRINT_KEY: _hash(f"{identity}\x1f{self.occurrences[identity]}")
            },
            "properties": {
                "score": round(finding.score, 3),
                "validated": finding.validated,
                "conversation": finding.conversation_id,
                "speaker": finding.speaker,
                "start_ms": finding.start_ms,
            },
        }
        link = moment_link(
            self.link_template, finding.conversation_id, finding.start_ms, finding.turn
        )
        self.document.value(_suppressed(_linked(result, link), justification))

    def add_rule_result(self, result: RuleResult, justification: str | None = None) -> None:
        """A failed or violated rule; passes and not-applicable are not alerts."""
        if result.status not in FLAGGED_STATUSES:
            return
        rule_id = f"{result.pack}/{result.rule_id}"
        index = self._index_of(rule_id, result.title, result.severity, "script-adherence")
        at = f" at {clock(result.start_ms)}" if result.start_ms is not None else ""
        sarif_result = {
            "ruleId": rule_id,
            "ruleIndex": index,
            "level": SARIF_LEVEL[result.severity],
            "message": {
                "text": f"{result.status}: {result.title} (call {result.call_id}{at}). "
                f"{result.reason} {result.evidence}".strip()
            },
            "locations": [_location(result.path, result.locator.as_dict(), None, None)],
            "partialFingerprints": {FINGERPRINT_KEY: _hash(rule_result_identity(result))},
            "properties": {"status": result.status, "agent": result.agent_id},
        }
        link = moment_link(
            self.link_template, result.call_id, result.start_ms, result.turn, result.agent_id
        )
        self.document.value(_suppressed(_linked(sarif_result, link), justification))

    def close(self, errors: list[InputError]) -> None:
        document = self.document
        document.end("]")
        driver = {"name": "ccaudit", "version": __version__, "informationUri": INFORMATION_URI}
        document.value({"driver": {**driver, "rules": self.rules}}, "tool")
        invocation = {
            "executionSuccessful": not errors,
            "toolExecutionNotifications": _notifications(errors),
        }
        document.value([invocation], "invocations")
        document.end("}")
        document.end("]")
        document.end("}")

    def _index_of(self, rule_id: str, description: str, severity: Severity, tag: str) -> int:
        if rule_id not in self.rule_index:
            self.rule_index[rule_id] = len(self.rules)
            self.rules.append(
                {
                    "id": rule_id,
                    "shortDescription": {"text": description},
                    "defaultConfiguration": {"level": SARIF_LEVEL[severity]},
                    "properties": {"security-severity": SECURITY_SEVERITY[severity], "tags": [tag]},
                }
            )
        return self.rule_index[rule_id]


def _linked(result: dict, link: str | None) -> dict:
    return result if link is None else result | {"hostedViewerUri": link}


def _suppressed(result: dict, justification: str | None) -> dict:
    if justification is None:
        return result
    suppression = {"kind": "external", "status": "accepted", "justification": justification}
    return result | {"suppressions": [suppression]}


class SarifFindingWriter(SarifDocument):
    """`scan --format sarif`: every finding, those set aside by --baseline marked."""

    def add(self, finding: Finding) -> None:
        self.add_finding(finding)

    def add_suppressed(self, finding: Finding, justification: str) -> None:
        self.add_finding(finding, justification)

    def add_file(self, tally: FileTally) -> None:
        pass

    def finish(self, summary: ScanSummary) -> None:
        self.close(summary.errors)


class SarifRuleWriter(SarifDocument):
    """`check --format sarif`: failed and violated rules, those set aside by --baseline marked."""

    def add_call(self, call: CallScore, results: list[RuleResult]) -> None:
        for result in results:
            self.add_rule_result(result)

    def add_suppressed(self, result: RuleResult, justification: str) -> None:
        self.add_rule_result(result, justification)

    def finish(self, summary: CheckSummary) -> None:
        self.close(summary.errors)


def write_reviewed_items(
    stream: TextIO,
    items: Iterable[tuple[Finding | RuleResult, str | None]],
    errors: list[InputError],
    link_template: str | None = None,
) -> None:
    """`audit --format sarif`: a stored run's findings and flagged rule results, each with
    why a review decision sets it aside (None when it counts)."""
    document = SarifDocument(stream, link_template)
    for item, justification in items:
        if isinstance(item, Finding):
            document.add_finding(item, justification)
        else:
            document.add_rule_result(item, justification)
    document.close(errors)
