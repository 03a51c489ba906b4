import re

from hypothesis import given
from hypothesis import strategies as st

from ccaudit.normalize import NormalizedText, normalize
from ccaudit.normalize.thai_numerals import thai_numerals_to_ascii

THAI_WORDS = ["ศูนย์", "หนึ่ง", "สอง", "สาม", "สี่", "ห้า", "หก", "เจ็ด", "แปด", "เก้า"]
ENGLISH_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
THAI_NUMERALS = "๐๑๒๓๔๕๖๗๘๙"
PIECES = [*THAI_WORDS, *ENGLISH_WORDS, *THAI_NUMERALS, "oh", "double", "ค่ะ", "เลข", "สามี",
          "ห้าม", "the", "card", "4532", "0", " ", " ", ",", "-", "ก", "a"]  # fmt: skip


def test_text_with_nothing_to_change_is_the_identity():
    text = "สวัสดีค่ะ ยินดีต้อนรับ hello, how can I help you today?"
    result = normalize(text)
    assert result == NormalizedText.identity(text)
    assert result.to_source(3, 9) == (3, 9)


def test_glued_spoken_thai_number_is_spaced_and_maps_back():
    source = "เลขบัตรสี่ห้าสามสองศูนย์หนึ่งห้าหนึ่งหนึ่งสองแปดสามศูนย์สามหกหกค่ะ"
    result = normalize(source)
    assert result.text == "เลขบัตร 4532015112830366 ค่ะ"
    start = result.text.index("4532")
    assert source[slice(*result.to_source(start, start + 16))] == source[7:-3]


@given(st.lists(st.sampled_from(PIECES), max_size=25).map("".join))
def test_any_text_maps_consistently_and_monotonically(assert_consistent, source):
    result = normalize(source)
    assert result.source == source
    assert_consistent(result, thai_numerals_to_ascii(source))
    ends = [result.to_source(0, j)[1] for j in range(len(result.text) + 1)]
    assert ends == sorted(ends)
    assert all(0 <= e <= len(source) for e in ends)
    assert result.to_source(0, len(result.text)) == (0, len(source))


@given(st.text(alphabet="abc ดีกขค,.?!", max_size=40))
def test_text_without_digits_or_digit_words_is_unchanged(source):
    result = normalize(source)
    assert result.text == source
    assert result.to_source(0, len(source)) == (0, len(source))


def spoken(digits: str, words: list[str], joiner: str) -> str:
    return joiner.join(words[int(d)] for d in digits)


@given(
    digits=st.text("0123456789", min_size=8, max_size=16),
    form=st.sampled_from(["thai", "thai_spaced", "english", "english_grouped", "numerals"]),
    before=st.sampled_from(["เลขบัตร", "เบอร์ ", "my number is ", ""]),
    after=st.sampled_from(["ค่ะ", " ครับ", " thanks", ""]),
)
def test_converted_number_maps_back_to_exactly_its_spoken_or_written_form(
    digits, form, before, after
):
    groups = [digits[i : i + 3] for i in range(0, len(digits), 3)]
    with_oh = ["oh", *ENGLISH_WORDS[1:]]
    rendered = {
        "thai": spoken(digits, THAI_WORDS, ""),
        "thai_spaced": spoken(digits, THAI_WORDS, " "),
        "english": spoken(digits, ENGLISH_WORDS, " "),
        "english_grouped": ", ".join(spoken(g, with_oh, " ") for g in groups),
        "numerals": digits.translate(str.maketrans("0123456789", THAI_NUMERALS)),
    }[form]
    expected = " ".join(groups) if form == "english_grouped" else digits
    source = before + rendered + after
    result = normalize(source)
    match = re.search(expected, result.text)
    assert match, result.text
    assert source[slice(*result.to_source(*match.span()))] == rendered
