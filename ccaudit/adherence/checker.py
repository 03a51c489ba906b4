"""Run rule packs over a call and score it."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from ccaudit.adherence.incidents import merge_incidents
from ccaudit.adherence.pack import Rule, RulePack
from ccaudit.adherence.reasons import Term, reason, render_reason
from ccaudit.adherence.verdict import Verdict
from ccaudit.adherence.window import NotApplicable
from ccaudit.masking import masked_said
from ccaudit.model import Conversation, Finding, Locator, RuleResult
from ccaudit.thai_script import THAI_CHARACTER

EVIDENCE_CHARS = 160
_LATIN = re.compile("[A-Za-z]")
# Thai calls are full of English words (OTP, app, card); a modest Thai share means Thai.
THAI_SHARE = 0.3


def call_language(conversation: Conversation) -> str:
    """'th' or 'en': the reader's language if it set one (`th-TH` as vendors write it counts
    as `th`), else the share of Thai letters."""
    primary = (conversation.language or "").split("-")[0].split("_")[0].lower()
    if primary in ("th", "en"):
        return primary
    thai = latin = 0
    for turn in conversation.turns:
        thai += len(THAI_CHARACTER.findall(turn.text))
        latin += len(_LATIN.findall(turn.text))
    return "th" if thai and thai >= THAI_SHARE * (thai + latin) else "en"


def adherence_score(results: Iterable[RuleResult]) -> float | None:
    """Weighted share of applicable rules passed (each rule's weight, by default its
    severity's); None when no rule applied. A merged incident counts once."""
    passed = total = 0.0
    for result in results:
        if result.status == "not_applicable":
            continue
        weight = result.weight
        total += weight
        passed += weight if result.status == "pass" else 0
    return passed / total if total else None


class Checker:
    """Checks every call against the packs; with match_language, only against packs whose
    language is the call's (or 'any'): what `ccaudit check` does when no --rules is given.

    It is the pipeline's ConversationChecker, by shape rather than by inheritance, so the
    matcher does not import the readers.
    """

    def __init__(self, packs: list[RulePack], lang: str = "auto", match_language: bool = False):
        self.packs = packs
        self.lang = lang
        self.match_language = match_language

    def check(self, conversation: Conversation, findings: list[Finding]) -> list[RuleResult]:
        lang = call_language(conversation) if self.lang == "auto" else self.lang
        inferred = any(t.role_inferred for t in conversation.turns)
        results = []
        for pack in self.packs:
            if self.match_language and pack.language not in ("any", lang):
                continue
            for rule in pack.rules:
                verdict = evaluate_rule(rule, conversation, findings)
                if inferred and verdict.status != "not_applicable" and verdict.reason:
                    said = reason("roles_inferred", reason=verdict.reason)
                    verdict = replace(verdict, reason=said)
                result = _result(pack, rule, verdict, conversation, findings, lang)
                results.append((result, verdict.event))
        return merge_incidents(results)


def evaluate_rule(rule: Rule, conversation: Conversation, findings: list[Finding]) -> Verdict:
    channels = _channels(conversation)
    if rule.channels is not None and not channels & rule.channels:
        uncovered = reason("channel_not_covered", channel=Term(conversation.channel))
        return Verdict("not_applicable", reason=uncovered)
    try:
        skip = rule.skip_if.first_match(conversation) if rule.skip_if else None
        if skip is not None:
            return Verdict("not_applicable", skip.turn, reason("skipped", what=skip.what))
        verdict = rule.check.evaluate(conversation, findings)
        # A failure the agent had no chance to avoid (the call dropped first) is excused;
        # what they did before that still counts.
        excuse = rule.excuse_if.first_match(conversation) if rule.excuse_if else None
        if excuse is not None and verdict.status == "fail":
            return Verdict("not_applicable", excuse.turn, reason("skipped", what=excuse.what))
        return verdict
    except NotApplicable as exc:
        return Verdict("not_applicable", reason=exc.reason)


def _channels(conversation: Conversation) -> frozenset[str]:
    """A transcript of unknown channel is taken as a call; notes inside a call count as notes."""
    channels = {conversation.channel if conversation.channel != "unknown" else "voice"}
    if any(t.is_internal_note for t in conversation.turns):
        channels.add("note")
    return frozenset(channels)


def _result(
    pack: RulePack,
    rule: Rule,
    verdict: Verdict,
    conversation: Conversation,
    findings: list[Finding],
    lang: str,
) -> RuleResult:
    turn = _turn_at(conversation, verdict.turn)
    return RuleResult(
        path=conversation.path,
        call_id=conversation.id,
        agent_id=conversation.agent_id,
        pack=pack.name,
        rule_id=rule.id,
        title=rule.title_in(lang),
        status=verdict.status,
        severity=rule.severity,
        turn=verdict.turn,
        start_ms=turn.start_ms if turn else None,
        evidence=evidence(turn, findings, verdict.at) if turn else "",
        reason=render_reason(verdict.reason, "en"),
        reason_th=render_reason(verdict.reason, "th"),
        locator=turn.locator if turn else Locator(),
        section=rule.section,
        weight=rule.weight,
        auto_fail=rule.auto_fail,
    )


def _turn_at(conversation: Conversation, index: int | None):
    if index is None:
        return None
    if index < len(conversation.turns) and conversation.turns[index].index == index:
        return conversation.turns[index]
    return next((t for t in conversation.turns if t.index == index), None)


def evidence(turn, findings: list[Finding], at: int | None = None) -> str:
    """What the turn's speaker said with every finding in it shown as its own mask, then anything
    number-shaped masked; a long turn is cut to a window around `at`. Masking comes first, so
    a cut never leaves a fragment of a value unmasked."""
    masked = masked_said(turn, [f for f in findings if f.turn == turn.index])
    if len(masked) > EVIDENCE_CHARS:
        at = max((at or 0) - turn.said_from, 0)
        start = max(0, min(at - EVIDENCE_CHARS // 3, len(masked) - EVIDENCE_CHARS))
        end = start + EVIDENCE_CHARS
        masked = ("…" if start else "") + masked[start:end] + ("…" if end < len(masked) else "")
    return " ".join(masked.split())
