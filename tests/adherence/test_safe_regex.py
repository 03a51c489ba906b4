import re

import pytest

from ccaudit.adherence.safe_regex import UnsafePatternError, compile_safe


@pytest.mark.parametrize(
    "pattern", [r"(a+)+b", r"(\w+\s?)*x", r"(a|ab)*c", r"(?:x*)+", r"(a{1,2}){1,100}"]
)
def test_catastrophic_patterns_are_rejected(pattern):
    with pytest.raises(UnsafePatternError):
        compile_safe(pattern)


@pytest.mark.parametrize(
    "pattern", [r"ref(erence)?\s*#?\d+", r"(?:\d{4}[ -]?){3}\d{4}", r"(?:\s|-)*x", r"x(?:ab)+"]
)
def test_ordinary_patterns_compile_case_insensitive(pattern):
    assert compile_safe(pattern).flags & re.IGNORECASE


def test_invalid_pattern_raises_re_error():
    with pytest.raises(re.error):
        compile_safe("[unclosed")


def test_overlong_pattern_is_rejected():
    with pytest.raises(UnsafePatternError):
        compile_safe("a" * 501)
