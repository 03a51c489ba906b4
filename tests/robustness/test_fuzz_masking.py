"""Fuzzing the masks (issue 11 §8): no planted value survives an excerpt or a name, whatever
the text around it, and masks keep the text's length and lines. Bounded for CI."""

from __future__ import annotations

import os
import re

from hostile import fuzz_settings
from hypothesis import given
from hypothesis import strategies as st
from stdnum import luhn
from stdnum.th import pin

from ccaudit.adherence.checker import evidence
from ccaudit.masking import mask_free_text, mask_spans
from ccaudit.model import Conversation, InputError, Turn

FUZZ = fuzz_settings(150)
THAI_DIGITS = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")
EN_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TH_WORDS = ["ศูนย์", "หนึ่ง", "สอง", "สาม", "สี่", "ห้า", "หก", "เจ็ด", "แปด", "เก้า"]
# Anything a transcript or a file name may hold, line breaks and control characters included.
text = st.text(
    alphabet=st.characters(codec="utf-8", exclude_categories=["Cs"]) | st.sampled_from("กขค 0@.\n"),
    max_size=60,
)
digits = st.text(alphabet="0123456789", min_size=1, max_size=14)


@st.composite
def written_numbers(draw) -> str:
    """Three or more digits, ASCII or Thai, with the separators people put in numbers."""
    groups = draw(st.lists(digits, min_size=1, max_size=4).filter(lambda g: len("".join(g)) >= 3))
    number = "".join(g + draw(st.sampled_from(["", " ", "-", ".", ", "])) for g in groups).rstrip(
        " -.,"
    )
    return number.translate(THAI_DIGITS) if draw(st.booleans()) else number


@st.composite
def spoken_numbers(draw) -> str:
    words = draw(st.sampled_from([EN_WORDS, TH_WORDS]))
    said = draw(st.lists(st.sampled_from(words), min_size=3, max_size=16))
    glue = draw(st.sampled_from([" ", ", ", "-"] + ([""] if words is TH_WORDS else [])))
    return glue.join(said)


@st.composite
def cards(draw) -> str:
    body = draw(st.text(alphabet="0123456789", min_size=15, max_size=15))
    return "4" + body[1:] + luhn.calc_check_digit("4" + body[1:])


@st.composite
def thai_ids(draw) -> str:
    body = draw(st.text(alphabet="0123456789", min_size=12, max_size=12))
    return "1" + body[1:] + pin.calc_check_digit("1" + body[1:])


phones = st.builds(
    lambda p, rest: p + rest,
    st.sampled_from(["06", "08", "09"]),
    st.text(alphabet="0123456789", min_size=8, max_size=8),
)


def planted(before: str, value: str, after: str) -> str:
    """`value` set off from the text around it, as a word is."""
    return f"{before} {value} {after}"


@FUZZ
@given(before=text, value=written_numbers() | spoken_numbers(), after=text)
def test_no_number_in_an_excerpt_survives(before, value, after):
    masked = mask_free_text(planted(before, value, after))
    assert value not in masked
    assert not re.search(r"[0-9\u0E50-\u0E59]{3}", masked)
    assert len(masked) == len(planted(before, value, after))
    assert mask_free_text(masked) == masked


@FUZZ
@given(before=text, value=written_numbers() | spoken_numbers(), after=text)
def test_evidence_masks_what_no_finding_covers(before, value, after):
    turn = Turn(0, "customer", planted(before, value, after))
    assert value not in evidence(turn, [], at=len(before))


@FUZZ
@given(source=text, spans=st.lists(st.tuples(st.integers(-5, 70), st.integers(-5, 70)), max_size=4))
def test_mask_spans_masks_every_span_whole_and_keeps_the_length(source, spans):
    masked = mask_spans(source, spans)
    assert len(masked) == len(source)
    for start, end in spans:
        assert set(masked[max(start, 0) : max(end, 0)]) <= {"*"}


@FUZZ
@given(before=text, value=cards() | thai_ids() | phones, after=text)
def test_no_card_thai_id_or_phone_survives_in_a_name(before, value, after):
    name = before + value + after
    conversation = Conversation(name, name, "text", [], agent_id=name)
    error = InputError(name, "unreadable")
    for shown in (conversation.id, conversation.path, conversation.agent_id, str(error)):
        assert value not in shown
        assert not re.search(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]", shown)
        assert InputError(shown, "").path == shown  # cleaning a clean name changes nothing


@FUZZ
@given(name=text | st.binary(max_size=40).map(os.fsdecode))
def test_a_name_is_one_printable_line(name):
    shown = InputError(name, "unreadable").path
    assert "\n" not in shown and "\r" not in shown
    shown.encode("utf-8")  # a file-name byte that is not UTF-8 no longer breaks an output
