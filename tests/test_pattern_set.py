import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ccaudit.ingest.role_cues import AGENT_CUES, CUSTOMER_CUES, IVR_CUES
from ccaudit.pattern_set import PatternSet, required_pieces

CUES = [re.compile(p) for p, _ in AGENT_CUES + CUSTOMER_CUES + IVR_CUES]
ROLE_CUES = PatternSet(CUES)


@pytest.mark.parametrize(
    ("pattern", "pieces"),
    [
        (r"thank(?:s| you) for (?:calling|holding)", {"calling", "holding"}),
        (r"\b\w+ speaking\b", {" speaking"}),
        (r"welcome to\b|ยินดีต้อนรับ(?:สู่)?", {"welcome to", "ยินดีต้อนรับ"}),
        (r"พูดอยู่(?:ค่ะ|ครับ)", {"พูดอยู่ค"}),  # `re` takes the shared ค out of the branch
        (r"(?:ab)+x?", {"ab"}),
    ],
)
def test_required_pieces(pattern, pieces):
    assert required_pieces(re.compile(pattern)) == pieces


@pytest.mark.parametrize(
    "pattern",
    [r"\w+", r"(?:abc)?", r"abc|\d+", r"(?i:abc)", r"(?:abc){0,2}"],
)
def test_patterns_needing_no_piece(pattern):
    assert required_pieces(re.compile(pattern)) is None


def test_a_caseless_pattern_needs_no_piece():
    assert required_pieces(re.compile("abc", re.IGNORECASE)) is None


def test_overlapping_and_nested_pieces_are_all_found():
    patterns = [re.compile(p) for p in ("abcd", "bc", "ab", "c", r"\d")]
    assert PatternSet(patterns).matching("xabcdx") == {0, 1, 2, 3}
    assert PatternSet(patterns).matching("abc 7") == {1, 2, 3, 4}


_CUE_WORDS = sorted({piece for cue in CUES for piece in required_pieces(cue) or ()})


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(_CUE_WORDS) | st.sampled_from(["", " ", "a", "ค่ะ", "\n", "?", "my "]),
        max_size=12,
    )
)
def test_the_role_cues_match_as_searched_one_by_one(parts):
    text = "".join(parts)
    assert ROLE_CUES.matching(text) == {i for i, cue in enumerate(CUES) if cue.search(text)}
