"""The PERSON name finders, and the cheap hints that let text without a name skip them."""

import re
from itertools import product

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from ccaudit.pii.names import thai_lists
from ccaudit.pii.names.english_cues import english_name_spans
from ccaudit.pii.names.finder import _spaced_thai_name_spans
from ccaudit.pii.names.thai_cues import (
    THAI_CUE,
    _names_after_cues,
    thai_cues,
    thai_name_hint,
    thai_name_spans,
)
from ccaudit.pii.names.thai_lists import NameList

GIVEN, FAMILY = thai_lists.name_lists()
# Built once here, so no example pays for building them.
thai_name_hint()
thai_lists.common_words()
GIVEN_NAMES = sorted(GIVEN.names)
FAMILY_NAMES = sorted(FAMILY.names)
THAI_PIECES = [
    "คุณ", "ขอบคุณ", "นางสาว", "นาย", "นาง", "น.ส.", "ด.ช.", "ด.ญ.", "ผม", "ดิฉัน", "ฉัน", "หนู",
    "ชื่อ", "ชื่อว่า", "ชือ", "ค่ะ", "ครับ", "ต้องการ", "ลูกค้า", "เป็น", " ", " ", "\n", "Fah", "Suda", "Visa",
]  # fmt: skip


def hint_spans(text: str) -> list[tuple[int, int]]:
    """The hints in `text`, as a search from the end of each to the next would find them."""
    spans, position = [], 0
    while position < len(text):
        end = thai_name_hint().end(text, position)
        if end == -1:
            position += 1
        else:
            spans.append((position, end))
            position = end
    return spans


thai_texts = st.lists(
    st.one_of(
        st.sampled_from(THAI_PIECES),
        st.sampled_from(GIVEN_NAMES),
        st.sampled_from(FAMILY_NAMES),
        st.sampled_from(GIVEN_NAMES).map(lambda name: name[:3]),
    ),
    max_size=8,
).map("".join)


@settings(max_examples=300)
@given(thai_texts)
@example("ค่ะ คุณ Suda Chai")
@example("ผมชื่อคุณานนท์")
def test_thai_name_hint_matches_wherever_a_cue_finds_a_name(text):
    # The hint gates the cues only: a full name or a name to be called by needs no cue word.
    if list(_names_after_cues(text)):
        assert hint_spans(text)


@settings(max_examples=300)
@given(thai_texts)
@example("ดิฉันต้องการ")
@example("นางสาวสมใจ")
def test_thai_cues_are_where_a_search_of_the_whole_hint_finds_them(text):
    expected, searched_to = [], 0
    for hint_start, _ in hint_spans(text):
        if hint_start >= searched_to and (cue := THAI_CUE.match(text, hint_start)):
            searched_to = cue.end()
            expected.append(cue.span())
    assert [cue.span() for cue in thai_cues(text)] == expected


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        ("คุณสมชาย ใจดี", [(3, 13)]),
        ("ขอบคุณสมชาย", []),
        ("คุณลูกค้าค่ะ", []),
        ("ผมชื่อคุณานนท์ครับ", [(6, 14)]),
        ("ดิฉันชื่อ Fah ค่ะ", [(10, 13)]),
        ("ค่ะ คุณ Suda Chai", [(8, 17)]),
        ("ผมชื่อเก๋ ขับรถส่งของ", [(6, 9)]),
        ("สวัสดีคะดิฉันชือฝนคะ", [(16, 18)]),
    ],
)
def test_thai_name_spans(text, spans):
    assert list(thai_name_spans(text)) == spans


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        ("It's David Smith.", [(5, 16)]),
        ("MR. Evans", [(4, 9)]),
        ("it was Tuesday", []),
        ("thank you mrs oyelaran and", [(14, 22)]),
        ("my name is mary smith", [(11, 21)]),
        ("good evening thanks for calling northway this is pond", [(49, 53)]),
        ("hi there i'm nid how can i help", [(13, 16)]),
        ("AGENT: GOOD MORNING THIS IS KAEW FROM CLAIMS", [(28, 32)]),
        ("hello this is ridiculous", []),
        ("i'm fine, thanks this is done", []),
        # One written line among lower-case ASR lines, as the detector joins turns.
        ("Thanks, Customer Care\nmy name is priya nair", [(33, 43)]),
        ("can i get a slot with diane holloway on tuesday", [(22, 36)]),
        ("i went along with grace hill", []),
        ("send it to mark down the list", []),
        # After a kin word, a listed name that is an everyday word too, but not a verb.
        ("i need to pay my cleaner grace today", [(25, 30)]),
        ("my son bill said i should ask", [(7, 11)]),
        ("my husband drew the money out", []),
        ("my son said it was fine", []),
        ("my son will call back", []),
        # A directory's order, the family name first.
        ("book an appointment with withington deborah on march 13th", [(25, 43)]),
        ("go with brown rice and beans", []),
        # An organisation after the cue, joined as businesses join their names.
        ("hello you're through to harrowgate building society my name's priya", [(62, 67)]),
        ("Good morning, you're through to Harbour & Vale Bank, my name is Rohit", [(64, 69)]),
        ("thanks Sarah and the team", [(7, 12)]),
        ("hi this is Dan from support, how can I help", [(11, 14)]),
    ],
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
    assert hint_spans(text) == []


@given(st.lists(st.text(alphabet="กขคง", min_size=1, max_size=4), min_size=1), st.text("กขคง"))
def test_alternation_matches_where_a_word_starts_the_text(words, text):
    pattern = re.compile(thai_lists.alternation(sorted(set(words))))
    assert (pattern.match(text) is not None) == any(text.startswith(w) for w in words)


def test_spaced_thai_names_are_read_line_by_line_in_a_batch():
    """Each spaced-out line is read alone, wherever it stands among empty and unspaced lines
    (a batch joins conversations with empty lines between)."""
    lines = [
        "agent สวัสดี ค่ะ เมือง ไทย ประกัน ชีวิต ค่ะ ดิฉัน ศศิ ธร ค่ะ",
        "",
        "ok ค่ะ คุณ",
        "ภา นุ วัฒน์ นะ คะ คุณ ภา นุ วัฒน์ ค่ะ",
        "สวัสดีค่ะ คุณสมชาย ใจดี",
    ]
    text = "\n".join(lines + [""] * 40 + lines)
    spans = list(_spaced_thai_name_spans(text))
    # Two cues point at ศศิ ธร; the name opening its line has no cue before it.
    assert [text[start:end] for start, end in spans] == ["ศศิ ธร", "ศศิ ธร", "ภา นุ วัฒน์"] * 2
    second = len("\n".join(lines + [""] * 40)) + 1
    assert spans[3:] == [(start + second, end + second) for start, end in spans[:3]]
