"""Properties: whatever the mix of labels, blank lines and line endings, turns are exact slices,
however the file is cut in blocks and its lines in pieces."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from ingest_helpers import assert_turns_are_slices

from ccaudit.errors import InputFileError
from ccaudit.ingest import ReadOptions, read_conversations, text_blocks
from ccaudit.model import InputWarning

LABELS = ["Agent: ", "ลูกค้า: ", "[00:01:02] AGENT: ", "00:00:05 spk_1:", "Note: ", "Subject: ", ""]
WORDS = st.text(alphabet="ab 1:[]กข๓๏\t", min_size=0, max_size=12)
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
    # ๏ is a sign, in no label, name, header or time (๓ is a digit: times may be in Thai digits).
    assert sum(t.text.count("๏") for t in conversation.turns) == text.count("๏")


# Notes and tickets: no speaker labels, so headers, blank lines and paragraphs all count.
UNLABELLED = st.lists(
    st.tuples(st.sampled_from(["", "", "", "[00:01:02] "]), WORDS),
    min_size=1,
    max_size=12,
)
DOCUMENT = st.tuples(
    st.one_of(LINES, UNLABELLED), st.sampled_from(["\n", "\r\n", "\r"]), st.booleans()
)


def read_turns(path: Path, **options) -> list[tuple]:
    try:
        (conversation,) = read_conversations(
            path, str(path), ReadOptions(format_in="text", **options)
        )
    except InputFileError:
        return []
    return [
        (t.text, t.locator.offset, t.locator.line, t.speaker, t.role) for t in conversation.turns
    ]


@settings(
    max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    document=DOCUMENT,
    read_bytes=st.integers(min_value=1, max_value=40),
    name=st.sampled_from(["call.txt", "note.md"]),  # a note is read in paragraphs
)
def test_a_file_read_in_small_blocks_gives_the_same_turns(
    tmp_path: Path, document, read_bytes, name
):
    lines, newline, header = document
    text = ("Ticket ID: T-1" + newline if header else "") + newline.join(a + b for a, b in lines)
    path = tmp_path / name
    path.write_bytes(text.encode("utf-8"))
    whole = read_turns(path)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(text_blocks, "HEAD_BYTES", 0)  # read from the file, not the sniffed head
        patch.setattr(text_blocks, "READ_BYTES", read_bytes)
        assert read_turns(path) == whole


@settings(
    max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(document=DOCUMENT, limit=st.integers(min_value=4, max_value=30))
def test_lines_cut_in_pieces_stay_exact_slices_and_lose_no_text(tmp_path: Path, document, limit):
    lines, newline, _ = document
    text = newline.join(a + b * 3 for a, b in lines)
    path = tmp_path / "call.txt"
    path.write_bytes(text.encode("utf-8"))
    covered = set()
    options = ReadOptions(format_in="text", max_line_chars=limit)
    try:
        read = list(read_conversations(path, str(path), options))
    except InputFileError:
        assert "๏" not in text
        return
    for item in read:
        if isinstance(item, InputWarning):
            continue
        assert_turns_are_slices(text, item)
        for turn in item.turns:
            covered.update(range(turn.locator.offset, turn.locator.offset + len(turn.text)))
    # ๏ is a sign, in no label, name, header or time.
    assert {i for i, char in enumerate(text) if char == "๏"} <= covered
