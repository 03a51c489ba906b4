"""The independent eval sets' markup and scoring (benchmarks/independent)."""

import pytest

from benchmarks.independent.behaviours import verdict
from benchmarks.independent.documents import Document
from benchmarks.independent.markup import MarkupError, parse
from benchmarks.independent.scoring import Detection, score


def test_markup_is_stripped_and_labels_point_at_their_values():
    marked = parse(
        "A: card [[CREDIT_CARD|spaced|4532 0151]]\nB: ok\n"
        "A: [[CREDIT_CARD|split_turns#g1|1283 0366]] not [[NEG|order_id|ORD-1]]"
    )
    assert marked.text == "A: card 4532 0151\nB: ok\nA: 1283 0366 not ORD-1"
    first, second = marked.labels
    assert marked.text[first.start : first.end] == "4532 0151"
    assert (second.form, second.group) == ("split_turns", "g1")
    assert marked.text[second.start : second.end] == "1283 0366"
    negative = marked.negatives[0]
    assert (negative.kind, marked.text[negative.start : negative.end]) == ("order_id", "ORD-1")


@pytest.mark.parametrize("bad", ["x [[PERSON|a|b", "x [[PERSON|a|[[NEG|b|c]]]]"])
def test_broken_markup_is_refused(bad):
    with pytest.raises(MarkupError):
        parse(bad)


def test_a_detection_counts_only_for_an_overlapping_label_of_its_entity():
    document = Document("d", "written", "tune", {"lang": "en"}, parse("x [[PERSON|f|Dana]] y"))
    found = {"d": [Detection("PERSON", 3, 5), Detection("PHONE_NUMBER", 2, 6)]}
    scores = score([document], found)
    assert scores.by_entity["PERSON"].recall == 1.0
    assert scores.by_entity["PHONE_NUMBER"].precision == 0.0
    assert [fp.detection.entity for fp in scores.false_positives] == ["PHONE_NUMBER"]


def test_behaviour_verdicts_combine_as_the_worst_rule():
    results = {"no-pan-read-back": "pass", "no-card-read-back": "violation"}
    assert verdict("card_read_back", results) == "violation"
    assert verdict("agent_introduction", {"greeting": "fail"}) == "fail"
    assert verdict("polite_close", {}) is None


def test_other_tools_names_count_as_the_labelled_entity_and_unlabelled_types_are_not_scored():
    text = "born [[DATE_OF_BIRTH|f|1 May 1990]] at [[NEG|ip|10.0.0.1]]"
    document = Document("d", "written", "tune", {"lang": "en"}, parse(text))
    found = {"d": [Detection("DATE_TIME", 5, 15), Detection("IP_ADDRESS", 19, 27)]}
    scores = score([document], found)
    assert scores.by_entity["DATE_OF_BIRTH"].true_positives == 1
    assert "IP_ADDRESS" not in scores.by_entity and not scores.false_positives


def test_eval_roles_reads_the_labelled_roles_and_grades_each_turn():
    from benchmarks.eval_roles import outcome, true_roles

    roles = true_roles("Sam | Shop=agent;Customer (Lee)=customer; IVR =ivr")
    assert roles == {"sam | shop": "agent", "customer (lee)": "customer", "ivr": "ivr"}
    assert [outcome(found, "agent") for found in ("agent", "unknown", "customer")] == [
        "right",
        "unknown",
        "wrong",
    ]
