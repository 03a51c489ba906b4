"""`custom_pattern`: a regular expression that must be present, or absent, in what a role says.

Patterns are compiled by RE2, which runs in time linear in the text, so no pattern can hang a
check; a pattern RE2 cannot take (backreferences, lookaround) is refused when the pack loads.
"""

from __future__ import annotations

from ccaudit.adherence.conditions import PatternCondition
from ccaudit.adherence.kinds.forbidden_phrase import ForbiddenCheck
from ccaudit.adherence.kinds.required_phrase import RequiredCheck

KIND = "custom_pattern"


def build(params: dict, rule) -> RequiredCheck | ForbiddenCheck:
    pattern = PatternCondition(
        rule.regex(params["pattern"], ("pattern",)),
        rule.roles(params.get("role")),
        rule.window(params.get("window")),
    )
    return RequiredCheck(pattern) if params["expect"] == "present" else ForbiddenCheck(pattern)
