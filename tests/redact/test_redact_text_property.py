"""Text transcripts of any shape: a planted card never survives, line endings always do."""

from __future__ import annotations

import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

CARD = "4532015112830366"
WORDS = st.sampled_from(["hello", "thanks", "ครับ", "ค่ะ", "บัตร", "card", "okay", "ขอบคุณ", "12", ""])
LABELS = st.sampled_from(["Agent: ", "Customer: ", "ลูกค้า: ", "[00:00:05] Agent: ", ""])
SEPARATORS = st.sampled_from(["", " ", "-"])


@st.composite
def transcripts(draw) -> tuple[str, str]:
    ending = draw(st.sampled_from(["\n", "\r\n"]))
    lines = [
        draw(LABELS) + " ".join(draw(st.lists(WORDS, max_size=5)))
        for _ in range(draw(st.integers(0, 4)))
    ]
    separator = draw(SEPARATORS)
    card = separator.join(CARD[i : i + 4] for i in range(0, 16, 4))
    lines.insert(draw(st.integers(0, len(lines))), f"Customer: my card number is {card} thanks")
    return ending.join(lines) + ending, ending


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(transcripts())
def test_a_planted_card_never_survives(round_trip, tmp_path, case):
    text, ending = case
    path = tmp_path / "call.txt"
    path.write_bytes(text.encode("utf-8"))
    trip = round_trip(path, "CREDIT_CARD=replace")
    copy = trip.outcome.output.read_bytes().decode("utf-8")
    assert CARD not in re.sub(r"\D", "", copy)
    assert copy.count(ending) == text.count(ending)
    assert trip.outcome.left == []
