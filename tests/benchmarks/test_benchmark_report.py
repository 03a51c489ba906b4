"""The benchmark prints examples of misses and false positives: masked, never the value."""

from benchmarks.corpus import Call, Label
from benchmarks.pii_eval.report import examples
from benchmarks.pii_eval.scoring import Detection, score
from ccaudit.model import Conversation, Turn

CARD = "4532015112830366"
PHONE = "0812345678"


def test_examples_mask_planted_values_in_missed_and_false_positive_turns():
    turns = [
        Turn(0, "customer", f"card {CARD} please"),
        Turn(1, "customer", f"call {PHONE} and my card {CARD}"),
    ]
    labels = [
        Label("c1", 0, "CREDIT_CARD", 5, 21, "plain"),
        Label("c1", 1, "CREDIT_CARD", 28, 44, "plain"),
    ]
    call = Call(Conversation("c1", "c1.txt", "benchmark", turns), labels)
    scores = score([call], {"c1": [Detection("c1", 1, "PERSON", 5, 15)]})
    printed = "\n".join(examples([call], scores))
    assert "CREDIT_CARD / plain (2 missed)" in printed
    assert "PERSON / plain" in printed
    for value in (CARD, PHONE, CARD[6:12], PHONE[3:7]):
        assert value not in printed
