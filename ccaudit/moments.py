"""Where in a call something happened, as every output prints it, and a link to that moment.

The model counts turns from 0 (a turn's position in Conversation.turns); people count from 1,
so everything a person reads (tables, JSON, review, PDFs) says `turn_number(index)`. Times
read mm:ss, or h:mm:ss past an hour, everywhere.
"""

from __future__ import annotations

import string
from urllib.parse import quote

from ccaudit.errors import CcauditError

LINK_FIELDS = ("call_id", "start_s", "start_ms", "turn", "agent_id")


def turn_number(index: int | None) -> int | None:
    return None if index is None else index + 1


def clock(start_ms: int | None) -> str:
    """00:24, 12:05, 1:02:09; empty when the time is unknown."""
    if start_ms is None:
        return ""
    minutes, seconds = divmod(max(start_ms, 0) // 1000, 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours}:{minutes:02d}:{seconds:02d}" if hours else f"{minutes:02d}:{seconds:02d}"


def moment(turn: int | None, start_ms: int | None, turn_word: str = "turn") -> str:
    """`turn 5 · 00:28`, either part alone when the other is unknown, `-` when neither is."""
    parts = []
    if turn is not None:
        parts.append(f"{turn_word} {turn_number(turn)}")
    if start_ms is not None:
        parts.append(clock(start_ms))
    return " · ".join(parts) or "-"


def check_link_template(template: str) -> str:
    """The template itself, or a one-line error naming what it cannot fill in."""
    try:
        names = {name for _, name, _, _ in string.Formatter().parse(template) if name is not None}
    except ValueError as exc:
        raise CcauditError(f"--link-template: {exc}") from None
    unknown = sorted(names - set(LINK_FIELDS))
    if unknown:
        raise CcauditError(
            f"--link-template: unknown field {{{unknown[0]}}}; "
            f"use {', '.join('{' + f + '}' for f in LINK_FIELDS)}"
        )
    return template


def moment_link(
    template: str | None,
    call_id: str,
    start_ms: int | None = None,
    turn: int | None = None,
    agent_id: str | None = None,
) -> str | None:
    """The template filled in for one moment of a call (`{start_s}` is 0 when the time is
    unknown, so the link still opens the call); None without a template. Values are
    URL-quoted. Reports use it for their rows; SARIF results can use it for their links."""
    if not template:
        return None
    return template.format(
        call_id=quote(call_id, safe=""),
        start_s=max(start_ms or 0, 0) // 1000,
        start_ms=max(start_ms or 0, 0),
        turn=turn_number(turn) or "",
        agent_id=quote(agent_id or "", safe=""),
    )
