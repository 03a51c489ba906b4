"""The values a scan found, as their files hold them: what a redacted copy must not keep."""

from __future__ import annotations

from ccaudit.model import Conversation, Finding


def values_of(conversations: list[Conversation], findings: list[list[Finding]]) -> list[str]:
    """Each finding's text as its file holds it."""
    values = []
    for conversation, found in zip(conversations, findings, strict=True):
        for finding in found:
            turn = conversation.turns[finding.turn]
            start, end = turn.text_span(finding.start, finding.end)
            values.append(turn.text[start:end])
    return values
