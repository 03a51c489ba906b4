"""The matching rule the benchmark prints: same turn, same entity, overlapping spans."""

from benchmarks.corpus import Call, Label, Negative
from benchmarks.pii_eval.scoring import Detection, score
from ccaudit.model import Conversation, Turn


def call_with(labels, negatives=()) -> Call:
    turns = [Turn(i, "customer", "x" * 40) for i in range(4)]
    return Call(Conversation("c1", "c1.txt", "benchmark", turns), list(labels), list(negatives))


def test_overlapping_detection_of_the_same_entity_and_turn_matches():
    call = call_with([Label("c1", 1, "CREDIT_CARD", 10, 26, "spaced")])
    scores = score([call], {"c1": [Detection("c1", 1, "CREDIT_CARD", 20, 30)]})
    tally = scores.by_variant["CREDIT_CARD", "spaced"]
    assert (tally.labels, tally.found, tally.true_positives, tally.false_positives) == (1, 1, 1, 0)


def test_other_entity_or_turn_or_disjoint_span_is_a_miss_and_a_false_positive():
    call = call_with(
        [Label("c1", 1, "CREDIT_CARD", 10, 26, "spaced")],
        [Negative("c1", 2, "imei", 0, 15)],
    )
    detections = [
        Detection("c1", 1, "PHONE_NUMBER", 10, 26),
        Detection("c1", 2, "CREDIT_CARD", 0, 15),
        Detection("c1", 1, "CREDIT_CARD", 26, 30),
        Detection("c1", 3, "CREDIT_CARD", 0, 5),
    ]
    scores = score([call], {"c1": detections})
    assert scores.by_entity["CREDIT_CARD"].recall == 0
    assert scores.by_entity["CREDIT_CARD"].false_positives == 3
    assert dict(scores.false_positive_causes) == {
        ("PHONE_NUMBER", "spaced"): 1,
        ("CREDIT_CARD", "negative:imei"): 1,
        ("CREDIT_CARD", "spaced"): 1,
        ("CREDIT_CARD", "ordinary"): 1,
    }
    assert scores.by_variant["CREDIT_CARD", "spaced"].precision == 0


def test_split_number_counts_as_joined_only_with_one_shared_group():
    labels = [
        Label("c1", 0, "CREDIT_CARD", 0, 9, "split_turns", "g1"),
        Label("c1", 2, "CREDIT_CARD", 0, 9, "split_turns", "g1"),
    ]
    joined = [
        Detection("c1", 0, "CREDIT_CARD", 0, 9, "x"),
        Detection("c1", 2, "CREDIT_CARD", 0, 9, "x"),
    ]
    apart = [
        Detection("c1", 0, "CREDIT_CARD", 0, 9, "x"),
        Detection("c1", 2, "CREDIT_CARD", 0, 9, "y"),
    ]
    assert score([call_with(labels)], {"c1": joined}).groups_joined == 1
    scores = score([call_with(labels)], {"c1": apart})
    assert (scores.groups, scores.groups_complete, scores.groups_joined) == (1, 1, 0)
