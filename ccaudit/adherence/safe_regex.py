"""Compile a pack's custom regex with RE2, whose matching time is linear in the text.

Python's `re` backtracks: `a+a+a+a+x` or `(?:a{1,10}){10}x` on one long turn can run for
minutes, and no syntax check catches every such pattern. RE2 has no backtracking, so any
pattern it accepts is safe on any turn. What it does not accept (backreferences, lookaround,
repeats over 1000) is refused when the pack loads, with RE2's own reason.
"""

from __future__ import annotations

import re2

MAX_PATTERN_CHARS = 500
# RE2 refuses a pattern whose compiled program needs more memory than this.
MAX_PROGRAM_BYTES = 8 << 20


class UnsafePatternError(ValueError):
    pass


def compile_safe(pattern: str):
    """A case-insensitive RE2 pattern, or UnsafePatternError saying why it was refused."""
    if len(pattern) > MAX_PATTERN_CHARS:
        raise UnsafePatternError(f"pattern longer than {MAX_PATTERN_CHARS} characters")
    options = re2.Options()
    options.case_sensitive = False
    options.log_errors = False
    options.max_mem = MAX_PROGRAM_BYTES
    try:
        return re2.compile(pattern, options)
    except re2.error as exc:
        detail = exc.args[0] if exc.args else "not accepted"
        detail = detail.decode("utf-8", "replace") if isinstance(detail, bytes) else str(detail)
        raise UnsafePatternError(f"RE2 cannot compile it ({detail})") from None
