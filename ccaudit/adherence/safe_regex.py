"""Compile a pack's custom regex only if it cannot backtrack catastrophically.

Python's `re` has no timeout, so the guard is at load time: a repeated group that itself
contains a repeat (`(a+)+`, `(\\w+\\s?)*`) or an alternation (`(a|ab)*`) is rejected, which
rules out the classic exponential patterns. Patterns run one turn at a time, so input length
stays bounded too.
"""

from __future__ import annotations

import re

try:
    from re import _parser as sre_parse
except ImportError:  # Python < 3.11 keeps it public
    import sre_parse  # type: ignore[no-redef]

MAX_PATTERN_CHARS = 500
# A small bounded outer repeat, `(?:\d{4}[ -]?){3}`, can only multiply the work by a constant.
MAX_SAFE_OUTER_REPEAT = 10
_REPEATS = {sre_parse.MAX_REPEAT, sre_parse.MIN_REPEAT, sre_parse.POSSESSIVE_REPEAT}


class UnsafePatternError(ValueError):
    pass


def compile_safe(pattern: str) -> re.Pattern:
    """re.compile with case folding, or UnsafePatternError / re.error saying what is wrong."""
    if len(pattern) > MAX_PATTERN_CHARS:
        raise UnsafePatternError(f"pattern longer than {MAX_PATTERN_CHARS} characters")
    parsed = sre_parse.parse(pattern, re.IGNORECASE)
    _reject_nested_repeats(parsed, inside_repeat=False)
    return re.compile(pattern, re.IGNORECASE)


def _reject_nested_repeats(items, inside_repeat: bool) -> None:
    for op, argument in items:
        if op in _REPEATS:
            low, high, body = argument
            if high > 1 and inside_repeat:
                raise UnsafePatternError("nested quantifier (a repeat inside a repeat)")
            _reject_nested_repeats(body, inside_repeat or high > MAX_SAFE_OUTER_REPEAT)
        elif op is sre_parse.BRANCH:
            if inside_repeat:
                raise UnsafePatternError("alternation inside a repeated group")
            for branch in argument[1]:
                _reject_nested_repeats(branch, inside_repeat)
        elif op is sre_parse.SUBPATTERN:
            _reject_nested_repeats(argument[-1], inside_repeat)
        elif op in (sre_parse.ASSERT, sre_parse.ASSERT_NOT):
            _reject_nested_repeats(argument[1], inside_repeat)
