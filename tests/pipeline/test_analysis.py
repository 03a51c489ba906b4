"""Analysis.run holds conversations back to detect them together, yet reports in reading order."""

from pathlib import Path

from ccaudit.ingest import ReadOptions
from ccaudit.model import Conversation, Finding, InputError, Severity
from ccaudit.pipeline import analysis as analysis_module
from ccaudit.pipeline.analysis import DETECT_CHUNK, Analysis, input_files, locate_line
from ccaudit.pipeline.events import ConversationResult, FileDone


def run(folder: Path, detect, items=None) -> list:
    analysis = Analysis(ReadOptions(), detect)
    return analysis.run(items if items is not None else input_files([str(folder)], ReadOptions()))


def test_conversations_of_many_files_are_detected_together_and_reported_in_order(tmp_path):
    names = [f"call-{i:03d}.txt" for i in range(DETECT_CHUNK + 3)]
    for name in names:
        (tmp_path / name).write_text(f"Agent: hello from {name}\n", encoding="utf-8")
    (tmp_path / "call-005.txt").write_bytes(b"\x00\x01binary\xff")
    chunks: list[list[str]] = []

    def detect(conversations: list[Conversation]) -> list[list]:
        chunks.append([c.path for c in conversations])
        return [[] for _ in conversations]

    events = list(run(tmp_path, detect))

    readable = [n for n in names if n != "call-005.txt"]
    assert [len(chunk) for chunk in chunks] == [DETECT_CHUNK, len(readable) - DETECT_CHUNK]
    reported = []
    for event in events:
        if isinstance(event, ConversationResult):
            reported.append(("result", Path(event.conversation.path).name))
        elif isinstance(event, FileDone):
            reported.append(("done", event.path.name))
        elif isinstance(event, InputError):
            reported.append(("error", Path(event.path).name))
    expected = []
    for name in names:
        expected += [("error" if name == "call-005.txt" else "result", name), ("done", name)]
    assert reported == expected


def test_a_chunk_of_large_conversations_ends_at_its_share_of_text(tmp_path, monkeypatch):
    monkeypatch.setattr(analysis_module, "DETECT_CHARS", 100)
    for number in range(5):
        (tmp_path / f"call-{number}.txt").write_text("Agent: " + "word " * 12, encoding="utf-8")
    chunk_sizes: list[int] = []

    def detect(conversations: list[Conversation]) -> list[list]:
        chunk_sizes.append(len(conversations))
        return [[] for _ in conversations]

    results = [e for e in run(tmp_path, detect) if isinstance(e, ConversationResult)]

    assert chunk_sizes == [2, 2, 1]  # 60 characters each: the second reaches 100
    assert len(results) == 5


def test_an_unreadable_file_is_reported_at_once_when_nothing_waits_before_it(tmp_path):
    (tmp_path / "a-broken.txt").write_bytes(b"\x00\x01binary\xff")
    (tmp_path / "b-call.txt").write_text("Agent: hello\n", encoding="utf-8")
    detected: list[int] = []

    def detect(conversations: list[Conversation]) -> list[list]:
        detected.append(len(conversations))
        return [[] for _ in conversations]

    events = run(tmp_path, detect)
    first, second = next(events), next(events)
    assert isinstance(first, InputError) and isinstance(second, FileDone)
    assert detected == []
    assert [type(e) for e in events] == [ConversationResult, FileDone]
    assert detected == [1]


def test_items_that_are_not_files_come_back_in_their_place(tmp_path):
    (tmp_path / "a.txt").write_text("Agent: hello\n", encoding="utf-8")
    marker = object()
    items = [marker, *input_files([str(tmp_path / "a.txt")], ReadOptions()), "after"]

    events = list(run(tmp_path, lambda conversations: [[] for _ in conversations], items))

    assert events[0] is marker and events[-1] == "after"
    assert [type(e) for e in events[1:-1]] == [ConversationResult, FileDone]


def test_a_result_carries_no_turn_text(tmp_path):
    (tmp_path / "a.txt").write_text("Agent: hello\nCustomer: my card\n", encoding="utf-8")
    events = list(run(tmp_path, lambda conversations: [[] for _ in conversations]))
    info = events[0].conversation
    assert info.turn_count == 2 and not hasattr(info, "turns")


def test_a_finding_is_pointed_at_its_own_line_of_a_turn_of_several(tmp_path):
    (tmp_path / "note.txt").write_text(
        "Agent: the reference is\nstill pending, it reads\nREF-77 for now\n", encoding="utf-8"
    )
    [conversation] = [
        e for e in Analysis(ReadOptions(), lambda cs: [[] for _ in cs])._read_events(
            input_files([str(tmp_path)], ReadOptions())
        ) if isinstance(e, Conversation)
    ]  # fmt: skip
    turn = conversation.turns[0]
    start = turn.locator.offset + turn.text.index("REF-77")
    on_first_line = Finding(
        conversation.path, conversation.id, "OTP", start, start + 6, 0.9, True, "REF-**",
        Severity.low, turn=0, locator=turn.locator,
    )  # fmt: skip

    located = locate_line(conversation, on_first_line)

    assert turn.locator.line == 1 and located.locator.line == 3
    assert located.locator.offset == turn.locator.offset
    assert locate_line(conversation, located) is located  # already on its line: no copy


def test_a_defect_on_one_conversation_is_its_files_error_and_the_batch_goes_on(tmp_path):
    for number in range(3):
        (tmp_path / f"call-{number}.txt").write_text(f"Agent: call {number}\n", encoding="utf-8")

    def fails_on_call_1(conversations: list[Conversation]) -> list[list]:
        if any(c.path.endswith("call-1.txt") for c in conversations):
            raise IndexError("list index out of range near 4111 1111 1111 1111")
        return [[] for _ in conversations]

    events = list(run(tmp_path, fails_on_call_1))

    (error,) = [e for e in events if isinstance(e, InputError)]
    assert Path(error.path).name == "call-1.txt"
    assert error.reason == (
        "internal error (IndexError at test_analysis.py:"
        f"{fails_on_call_1.__code__.co_firstlineno + 2}); not analysed, please report it"
    )
    results = [Path(e.conversation.path).name for e in events if isinstance(e, ConversationResult)]
    assert results == ["call-0.txt", "call-2.txt"]


def test_a_readers_defect_is_its_files_error(tmp_path, monkeypatch):
    (tmp_path / "call.txt").write_text("Agent: hello\n", encoding="utf-8")

    def broken_reader(*_):
        raise KeyError("quoted input")

    monkeypatch.setattr(analysis_module, "read_conversations", broken_reader)
    (error, done) = run(tmp_path, lambda conversations: [[] for _ in conversations])
    assert error.reason.startswith("internal error (KeyError at test_analysis.py:")
    assert "quoted" not in error.reason
    assert isinstance(done, FileDone)


def test_a_defect_on_one_document_of_many_names_its_line(tmp_path):
    lines = [
        '{"id": "a", "turns": [{"speaker": "agent", "text": "hello"}]}',
        '{"id": "b", "turns": [{"speaker": "agent", "text": "hi there"}]}',
    ]
    (tmp_path / "export.ndjson").write_text("\n".join(lines) + "\n", encoding="utf-8")

    def fails_on_b(conversations: list[Conversation]) -> list[list]:
        if any(c.id == "b" for c in conversations):
            raise ValueError("detector bug")
        return [[] for _ in conversations]

    (error,) = [e for e in run(tmp_path, fails_on_b) if isinstance(e, InputError)]
    assert error.reason.startswith("line 2: internal error (ValueError at test_analysis.py:")
