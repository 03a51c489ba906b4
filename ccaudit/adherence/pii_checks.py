"""Rule kinds that read the scan's findings: read-backs, unstopped secrets, PII in notes."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from ccaudit.adherence.checks import Verdict
from ccaudit.adherence.conditions import NotApplicable, RoleFilter
from ccaudit.adherence.matching import PhraseSet
from ccaudit.adherence.reasons import Joined, Term, reason
from ccaudit.model import Conversation, Finding

FULL_CARD_DIGITS = 13


def is_full_value(conversation: Conversation, finding: Finding, group_digits: dict) -> bool:
    """A card counts as full when it (or its group of split fragments) has 13+ digits."""
    if finding.entity_type != "CREDIT_CARD":
        return True
    if finding.group is not None:
        return group_digits.get(finding.group, 0) >= FULL_CARD_DIGITS
    return _digit_count(conversation, finding) >= FULL_CARD_DIGITS


def _digit_count(conversation: Conversation, finding: Finding) -> int:
    if finding.turn is None:
        return 0
    turn = conversation.turns[finding.turn]
    start, end = turn.text_span(finding.start, finding.end)
    return sum(ch.isdigit() for ch in turn.text[start:end])


def _group_digits(conversation: Conversation, findings: list[Finding]) -> dict[str, int]:
    totals: dict[str, int] = {}
    for finding in findings:
        if finding.group is not None:
            totals[finding.group] = totals.get(finding.group, 0) + _digit_count(
                conversation, finding
            )
    return totals


def _said_by(conversation: Conversation, finding: Finding, role: RoleFilter) -> bool:
    if role == "any":
        return True
    if finding.turn is not None:
        turn = conversation.turns[finding.turn]
        return turn.role == role and not turn.is_internal_note
    return finding.speaker == role


@dataclass(frozen=True)
class SpokenPiiCheck:
    """A violation when `role` says a (full) value of these entities: the read-back rule."""

    entities: frozenset[str]
    role: RoleFilter = "agent"

    def evaluate(self, conversation: Conversation, findings: list[Finding]) -> Verdict:
        if self.role != "any" and not conversation.roles_known:
            raise NotApplicable(reason("roles_unknown"))
        groups = _group_digits(conversation, findings)
        for finding in findings:
            if (
                finding.entity_type in self.entities
                and _said_by(conversation, finding, self.role)
                and is_full_value(conversation, finding, groups)
            ):
                said = reason("entity_said", role=Term(self.role), entity=Term(finding.entity_type))
                return Verdict("violation", finding.turn, said, _offset(conversation, finding))
        entities = Joined(tuple(Term(e) for e in sorted(self.entities)), "or")
        if self.role == "any":
            return Verdict("pass", reason=reason("no_entity_said_by_anyone", entities=entities))
        return Verdict(
            "pass", reason=reason("no_entity_said", entities=entities, role=Term(self.role))
        )


@dataclass(frozen=True)
class UnstoppedSecretCheck:
    """The customer says a secret and no agent turn within `within_turns` stops them."""

    entities: frozenset[str]
    stop_phrases: PhraseSet
    within_turns: int = 2

    def evaluate(self, conversation: Conversation, findings: list[Finding]) -> Verdict:
        if not conversation.roles_known:
            raise NotApplicable(reason("roles_unknown"))
        secrets = [
            f
            for f in findings
            if f.entity_type in self.entities and _said_by(conversation, f, "customer")
        ]
        for finding in secrets:
            following = [
                t
                for t in conversation.turns[finding.turn + 1 :]
                if t.role == "agent" and not t.is_internal_note
            ][: self.within_turns]
            if not any(self.stop_phrases.find(t.text) for t in following):
                unstopped = reason("secret_not_stopped", entity=Term(finding.entity_type))
                return Verdict("violation", finding.turn, unstopped, _offset(conversation, finding))
        if secrets:
            return Verdict("pass", secrets[0].turn, reason("secret_stopped"))
        return Verdict("pass", reason=reason("no_secret_said"))


@dataclass(frozen=True)
class StoredPiiCheck:
    """A violation when these entities appear in notes and tickets (scope notes) or anywhere."""

    entities: frozenset[str]
    scope: Literal["notes", "anywhere"] = "notes"

    def evaluate(self, conversation: Conversation, findings: list[Finding]) -> Verdict:
        document = conversation.channel in ("note", "ticket")
        has_notes = document or any(t.is_internal_note for t in conversation.turns)
        if self.scope == "notes" and not has_notes:
            return Verdict("not_applicable", reason=reason("no_notes"))
        groups = _group_digits(conversation, findings)
        for finding in findings:
            in_scope = self.scope == "anywhere" or document or _in_note(conversation, finding)
            if (
                in_scope
                and finding.entity_type in self.entities
                and is_full_value(conversation, finding, groups)
            ):
                stored = reason("entity_stored", entity=Term(finding.entity_type))
                return Verdict("violation", finding.turn, stored, _offset(conversation, finding))
        return Verdict("pass", reason=reason("none_stored"))


def _in_note(conversation: Conversation, finding: Finding) -> bool:
    if finding.turn is None:
        return finding.in_internal_note
    return conversation.turns[finding.turn].is_internal_note


def _offset(conversation: Conversation, finding: Finding) -> int | None:
    if finding.turn is None:
        return None
    return conversation.turns[finding.turn].text_span(finding.start, finding.end)[0]
