"""The PERSON name finders, and the cheap hints that let text without a name skip them."""

import re
import sys
from itertools import product

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from ccaudit.pii import names
from ccaudit.pii.names import EN_NAME_HINT, NameList, thai_name_hint
from ccaudit.pii.recognizers.person import english_name_spans, thai_name_spans

GIVEN, FAMILY = names.name_lists()
GIVEN_NAMES = sorted(GIVEN.names)
FAMILY_NAMES = sorted(FAMILY.names)
THAI_PIECES = [
    "คุณ", "ขอบคุณ", "นางสาว", "นาย", "นาง", "น.ส.", "ด.ช.", "ด.ญ.", "ผม", "ดิฉัน", "ฉัน", "หนู",
    "ชื่อ", "ชื่อว่า", "ค่ะ", "ครับ", "ต้องการ", "ลูกค้า", "เป็น", " ", " ", "\n", "Fah", "Suda", "Visa",
]  # fmt: skip
ENGLISH_PIECES = [
    "my name is ", "My Name Is ", "MY NAME IS ", "name's ", "this is ", "It's ", "it’s ", "I am ",
    "I'm ", "i’m ", "speaking with ", "Mr", "MRS", "ms", "Miss", "dr", ". ", " ", ", ", "John",
    "O'Brien", "Smith", "Visa", "Card", "Services", "the ", "A", "İt's ", "ıt iſ ", "MİSS ", "-",
    "my name iſ ", "thıs ıs ", "Mıss ", "ſpeaking with ",
]  # fmt: skip
thai_texts = st.lists(
    st.one_of(
        st.sampled_from(THAI_PIECES),
        st.sampled_from(GIVEN_NAMES),
        st.sampled_from(FAMILY_NAMES),
        st.sampled_from(GIVEN_NAMES).map(lambda name: name[:3]),
    ),
    max_size=8,
).map("".join)
english_texts = st.lists(st.sampled_from(ENGLISH_PIECES), max_size=8).map("".join)


@settings(max_examples=300)
@given(thai_texts)
@example("ค่ะ คุณ Suda Chai")
@example("ผมชื่อคุณานนท์")
def test_thai_name_hint_matches_wherever_there_is_a_name(text):
    if list(thai_name_spans(text)):
        assert thai_name_hint().search(text)


@settings(max_examples=300)
@given(english_texts)
@example("my name iſ John")
@example("ok i’m Sarah")
def test_english_name_hint_matches_wherever_there_is_a_name(text):
    if list(english_name_spans(text)):
        assert EN_NAME_HINT.search(text)


def test_case_folds_cover_every_character_re_matches_without_case():
    """EN_CUE matches its letters ignoring case; the hint must know every such character."""
    every_character = "".join(map(chr, range(sys.maxunicode + 1)))
    letters = {c for end, before in names._CUE_WORD_ENDINGS.items() for c in end + before}
    for letter in sorted(c for c in letters if c.isalpha()):
        assert set(re.findall(f"(?i){letter}", every_character)) == set(names._any_case(letter))


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        ("คุณสมชาย ใจดี", [(3, 13)]),
        ("ขอบคุณสมชาย", []),
        ("คุณลูกค้าค่ะ", []),
        ("ผมชื่อคุณานนท์ครับ", [(6, 14)]),
        ("ดิฉันชื่อ Fah ค่ะ", [(10, 13)]),
        ("ค่ะ คุณ Suda Chai", [(8, 17)]),
    ],
)
def test_thai_name_spans(text, spans):
    assert list(thai_name_spans(text)) == spans


@pytest.mark.parametrize(
    ("text", "spans"),
    [("It's David Smith.", [(5, 16)]), ("MR. Evans", [(4, 9)]), ("it was Tuesday", [])],
)
def test_english_name_spans(text, spans):
    assert list(english_name_spans(text)) == spans


def test_longest_at_is_the_longest_listed_name_the_text_starts_with():
    names = ["กข", "กขค", "กขคกข", "ขค", "ขคก", "คก"]
    name_list = NameList(names)
    for length in range(7):
        for letters in product("กขค ", repeat=length):
            text = "".join(letters)
            for start in range(length + 1):
                longest = max((len(n) for n in names if text.startswith(n, start)), default=0)
                assert name_list.longest_at(text, start) == longest, (text, start)


def test_a_name_that_begins_a_longer_word_is_no_name():
    name_list = NameList(["กข", "กขค"], words=frozenset({"กขคง"}))
    assert name_list.name_at("กขคงจ", 0) == 0
    assert name_list.name_at("กขคจ", 0) == 3
    assert name_list.name_at("จกข", 1) == 2


@pytest.mark.parametrize("text", ["ดิฉันเป็นคนใช้บัตรนี้ค่ะ", "ดิฉันช่วยดูให้นะคะ", "คุณลูกค้าต้องการ"])
def test_thai_name_hint_passes_over_common_words_after_a_cue(text):
    assert thai_name_hint().search(text) is None


@given(st.lists(st.text(alphabet="กขคง", min_size=1, max_size=4), min_size=1), st.text("กขคง"))
def test_prefix_alternation_matches_where_a_prefix_starts_the_text(words, text):
    prefixes = names._shortest_prefixes(words, 3)
    pattern = re.compile(names._alternation(prefixes))
    assert (pattern.match(text) is not None) == any(text.startswith(w[:3]) for w in words)
