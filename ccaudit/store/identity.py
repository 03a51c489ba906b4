"""What makes two findings or rule results "the same item" across runs, re-exports and edits.

Identity is (document, entity type, keyed fingerprint of the value, rule), never offsets or
line numbers, which drift when a transcript is re-exported (detect-secrets leaves line numbers
out for the same reason). Fingerprints exist only with a hash key: an unkeyed hash of a card
number can be brute-forced, so none is ever stored. Without a key the fallback identity is
(document, entity, masked value, speaker role): weaker, since two different cards with the same
first 6 and last 4 digits in one call, said by the same speaker, become one item.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass

from ccaudit.model import Finding, RuleResult

SEPARATOR = "\x1f"


@dataclass(frozen=True)
class ItemIdentity:
    kind: str
    document: str
    entity: str = ""
    fingerprint: str | None = None
    masked: str = ""
    speaker: str = ""
    rule: str = ""

    @property
    def keyed(self) -> bool:
        return bool(self.fingerprint)

    @property
    def key(self) -> str:
        if self.keyed:
            return SEPARATOR.join((self.kind, self.document, self.entity, "fp", self.fingerprint))
        return self.fallback_key

    @property
    def fallback_key(self) -> str:
        parts = (self.kind, self.document, self.entity, self.masked, self.speaker, self.rule)
        return SEPARATOR.join(parts)

    def as_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict) -> ItemIdentity:
        if data.get("kind") not in ("finding", "rule") or not isinstance(data["document"], str):
            raise ValueError("unknown item kind")
        fields = ("entity", "fingerprint", "masked", "speaker", "rule")
        return cls(data["kind"], data["document"], **{f: data[f] for f in fields if f in data})


def finding_identity(
    document: str, entity: str, fingerprint: str | None, masked: str, speaker: str
) -> ItemIdentity:
    return ItemIdentity("finding", document, entity, fingerprint or None, masked, speaker)


def rule_identity(document: str, pack: str, rule_id: str) -> ItemIdentity:
    return ItemIdentity("rule", document, rule=f"{pack}:{rule_id}")


def identity_of_finding(finding: Finding) -> ItemIdentity:
    return finding_identity(
        finding.conversation_id,
        finding.entity_type,
        finding.fingerprint,
        finding.masked,
        finding.speaker,
    )


def identity_of_rule_result(result: RuleResult) -> ItemIdentity:
    return rule_identity(result.call_id, result.pack, result.rule_id)
