"""Display names and letter labels are read from the start of every line, whatever ends it."""

import pytest

from ccaudit.ingest.text_patterns import display_names, letters_label

LINE_ENDS = pytest.mark.parametrize("end", ["\n", "\r\n", "\r"], ids=["lf", "crlf", "cr"])


@LINE_ENDS
def test_a_name_after_a_time_on_two_lines_is_a_display_name(end):
    head = end.join(
        [
            "10:32 Pranee K: hello, is the branch open",
            "10:33 Shop Bot: it is, until five",
            "10:34 Pranee K: thanks",
            "[00:07] Balance: 500",
            "Total: 20 10:40 Hidden: not at a line start",
        ]
    )
    assert display_names(head) == {"Pranee K"}
    assert display_names(end + head) == {"Pranee K"}


@LINE_ENDS
def test_letters_label_a_document_whose_lines_start_with_both_letters(end):
    assert letters_label(end.join(["A: hello", "C: hi", "A: bye"]))
    assert letters_label(end.join(["[00:01] A: hello", "[00:02] C: hi"]))
    assert not letters_label(end.join(["A: yes", "B: no", "C: maybe"]))
    assert not letters_label(end.join(["A: hello", "and C: is not at a line start"]))


@LINE_ENDS
def test_two_other_letters_label_a_dialogue_only_when_they_take_turns(end):
    assert letters_label(end.join(["X: hi", "Y: hello", "X: my bill", "Y: one moment"])) == "XY"
    assert letters_label(end.join(["A: yes", "B: no"])) == ""
    assert letters_label(end.join(["Q: how do I pay?", "A: online", "Q: when?", "A: now"])) == ""
    notes = ["A: first option", "B: second option", "A: again", "B: again"] + ["prose"] * 5
    assert letters_label(end.join(notes)) == ""


@LINE_ENDS
def test_a_and_b_label_a_dialogue_of_some_length_but_not_a_short_list(end):
    assert letters_label(end.join(["A: hi", "B: hello", "A: my bill", "B: sure"])) == "AB"
    assert letters_label(end.join(["A: yes", "B: no"])) == ""
    assert letters_label(end.join(["A: hello", "C: hi"])) == "AC"
