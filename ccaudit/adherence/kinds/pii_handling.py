"""`pii_handling`: rules that read the scan's findings: read-backs, unstopped secrets, PII in
notes and tickets. A finding is an event of its own: two rules flagging the same finding (a
pci-dss and a bank pack's read-back rule) make one incident.

A card read back need not be one the scan confirms: a number with a wrong check digit (the
customer misspoke, the agent misheard) or all but its last few digits is still a card number
said aloud when the talk is of a card. So a card read-back rule also counts a run of 12 to 19
digits, in figures or words, in an agent turn when that turn or one of the few before it
speaks of a payment card (`card_words`) and the turn itself does not speak of an ID card."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from ccaudit.adherence.conditions import ConceptCondition
from ccaudit.adherence.reasons import Joined, Term, reason
from ccaudit.adherence.tokens import turn_words
from ccaudit.adherence.verdict import Verdict
from ccaudit.adherence.window import NotApplicable, Roles, who
from ccaudit.model import Conversation, Finding, Turn

KIND = "pii_handling"
FULL_CARD_DIGITS = 13
# A card number said with at most a few digits left out (16 digits, the last four masked).
SPOKEN_CARD_DIGITS = (12, 19)
# How many turns before a run of digits may say that the talk is of a card.
CARD_TALK_TURNS = 3
ID_DOCUMENT = "id_document"
# "five one one oh one": a spoken zero inside a run of digits.
_SPOKEN_ZERO = frozenset({"oh", "o"})


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


def digit_runs(text: str) -> list[str]:
    """The runs of digits in a turn, written as figures or words ("4 0 2 4 ...", "สี่หนึ่ง...",
    "five one one oh one"), each run's digits joined."""
    runs: list[str] = []
    current: list[str] = []
    for word in turn_words(text).words:
        if word.isdigit():
            current.append(word)
        elif current and word in _SPOKEN_ZERO:
            current.append("0")
        elif current:
            runs.append("".join(current))
            current = []
    if current:
        runs.append("".join(current))
    return runs


def _card_run(run: str) -> bool:
    return SPOKEN_CARD_DIGITS[0] <= len(run) <= SPOKEN_CARD_DIGITS[1]


@dataclass(frozen=True)
class SpokenCardDigits:
    """A card number in an agent turn the scan did not confirm: see the module's docstring."""

    card_talk: ConceptCondition

    def first(self, conversation: Conversation, turns: list[Turn]) -> Turn | None:
        matcher = self.card_talk.source.matcher
        concept = self.card_talk.concept
        for turn in turns:
            if not any(_card_run(run) for run in digit_runs(turn.said)):
                continue
            if matcher.hits(turn.said, ID_DOCUMENT):
                continue
            earlier = conversation.turns[max(turn.index - CARD_TALK_TURNS, 0) : turn.index + 1]
            if any(matcher.hits(t.said, concept) for t in earlier if not t.is_internal_note):
                return turn
        return None


@dataclass(frozen=True)
class SpokenPiiCheck:
    """A violation when `role` says a (full) value of these entities: the read-back rule."""

    entities: frozenset[str]
    roles: Roles = ("agent",)
    cards: SpokenCardDigits | None = None

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
        if self.cards is not None:
            spoken = [
                t
                for t in conversation.turns
                if (self.roles is None or t.role in self.roles) and not t.is_internal_note
            ]
            turn = self.cards.first(conversation, spoken)
            if turn is not None:
                said = reason("entity_said", role=who(self.roles), entity=Term("CREDIT_CARD"))
                return Verdict("violation", turn.index, said, None, ("card_digits", turn.index))
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
        cards = None
        if "CREDIT_CARD" in entities:
            words = {"phrases": [], "concepts": params["card_words"]}
            cards = SpokenCardDigits(rule.condition(words, ("card_words",)))
        return SpokenPiiCheck(entities, rule.roles(params.get("role")), cards)
    if check == "unstopped_secret":
        stop = rule.condition(
            {"phrases": params.get("stop_phrases", []), "concepts": params["stop_concepts"]},
            ("stop_phrases",),
        )
        return UnstoppedSecretCheck(entities, stop, params["within_turns"])
    return StoredPiiCheck(entities, params["scope"])
