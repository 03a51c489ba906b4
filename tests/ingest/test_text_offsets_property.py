"""Property: whatever the mix of labels, blank lines and line endings, turns are exact slices."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from ingest_helpers import assert_turns_are_slices

from ccaudit.errors import InputFileError
from ccaudit.ingest import ReadOptions, read_conversations

LABELS = ["Agent: ", "ลูกค้า: ", "[00:01:02] AGENT: ", "00:00:05 spk_1:", "Note: ", "Subject: ", ""]
WORDS = st.text(alphabet="ab 1:[]กข๓\t", min_size=0, max_size=12)
LINES = st.lists(st.tuples(st.sampled_from(LABELS), WORDS), min_size=1, max_size=12)


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(lines=LINES, newline=st.sampled_from(["\n", "\r\n"]), header=st.booleans())
def test_turns_are_exact_slices_in_order(tmp_path: Path, lines, newline, header):
    text = ("Call ID: X-1" + newline if header else "") + "".join(
        label + words + newline for label, words in lines
    )
    path = tmp_path / "call.txt"
    path.write_bytes(text.encode("utf-8"))
    try:
        (conversation,) = read_conversations(path, str(path), ReadOptions(format_in="text"))
    except InputFileError as exc:
        assert not text.replace("Call ID: X-1", "").strip() or "no text" in exc.reason
        return
    assert_turns_are_slices(text, conversation)
    ends = [t.locator.offset + len(t.text) for t in conversation.turns]
    starts = [t.locator.offset for t in conversation.turns]
    assert all(end <= start for end, start in zip(ends, starts[1:], strict=False))
    assert all(t.text == t.text.strip() and t.text for t in conversation.turns)
    for marker in "ข๓":  # characters no label or header contains
        assert sum(t.text.count(marker) for t in conversation.turns) == text.count(marker)
