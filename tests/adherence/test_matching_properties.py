"""Properties: speech noise that carries no meaning never changes whether a phrase matches."""

from concept_builders import phrases, said
from hypothesis import given, settings
from hypothesis import strategies as st

PHRASES = phrases("การสนทนานี้มีการบันทึกเสียง", "this call ... recorded", "ขอบคุณที่ใช้บริการ")
MATCHING = [
    "การสนทนานี้ มีการบันทึกเสียง เพื่อคุณภาพ",
    "ok this call is being recorded today",
    "ขอบคุณ ที่ใช้บริการ ธนาคาร",
]
NOT_MATCHING = ["สวัสดี ธนาคาร สยามไทย", "we never record anything", "รอสักครู่ นะ"]
NOISE = st.sampled_from(["ค่ะ", "ครับ", "นะคะ", "เอ่อ", "อ่า", "um", "uh", "\u200b", ",", "..."])


def sprinkle(text: str, noise: list[str]) -> str:
    """Put noise words between the words of text (never inside one)."""
    words = text.split()
    out = []
    for i, word in enumerate(words):
        out.append(word)
        if i < len(noise):
            out.append(noise[i])
    return " ".join(out)


@settings(max_examples=60, deadline=None)
@given(index=st.integers(0, 2), noise=st.lists(NOISE, max_size=6), upper=st.booleans())
def test_noise_between_words_keeps_a_match(index, noise, upper):
    text = sprinkle(MATCHING[index], noise)
    assert said(PHRASES, text.upper() if upper else text)


@settings(max_examples=60, deadline=None)
@given(index=st.integers(0, 2), noise=st.lists(NOISE, max_size=6))
def test_noise_never_creates_a_match(index, noise):
    assert not said(PHRASES, sprinkle(NOT_MATCHING[index], noise))
