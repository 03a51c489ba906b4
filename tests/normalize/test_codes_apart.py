import pytest

from ccaudit.normalize import normalize

# Synthetic values: Luhn-valid cards in an issuer's range and Thai IDs with a valid check digit.
CARD = "5354123456789016"
THAI_ID = "1101700203450"


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        (f"paid with mastercard{CARD} today", f"paid with mastercard {CARD} today"),
        (f"the number {CARD}abc is blocked", f"the number {CARD} abc is blocked"),
        (f"x{CARD}y", f"x {CARD} y"),
        ("5354/1234/5678/9016 please", "5354 1234 5678 9016 please"),
        ("1/1017/00203/45/0 ค่ะ", "1 1017 00203 45 0 ค่ะ"),
        (f"citizenID{THAI_ID}", f"citizenID {THAI_ID}"),
        ("555 5354 1234 5678 9016 ok", "555\t5354 1234 5678 9016 ok"),
        (f"55555 {THAI_ID} นะ", f"55555\t{THAI_ID} นะ"),
    ],
)
def test_a_proven_card_or_id_is_set_apart_from_its_code(source, expected):
    assert normalize(source).text == expected


@pytest.mark.parametrize(
    "source",
    [
        "parcel SHP1234567890123456 left the hub",  # fails Luhn and no issuer starts with 1
        f"parcel TH{THAI_ID} left the hub",  # a valid ID's digits after a carrier's prefix
        f"ref {THAI_ID}X",  # letters after an ID are a code's own
        "born 12/04/1988, flat 55/12",  # dates and house numbers
        "1234/5678/9012/3456",  # slashed, but no card and no ID
        f"https://shop.example.com/item/p{CARD}",  # an id inside a web address
        "https://shop.example.com/5354/1234/5678/9016",
        "5555 1234 5678 9012 3456",  # laughter before digits that prove nothing
        "ขำมาก 555555",
    ],
)
def test_other_codes_stay_as_written(source):
    assert normalize(source).text == source


def test_a_card_set_apart_maps_back_to_its_digits():
    source = f"card{CARD}xyz"
    result = normalize(source)
    start = result.text.index(CARD)
    assert source[slice(*result.to_source(start, start + len(CARD)))] == CARD
