"""ThaiNameHint looks the listed names' first letters up in a set. It must end where the
pattern it stands for, with those first letters as one alternation, would end."""

import re

from hypothesis import example, given
from hypothesis import strategies as st

from ccaudit.pii.names.thai_cues import (
    _CLOSING,
    _KIN,
    _SHORT_WORD_ALONE,
    _TITLES,
    MAX_PRONOUN_NAME,
    NAME_START,
    ThaiNameHint,
)
from ccaudit.pii.names.thai_lists import alternation

NAMES = ["สมชาย", "สมใจ", "สม", "มาลี", "มานะ", "ต้น", "กข", "กขคงจฉ", "นาย", "ชื่น"]
PIECES = [
    *("คุณ", "พี่", "น้อง", "ลุง", "ป้า", "น้า", "ครู", "แอดมิน", "ผม", "ดิฉัน", "ฉัน", "หนู"),
    *("admin", "Admin", "หมอ", "ช่าง", "เจ๊", "อาจารย์"),
    *("นาย", "นางสาว", "ชื่อ", "ชือ", "นามสกุล", "พลตำรวจเอก", "ดร."),
    *("ค่ะ", "ครับ", "นะ", "ต้องการ", "ไป", " ", "\n", ".", "Fah", "a", "ก", "ข"),
]  # fmt: skip


def pattern_for(names: list[str]) -> re.Pattern[str]:
    name_start = alternation(sorted({name[:NAME_START] for name in names}))
    return re.compile(
        rf"{_TITLES}|ชื่อ|นามสกุล|(?:ผม|ดิฉัน|ฉัน|หนู)ชือ"
        rf"|(?:คุณ|{_KIN}|ผม|ดิฉัน|ฉัน|หนู) ?(?=[A-Z]|{name_start})"
        rf"|(?:{_KIN}) ?(?={_SHORT_WORD_ALONE})|(?:{_KIN})(?=[ก-ฮเ-ไ])"
        rf"|(?:คุณ|ผม|ดิฉัน|ฉัน|หนู)(?=[ก-ฮเ-ไ](?:(?!นะ)[ก-๎]){{2,{MAX_PRONOUN_NAME - 1}}}?{_CLOSING})"
    )


texts = st.lists(
    st.one_of(
        st.sampled_from(PIECES),
        st.sampled_from(NAMES),
        st.sampled_from(NAMES).map(lambda name: name[:2]),
    ),
    max_size=8,
).map("".join)


@given(texts, st.lists(st.sampled_from(NAMES), min_size=1, unique=True))
@example("คุณ สมชาย", ["สมชาย"])
@example("คุณ สมชาย", [" สม"])
@example("พี่ต้นครับ", ["มาลี"])
@example("ผมไปนะครับ", ["มาลี"])
def test_hint_ends_where_the_pattern_ends(text, names):
    hint, pattern = ThaiNameHint(names), pattern_for(names)
    for position in range(len(text) + 1):
        match = pattern.match(text, position)
        assert hint.end(text, position) == (match.end() if match else -1), position
