from hypothesis import given
from hypothesis import strategies as st

from ccaudit.normalize.compose import compose
from ccaudit.normalize.offsets import Replacement, apply_replacements


def test_span_boundaries_inside_an_edit_widen_to_the_whole_edit():
    result = apply_replacements("ab one two cd", [Replacement(3, 10, "12")])
    assert result.text == "ab 12 cd"
    assert result.to_source(3, 5) == (3, 10)
    assert result.to_source(4, 5) == (3, 10)
    assert result.to_source(6, 8) == (11, 13)


def test_an_emptied_separator_stays_outside_spans_that_end_or_start_at_it():
    source = "one two"
    result = apply_replacements(
        source, [Replacement(0, 3, "1"), Replacement(3, 4, ""), Replacement(4, 7, "2")]
    )
    assert result.text == "12"
    assert source[slice(*result.to_source(0, 1))] == "one"
    assert source[slice(*result.to_source(1, 2))] == "two"


def test_an_inserted_space_maps_to_an_empty_source_range():
    result = apply_replacements("ab12", [Replacement(2, 2, " ")])
    assert result.text == "ab 12"
    assert result.to_source(3, 5) == (2, 4)
    assert result.to_source(0, 2) == (0, 2)


def test_overlapping_replacements_keep_the_first():
    result = apply_replacements("abcdef", [Replacement(0, 3, "X"), Replacement(2, 4, "Y")])
    assert result.text == "Xdef"


@st.composite
def replacements(draw, source: str) -> list[Replacement]:
    cuts = sorted(draw(st.lists(st.integers(0, len(source)), max_size=8)))
    out = []
    for start, end in zip(cuts[::2], cuts[1::2], strict=False):
        out.append(Replacement(start, end, draw(st.text("xyz ", max_size=4))))
    return out


@given(st.data(), st.text("abcde ", max_size=30))
def test_composed_map_is_consistent_and_monotonic(assert_consistent, data, source):
    inner = apply_replacements(source, data.draw(replacements(source)))
    outer = apply_replacements(inner.text, data.draw(replacements(inner.text)))
    both = compose(inner, outer)
    assert both.text == outer.text
    assert_consistent(both, source)
    starts = [both.to_source(i, len(both.text))[0] for i in range(len(both.text) + 1)]
    assert starts == sorted(starts)
    assert all(0 <= s <= len(source) for s in starts)


@given(st.data(), st.text("abcde ", max_size=30))
def test_composed_map_agrees_with_mapping_twice_outside_edits(data, source):
    inner = apply_replacements(source, data.draw(replacements(source)))
    outer = apply_replacements(inner.text, data.draw(replacements(inner.text)))
    both = compose(inner, outer)
    for i in range(len(both.text)):
        twice = inner.to_source(*outer.to_source(i, i + 1))
        once = both.to_source(i, i + 1)
        if twice[0] < twice[1]:
            assert once[0] <= twice[0] and twice[1] <= once[1]
