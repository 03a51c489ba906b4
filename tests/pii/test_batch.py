from ccaudit.pii.batch import CONVERSATION_GAP, build_batches
from ccaudit.pii.numbers import _RUN, digit_runs, forget_digit_runs


def test_batch_digit_runs_are_a_fresh_scan_of_its_turns_not_of_context_only_text():
    texts = [
        "agent asks for the card number 12",
        "เลขบัตร 4532 0151 1283 0366 ค่ะ",
        "no digits here, ref 77",
        "+66 89 765 4321 or 02-123-4567",
        "order 1234-5678. ok",
    ]
    forget_digit_runs()
    (batch,) = build_batches([texts, ["call two 0812345678"]], [(0, 1), (0, 3), (0, 4), (1, 0)])
    every_run = [m.span() for m in _RUN.finditer(batch.text)]
    in_turns = [span for span in every_run if batch.locate(*span) is not None]
    assert [(start, end) for start, end, _ in digit_runs(batch.text)] == in_turns
    assert len(in_turns) == 5
    assert len(every_run) == 7  # "12" and "77" stand only in context tails


def test_a_turn_gets_its_previous_turn_as_context_but_never_another_calls():
    first = ["what is your account number?", "123-4-56789-0"]
    second = ["123-4-56789-0"]
    (batch,) = build_batches([first, second], [(0, 1), (1, 0)])
    assert batch.parts == [first[0][-41:], first[1], CONVERSATION_GAP, second[0]]
    assert batch.keys == [None, (0, 1), None, (1, 0)]
    second_start = batch.text.rindex(second[0])
    assert batch.locate(second_start, second_start + 5) == ((1, 0), 0, 5)
