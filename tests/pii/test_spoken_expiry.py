"""Expiry dates right after an expiry word: what the recognizer and the prefilter both ask."""

import pytest

from ccaudit.pii.passes.spoken_expiry import thai_year
from ccaudit.pii.recognizers.card_expiry import dates_after_expiry_words


def dates(text: str) -> list[str]:
    return [text[start:end] for start, end in dates_after_expiry_words(text)]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("expiry is twelve twenty-seven", "twelve twenty-seven"),
        ("EXPIRY DATE IS OH THREE TWENTY EIGHT", "OH THREE TWENTY EIGHT"),
        ("the expiration date on the card is Sept twenty twenty-nine", "Sept twenty twenty-nine"),
        ("exp. 5 twenty-six", "5 twenty-six"),
        ("good thru eleven / thirty-one", "eleven / thirty-one"),
        ("expires on nine 2031", "nine 2031"),
        ("expiry 052027", "052027"),
        ("expiry 1 30", "1 30"),
        ("หมดอายุสิบสองยี่สิบเจ็ด", "สิบสองยี่สิบเจ็ด"),
        ("วันที่หมดอายุของบัตรคือ ศูนย์หก ทับ สามสิบ", "ศูนย์หก ทับ สามสิบ"),
        ("หมดอายุ เอ่อ เดือนพ.ย. ปี 2570 ค่ะ", "พ.ย. ปี 2570"),
        ("บัตร หมด อายุ นะ คะ อ๋อ แป๊บ นะ มีนา ยี่ สิบ เก้า", "มีนา ยี่ สิบ เก้า"),
        ("วัน หมด อายุ เดือน สิบ สอง ปี สาม สิบ ค่ะ", "สิบ สอง ปี สาม สิบ"),
        ("หมดอายุ ตุลาคม สอง ศูนย์ สาม หนึ่ง ครับ", "ตุลาคม สอง ศูนย์ สาม หนึ่ง"),
        ("หมดอายุ มกราคม สอง พัน ห้า ร้อย หก สิบ เก้า", "มกราคม สอง พัน ห้า ร้อย หก สิบ เก้า"),
        ("หมด อายุ เดือน สาม ปี แปด สิบ", "สาม ปี แปด สิบ"),
        ("บัตรหมดอายุ เดือนหก ปีสามศูนย์ ครับ", "หก ปีสามศูนย์"),
        ("the ticket says expiry 'oh four thirty' was given", "oh four thirty"),
        ("expiry date, it says oh nine slash twenty nine", "oh nine slash twenty nine"),
    ],
)  # fmt: skip
def test_finds_the_date_after_the_word(text, date):
    assert dates(text) == [date]


@pytest.mark.parametrize(
    "text",
    [
        "at twelve twenty", "the expiry is fine, I have twelve cards", "expiry twelve cards",
        "the expiry fee is twenty-seven baht", "expires twelve twenty-seven baht",
        "expiry is fine, the cvv is four twenty-one", "it expires in twenty days",
        "expires at ten thirty", "expires in two thousand twenty-seven",
        "expires december twenty-seventh", "expiry in two years", "explain twelve twenty-seven",
        "expiry 12/27", "expiry 12-27", "expiry 12, 27", "expiry 0366", "expires 2027",
        "expiry 12:30", "expires 1200 baht", "expiry 0528 1234", "expiry 2027 05",
        "หมดอายุในอีก ยี่สิบวัน", "หมดอายุ สองร้อยยี่สิบเจ็ดบาท", "หมดอายุใน สามสิบวัน",
        "หมดอายุ สามปี", "หมดอายุ ห้า ยี่สิบสามี", "หมดอายุ สิบสอง สิบเจ็ด",
        "หมด อายุ ใน สาม สิบ วัน", "หมดอายุ ห้า ยี่ สิบ สามี", "expires march seventy",
        "หมดอายุ สิบ สอง สิบ เจ็ด",
    ],
)  # fmt: skip
def test_leaves_other_numbers(text):
    assert dates(text) == []


@pytest.mark.parametrize(
    ("words", "value"),
    [
        ("ยี่สิบเจ็ด", 27),
        ("สองพันสามสิบ", 2030),
        ("สองพันห้าร้อยเจ็ดสิบ", 2570),
        ("ยี่สิบสี", None),
        ("สามศูนย์", 30),
    ],
)
def test_thai_year(words, value):
    assert thai_year(words) == value


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("expiry date is zero five two eight ok", "zero five two eight"),
        ("หมดอายุ สิบสอง ยี่สิบเจ็ด ค่ะ", "สิบสอง ยี่สิบเจ็ด"),
    ],
)
def test_finding_covers_the_words_as_said_and_masks_them(detector, conversation, text, said):
    (finding,) = detector.scan(conversation(("customer", text)))
    assert (finding.entity_type, text[finding.start : finding.end]) == ("CARD_EXPIRY", said)
    assert set(finding.masked) <= {"*", " ", "-"}
