"""`pii_handling`: rules that read the scan's findings: read-backs, unstopped secrets, PII in
notes and tickets. A finding is an event of its own: two rules flagging the same finding (a
pci-dss and a bank pack's read-back rule) make one incident."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from ccaudit.adherence.conditions import ConceptCondition
from ccaudit.adherence.reasons import Joined, Term, reason
from ccaudit.adherence.verdict import Verdict
from ccaudit.adherence.window import NotApplicable, Roles, who
from ccaudit.model import Conversation, Finding

KIND = "pii_handling"
FULL_CARD_DIGITS = 13


def is_full_value(conversation: Conversation, finding: Finding, group_digits: dict) -> bool:
    """A card counts as full when it (or its group of split fragments) has 13+ digits."""
    if finding.entity_type != "CREDIT_CARD":
        return True
    if finding.group is not None:
        return group_digits.get(finding.group, 0) >= FULL_CARD_DIGITS
    return _digit_count(conversation, finding) >= FULL_CARD_DIGITS


def _digit_count(conversation: Conversation, finding: Finding) -> int:
    """How many digits the value has: its figures, or for a value read out in words ("five one
    one oh ..."), the characters of its mask, which keeps one per digit (`511012******9931`)."""
    if finding.turn is not None:
        turn = conversation.turns[finding.turn]
        start, end = turn.text_span(finding.start, finding.end)
        figures = sum(ch.isdigit() for ch in turn.text[start:end])
        if figures:
            return figures
    return sum(ch.isdigit() or ch == "*" for ch in finding.masked)


def _group_digits(conversation: Conversation, findings: list[Finding]) -> dict[str, int]:
    totals: dict[str, int] = {}
    for finding in findings:
        if finding.group is not None:
            totals[finding.group] = totals.get(finding.group, 0) + _digit_count(
                conversation, finding
            )
    return totals


def _said_by(conversation: Conversation, finding: Finding, roles: Roles) -> bool:
    if roles is None:
        return True
    if finding.turn is not None:
        turn = conversation.turns[finding.turn]
        return turn.role in roles and not turn.is_internal_note
    return finding.speaker in roles


def _event(finding: Finding) -> tuple:
    return ("finding", finding.start, finding.end)


@dataclass(frozen=True)
class SpokenPiiCheck:
    """A violation when `role` says a (full) value of these entities: the read-back rule."""

    entities: frozenset[str]
    roles: Roles = ("agent",)

    def evaluate(self, conversation: Conversation, findings: list[Finding]) -> Verdict:
        if self.roles is not None and not conversation.roles_known:
            raise NotApplicable(reason("roles_unknown"))
        groups = _group_digits(conversation, findings)
        for finding in findings:
            if (
                finding.entity_type in self.entities
                and _said_by(conversation, finding, self.roles)
                and is_full_value(conversation, finding, groups)
            ):
                said = reason("entity_said", role=who(self.roles), entity=Term(finding.entity_type))
                at = _offset(conversation, finding)
                return Verdict("violation", finding.turn, said, at, _event(finding))
        entities = Joined(tuple(Term(e) for e in sorted(self.entities)), "or")
        if self.roles is None:
            return Verdict("pass", reason=reason("no_entity_said_by_anyone", entities=entities))
        return Verdict(
            "pass", reason=reason("no_entity_said", entities=entities, role=who(self.roles))
        )


@dataclass(frozen=True)
class UnstoppedSecretCheck:
    """The customer says a secret and no agent turn within `within_turns` stops them."""

    entities: frozenset[str]
    stop: ConceptCondition
    within_turns: int = 2

    def evaluate(self, conversation: Conversation, findings: list[Finding]) -> Verdict:
        if not conversation.roles_known:
            raise NotApplicable(reason("roles_unknown"))
        secrets = [
            f
            for f in findings
            if f.entity_type in self.entities and _said_by(conversation, f, ("customer",))
        ]
        for finding in secrets:
            following = [
                t
                for t in conversation.turns[finding.turn + 1 :]
                if t.role == "agent" and not t.is_internal_note
            ][: self.within_turns]
            matcher = self.stop.source.matcher
            if not any(matcher.hits(t.said, self.stop.concept) for t in following):
                unstopped = reason("secret_not_stopped", entity=Term(finding.entity_type))
                at = _offset(conversation, finding)
                return Verdict("violation", finding.turn, unstopped, at, _event(finding))
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
                at = _offset(conversation, finding)
                return Verdict("violation", finding.turn, stored, at, _event(finding))
        return Verdict("pass", reason=reason("none_stored"))


def _in_note(conversation: Conversation, finding: Finding) -> bool:
    if finding.turn is None:
        return finding.in_internal_note
    return conversation.turns[finding.turn].is_internal_note


def _offset(conversation: Conversation, finding: Finding) -> int | None:
    if finding.turn is None:
        return None
    return conversation.turns[finding.turn].text_span(finding.start, finding.end)[0]


def build(params: dict, rule):
    entities = frozenset(e.upper() for e in params["entities"])
    check = params["check"]
    if check == "read_back":
        return SpokenPiiCheck(entities, rule.roles(params.get("role")))
    if check == "unstopped_secret":
        stop = rule.condition(
            {"phrases": params.get("stop_phrases", []), "concepts": params["stop_concepts"]},
            ("stop_phrases",),
        )
        return UnstoppedSecretCheck(entities, stop, params["within_turns"])
    return StoredPiiCheck(entities, params["scope"])
