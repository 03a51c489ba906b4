"""Huge plain-text transcripts: flat memory, overlapping parts, long lines read in pieces."""

from __future__ import annotations

import tracemalloc
from pathlib import Path

import pytest
from click.testing import CliRunner
from ingest_helpers import assert_turns_are_slices

from ccaudit.cli import main
from ccaudit.ingest import ReadOptions, read_conversations, text_parts
from ccaudit.ingest.base import MAX_LINE_CHARS
from ccaudit.model import Conversation, InputWarning
from ccaudit.pii import Detector
from ccaudit.pipeline.analysis import Analysis, input_files
from ccaudit.pipeline.events import ConversationResult

MIB = 1024 * 1024


def events(path: Path, **options) -> list:
    return list(read_conversations(path, str(path), ReadOptions(**options)))


def test_a_32_mib_line_is_scanned_in_pieces_in_flat_memory(tmp_path):
    path = tmp_path / "dump.txt"
    with path.open("wb") as handle:
        for _ in range(32):
            handle.write(b"word " * (MIB // 5) + b"word")
    tracemalloc.start()
    try:
        warning, *parts = (
            item if isinstance(item, InputWarning) else _last_turn_place(item)
            for item in read_conversations(path, str(path), ReadOptions())
        )
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 24 * MIB
    assert warning.reason.startswith(f"line 1 is longer than {MAX_LINE_CHARS} characters")
    assert [part_id for part_id, *_ in parts[:3]] == ["dump", "dump-part2", "dump-part3"]
    assert len(parts) == path.stat().st_size // MAX_LINE_CHARS + 1
    for before, after in zip(parts, parts[1:], strict=False):
        (_, _, _, end, _), (_, overlap_end, next_start, next_end, line) = before, after
        assert next_start < end <= overlap_end  # the next part repeats the seam
        assert line == 1 and next_end - next_start <= MAX_LINE_CHARS + 512


def _last_turn_place(part: Conversation) -> tuple[str, int, int, int, int | None]:
    """What the test keeps of a part: holding the parts would hold the file."""
    turn = part.turns[-1]
    start = turn.locator.offset
    return part.id, part.overlap_end, start, start + len(turn.text), turn.locator.line


def test_many_turns_become_parts_that_repeat_the_last_turns(tmp_path, monkeypatch):
    monkeypatch.setattr(text_parts, "PART_TURNS", 10)
    text = "".join(f"{'Agent' if n % 2 else 'Customer'}: line {n}\r\n" for n in range(25))
    path = tmp_path / "call.txt"
    path.write_text(text, encoding="utf-8", newline="")
    parts: list[Conversation] = events(path)
    assert [p.id for p in parts] == ["call", "call-part2", "call-part3", "call-part4"]
    for before, after in zip(parts, parts[1:], strict=False):
        repeated = after.turns[: text_parts.OVERLAP_TURNS]
        assert [t.text for t in repeated] == [t.text for t in before.turns[-3:]]
        last = before.turns[-1]
        assert after.overlap_end == last.locator.offset + len(last.text)
    new_turns = [t.text for p in parts for t in p.turns if t.locator.offset >= p.overlap_end]
    assert new_turns == [f"line {n}" for n in range(25)]
    for part in parts:
        assert_turns_are_slices(text, part)
        assert [t.index for t in part.turns] == list(range(len(part.turns)))
        assert {t.speaker: t.role for t in part.turns} == {"Agent": "agent", "Customer": "customer"}


@pytest.fixture(scope="module")
def detector() -> Detector:
    return Detector()


def scanned(path: Path, detector: Detector, **options) -> tuple[list, list]:
    read_options = ReadOptions(**options)
    analysis = Analysis(read_options, detector.scan_many)
    batch = list(analysis.run(input_files([str(path)], read_options)))
    findings = [f for e in batch if isinstance(e, ConversationResult) for f in e.findings]
    return batch, findings


def scanned_in_parts_of_five(tmp_path: Path, monkeypatch, detector: Detector, text: str):
    monkeypatch.setattr(text_parts, "PART_TURNS", 5)
    path = tmp_path / "chat.txt"
    path.write_text(text, encoding="utf-8")
    return scanned(path, detector)


def test_a_card_in_the_repeated_turns_is_reported_once(tmp_path, monkeypatch, detector):
    text = (
        "Agent: hello\nCustomer: hi\nAgent: your card?\nCustomer: 4532 0151 1283 0366\n"
        "Agent: thanks\nCustomer: ok\nAgent: bye\n"
    )
    batch, findings = scanned_in_parts_of_five(tmp_path, monkeypatch, detector, text)
    assert len([e for e in batch if isinstance(e, ConversationResult)]) == 2
    assert [f.entity_type for f in findings] == ["CREDIT_CARD"]


def test_a_number_split_across_the_seam_is_found_whole(tmp_path, monkeypatch, detector):
    text = (
        "Agent: สวัสดีค่ะ\nCustomer: ผมทำบัตรหายครับ\nAgent: รบกวนแจ้งเลขบัตรที่หายค่ะ\n"
        "Customer: 5425 2334\nAgent: ค่ะ\nCustomer: 3010 9903 ครับ\nAgent: ขอบคุณค่ะ\n"
    )
    _, findings = scanned_in_parts_of_five(tmp_path, monkeypatch, detector, text)
    cards = [f for f in findings if f.entity_type == "CREDIT_CARD"]
    assert len(cards) == 2 and cards[0].group and cards[0].group == cards[1].group
    assert {f.conversation_id for f in cards} == {"chat-part2"}


def test_a_value_at_a_long_line_cut_is_found_once(tmp_path, detector):
    path = tmp_path / "note.txt"
    before = "word " * 38 + "card "  # the card starts 5 characters before the cut at 200
    path.write_text(before[:195] + "4532 0151 1283 0366 " + "word " * 60 + "\n", encoding="utf-8")
    batch, findings = scanned(path, detector, max_line_chars=200)
    (warning,) = [e for e in batch if isinstance(e, InputWarning)]
    assert warning.reason.startswith("line 1 is longer than 200 characters")
    assert [(f.entity_type, f.start) for f in findings] == [("CREDIT_CARD", 195)]


def test_the_warning_is_one_line_on_stderr_and_the_scan_goes_on(tmp_path):
    path = tmp_path / "dump.txt"
    path.write_text("Customer: " + "word " * (MAX_LINE_CHARS // 5 + 10) + "\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["scan", "-q", "--format", "jsonl", str(path)])
    assert result.exit_code == 0, result.output
    assert result.stderr.splitlines() == [
        f"ccaudit: warning: {path}: line 1 is longer than {MAX_LINE_CHARS} characters; "
        "it and any longer lines are scanned in pieces"
    ]


def test_a_bad_byte_in_a_later_block_names_its_line(tmp_path, monkeypatch):
    from ccaudit.errors import InputFileError
    from ccaudit.ingest import text_blocks

    monkeypatch.setattr(text_blocks, "READ_BYTES", 4096)
    path = tmp_path / "late.txt"
    lines = b"".join(b"Agent: line %05d\n" % n for n in range(5000))  # past the sniffed head
    path.write_bytes(lines + b"Customer: \xff\n")
    with pytest.raises(InputFileError, match="invalid utf-8 byte sequence at or after line 5001"):
        events(path)
