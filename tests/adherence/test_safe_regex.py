"""Pack regexes run on RE2: patterns that hang Python's `re` run in linear time, and what RE2
cannot take is refused when the pack loads (issue 11)."""

import pytest

from ccaudit.adherence.safe_regex import UnsafePatternError, compile_safe

LONG_TURN = "a" * 30_000

# The four custom_pattern examples that hung `check` for more than 90 s on one 30,000-char turn,
# and the classic exponential ones.
BACKTRACKING = [
    r"a+a+a+a+x",
    r"(?:a{1,10}){10}x",
    r"\w*\w*\w*\w*!x",
    r".*.*.*.*x",
    r"(a+)+$x",
    r"(a|aa)*x",
    r"(\w+\s?)*x",
]


@pytest.mark.parametrize("pattern", BACKTRACKING)
def test_patterns_that_backtrack_in_re_run_linearly(pattern):
    # Seconds in `re` (or hours); RE2 answers at once, so no timing needs asserting here.
    assert compile_safe(pattern).search(LONG_TURN) is None


@pytest.mark.parametrize(
    "pattern",
    [r"(a)\1", r"(?=a)b", r"(?<!x)y", r"a{2000}", "[unclosed", "a" * 501],
)
def test_what_re2_cannot_take_is_refused(pattern):
    with pytest.raises(UnsafePatternError):
        compile_safe(pattern)


@pytest.mark.parametrize(
    ("pattern", "text"),
    [
        (r"ref(erence)?\s*#?\d+", "Reference #123"),
        (r"(?:\d{4}[ -]?){3}\d{4}", "4532 0151 1283 0366"),
        (r"ธนาคาร\s*\d+", "ที่ธนาคาร 12 ค่ะ"),
    ],
)
def test_ordinary_patterns_match_case_insensitively(pattern, text):
    assert compile_safe(pattern).search(text.upper()) is not None


@pytest.mark.parametrize("pattern", BACKTRACKING[:4])
def test_a_pack_with_such_a_pattern_checks_a_long_turn(tmp_path, pattern):
    """Issue 11's repro: each of these hung `check` on one 30,000-character turn."""
    from adherence_builders import call

    from ccaudit.adherence import Checker, load_pack

    path = tmp_path / "hostile.yaml"
    path.write_text(
        "pack: hostile\nversion: 1\nlanguage: any\nrules:\n"
        "  - id: p\n    title: {th: p, en: p}\n    severity: low\n"
        f"    custom_pattern: {{pattern: '{pattern}', expect: absent, role: any}}\n",
        encoding="utf-8",
    )
    [result] = Checker([load_pack(path)]).check(call(("agent", LONG_TURN)), [])
    assert result.status == "pass"
