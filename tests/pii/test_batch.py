from ccaudit.pii.batch import build_batches
from ccaudit.pii.numbers import _RUN, digit_runs, forget_digit_runs


def test_batch_digit_runs_match_a_fresh_scan_of_the_joined_text():
    texts = [
        "agent asks for the card number 12",
        "เลขบัตร 4532 0151 1283 0366 ค่ะ",
        "no digits here",
        "+66 89 765 4321 or 02-123-4567",
        "order 1234-5678. ok",
    ]
    forget_digit_runs()
    (batch,) = build_batches(texts, [1, 3, 4], texts)
    expected = [m.span() for m in _RUN.finditer(batch.text)]
    assert [(start, end) for start, end, _ in digit_runs(batch.text)] == expected
    assert len(expected) == 5
