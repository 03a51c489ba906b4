import pytest

from ccaudit.normalize import normalize


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("card 4111\u00a01111\u00a01111\u00a01111", "card 4111 1111 1111 1111"),
        ("โทร 081\u202f234\u202f5678 ค่ะ", "โทร 081 234 5678 ค่ะ"),
        ("ID 3\u20091012\u200900123\u200945\u20093", "ID 3 1012 00123 45 3"),
        ("เลข\u3000123-4-56789-0", "เลข 123-4-56789-0"),
        ("เบอร์ 081\u200b2345678", "เบอร์ 081 2345678"),
        ("phone 081\u2013234\u20135678", "phone 081-234-5678"),
        ("acct 123 \u2014 4 \u2212 56789\u20110", "acct 123 - 4 - 56789-0"),
        ("card ４１１１ １１１１", "card 4111 1111"),
    ],
)
def test_lookalikes_are_ascii_and_no_offset_moves(source, expected):
    result = normalize(source)
    assert result.text == expected
    assert result.to_source(5, 9) == (5, 9)


def test_an_html_space_entity_is_a_space_that_maps_back():
    source = "<p>card 4111&nbsp;1111&#160;1111&NBSP;1111</p>"
    result = normalize(source)
    assert result.text == "<p>card 4111 1111 1111 1111</p>"
    start = result.text.index("4111")
    assert source[slice(*result.to_source(start, start + 19))] == source[8:-4]


@pytest.mark.parametrize(
    "source",
    [
        "สวัสดี\u200bค่ะ ยินดี\u200bให้บริการ",  # zero-width spaces as Thai word breaks stay
        "Tom &amp; Jerry &lt;3 &#8211; 2024",
        "ขอบคุณค่ะ \u2014 สมชาย",  # a dash that is no part of a number stays
        "pages 10 \u2013 a note",
        "4111 1111 1111 1111",
    ],
)
def test_other_text_stays(source):
    assert normalize(source).text == source
