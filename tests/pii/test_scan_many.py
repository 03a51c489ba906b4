"""Conversations scanned together find exactly what each finds alone."""

from ccaudit.ingest import ReadOptions, iter_input_files, read_conversations
from ccaudit.model import Conversation, InputError, Locator, Turn

CASES = [
    # An account word at the very end of one call must not lift a bare number in the next.
    [("agent", "ยอด 500 บาท โอนเข้าเลขบัญชี")],
    [("customer", "1234567890 ค่ะ")],
    [("agent", "which card?"), ("customer", "4532 0151 1283 0366")],
    [("customer", "my date of birth")],
    [("customer", "12/05/1990 and passport AB1234567")],
    [("agent", "โทรกลับเบอร์ไหนคะ"), ("customer", "081 234 5678"), ("agent", "081 234 5678 นะคะ")],
    # A ticket's last line, last in a batch alone and followed by the next call together: the
    # end of the joined text is no signature's end.
    [("agent", "Card re-issued."), ("agent", "Status: Closed – Resolved")],
    [("customer", "thanks")],
]


def calls() -> list[Conversation]:
    built = []
    for number, turns in enumerate(CASES):
        built.append(
            Conversation(
                f"call-{number}",
                f"calls/call-{number}.txt",
                "text",
                [
                    Turn(i, role, text, speaker=role, locator=Locator())
                    for i, (role, text) in enumerate(turns)
                ],
            )
        )
    return built


def summary(findings) -> list[tuple]:
    return [(f.conversation_id, f.turn, f.entity_type, f.start, f.end, f.score) for f in findings]


def test_scanning_together_equals_scanning_alone(detector):
    conversations = calls()
    alone = [summary(detector.scan(c)) for c in conversations]
    together = [summary(found) for found in detector.scan_many(conversations)]
    assert together == alone
    assert alone[1] == []  # the bare number after the other call's account words
    assert {f[2] for f in alone[2]} == {"CREDIT_CARD"}
    assert alone[6] == []


def test_every_fixture_finds_the_same_alone_and_in_one_batch(detector):
    conversations = [
        item
        for found in iter_input_files(["fixtures"], ReadOptions())
        if not isinstance(found, InputError)
        for item in read_conversations(found[0], found[1], ReadOptions())
        if isinstance(item, Conversation)
    ]
    assert len(conversations) > 40
    alone = [summary(detector.scan(c)) for c in conversations]
    assert [summary(found) for found in detector.scan_many(conversations)] == alone


def test_nothing_to_scan(detector):
    assert detector.scan_many([]) == []
