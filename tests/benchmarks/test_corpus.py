"""The corpus generator: labels point at the planted values, seeds repeat, variants all occur.

Nothing here measures the detector; accuracy and speed are the benchmark's to print.
"""

import re
from collections import defaultdict

import pytest
from stdnum import luhn
from stdnum.th import pin

from benchmarks.corpus import build_corpus
from benchmarks.corpus.people import thai_name_lists
from benchmarks.corpus.renderings import ENGLISH_WORDS, THAI_WORDS

NUMBER_VARIANTS = {"plain", "spaced", "hyphenated", "glued_thai", "thai_numerals",
                   "spoken_en", "spoken_th", "split_turns"}  # fmt: skip
EXPECTED_VARIANTS = {
    "CREDIT_CARD": NUMBER_VARIANTS,
    "TH_TNIN": NUMBER_VARIANTS,
    "BANK_ACCOUNT": NUMBER_VARIANTS,
    "PHONE_NUMBER": NUMBER_VARIANTS | {"international"},
    "EMAIL_ADDRESS": {"written", "spoken_en", "spoken_th"},
    "PERSON": {"thai_title", "thai_self_intro", "english"},
    "OTP": {"written", "spoken_en", "spoken_th", "glued_thai"},
    "CARD_CVV": {"written", "spoken_en", "spoken_th"},
    "CARD_EXPIRY": {"written", "spoken_en", "spoken_th"},
    "DATE_OF_BIRTH": {"written_numeric", "written_month"},
    "PASSPORT": {"written"},
}
NEGATIVE_KINDS = {"imei", "order_number", "amount", "date", "be_year", "tracking",
                  "bad_checksum_13", "extension", "link_ids", "product_expiry"}  # fmt: skip
WORD_DIGITS = {w: str(i) for i, w in enumerate(ENGLISH_WORDS)}
WORD_DIGITS |= {w: str(i) for i, w in enumerate(THAI_WORDS)} | {"oh": "0", "โท": "2"}
SPOKEN = re.compile("double |" + "|".join(sorted(WORD_DIGITS, key=len, reverse=True)) + "|[0-9]")
FROM_THAI_NUMERALS = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")
VALID = {"CREDIT_CARD": luhn.is_valid, "TH_TNIN": pin.is_valid}


@pytest.fixture(scope="module")
def corpus():
    return build_corpus(250, 11)


def digits_of(value: str) -> str:
    """Digits of a written or spoken number ("double five" is 55)."""
    out, repeat = [], 1
    for token in SPOKEN.findall(value.translate(FROM_THAI_NUMERALS)):
        if token == "double ":
            repeat = 2
            continue
        out.append(WORD_DIGITS.get(token, token) * repeat)
        repeat = 1
    return "".join(out)


def planted(corpus):
    for call in corpus:
        for label in call.labels:
            turn = call.conversation.turns[label.turn]
            yield call, label, turn.text[label.start : label.end]


def test_every_entity_variant_and_negative_kind_occurs(corpus):
    seen = defaultdict(set)
    for _, label, _ in planted(corpus):
        seen[label.entity].add(label.variant)
    assert dict(seen) == EXPECTED_VARIANTS
    assert {n.kind for call in corpus for n in call.negatives} == NEGATIVE_KINDS


def test_checksummed_labels_point_at_valid_numbers(corpus):
    fragments = defaultdict(str)
    for _, label, value in planted(corpus):
        if label.entity not in VALID:
            continue
        if label.group:
            fragments[label.entity, label.group] += digits_of(value)
        else:
            assert VALID[label.entity](digits_of(value)), (label, value)
    assert fragments
    for (entity, group), number in fragments.items():
        assert VALID[entity](number), (group, number)


def test_bank_and_phone_labels_cover_whole_numbers(corpus):
    lengths = {"BANK_ACCOUNT": {10, 12}, "PHONE_NUMBER": {9, 10, 11}}
    groups = defaultdict(str)
    for _, label, value in planted(corpus):
        if label.entity in lengths:
            if label.group:
                groups[label.entity, label.group] += digits_of(value)
            else:
                assert len(digits_of(value)) in lengths[label.entity], (label, value)
    assert groups
    for (entity, _), number in groups.items():
        assert len(number) in lengths[entity]


def test_other_labels_point_at_their_values(corpus):
    first_names, family_names = thai_name_lists()
    known = set(first_names) | set(family_names)
    for _, label, value in planted(corpus):
        assert value and value == value.strip()
        if label.entity == "PERSON" and label.variant != "english":
            assert set(value.split()) <= known, value
        if label.entity == "EMAIL_ADDRESS":
            assert ("@" in value) == (label.variant == "written"), value
        if label.entity in ("OTP", "CARD_CVV"):
            assert len(digits_of(value)) in (3, 4, 6), value


def test_ordinary_turns_hold_no_digits(corpus):
    for call in corpus:
        marked = {lb.turn for lb in call.labels} | {n.turn for n in call.negatives}
        for turn in call.conversation.turns:
            if turn.index not in marked:
                assert not re.search("[0-9๐-๙]", turn.text), turn.text


def test_a_realistic_share_of_turns_carries_a_value(corpus):
    turns = sum(len(call.conversation.turns) for call in corpus)
    with_values = sum(len({lb.turn for lb in call.labels}) for call in corpus)
    assert 0.15 <= with_values / turns <= 0.25


def test_same_seed_same_corpus_other_seed_other_corpus():
    def snapshot(calls):
        return [([t.text for t in c.conversation.turns], c.labels, c.negatives) for c in calls]

    assert snapshot(build_corpus(20, 3)) == snapshot(build_corpus(20, 3))
    assert snapshot(build_corpus(20, 3)) != snapshot(build_corpus(20, 4))
