"""Whether a number stands inside a web address, where its digits are ids (a post, a page, a
query value), never a card, an account or a code."""

from __future__ import annotations

import re

# A whitespace-delimited token that is a web address or part of one: a scheme or www., a
# domain followed by a path, or a query string (?a=1&b=2).
_URL_TOKEN = re.compile(
    r"[^\s]*(?:://|www\.)|(?:[A-Za-z0-9\-]+\.)+[A-Za-z]{2,}/|[^\s]*[?&][A-Za-z_]+="
)
_TOKEN_REACH = 200


def may_hold_url(text: str) -> bool:
    """A cheap first look for what every _URL_TOKEN needs (a slash alone is also a date's)."""
    return "://" in text or "www." in text or "=" in text or ".co" in text or ".org/" in text


def in_url(text: str, start: int) -> bool:
    """Whether the number starting at `start` is part of a web address: its digits are ids
    (a post, a page, a query value), never a card, an account or a code."""
    token_start = max(start - _TOKEN_REACH, 0)
    space = max(text.rfind(" ", token_start, start), text.rfind("\n", token_start, start))
    token_start = space + 1 if space != -1 else token_start
    if token_start == start:
        return False
    return _URL_TOKEN.match(text, token_start, start + 1) is not None
