"""Numbers grouped with no-break, narrow, thin or ideographic spaces, HTML's `&nbsp;` or
typographic dashes, or typed in full-width digits, as text copied from web pages, PDFs and
word processors has them, are found where they stand."""

import pytest

SEPARATORS = ["\u00a0", "\u202f", "\u2009", "\u3000", "&nbsp;", "&#160;", "\u2013", "\u2011"]


@pytest.mark.parametrize("separator", SEPARATORS)
def test_card_phone_and_thai_id_are_found_whatever_the_space(detector, conversation, separator):
    card = separator.join(["4111", "1111", "1111", "1111"])
    phone = separator.join(["081", "234", "5678"])
    thai_id = separator.join(["3", "1012", "00123", "45", "3"])
    text = f"my card is {card}, phone {phone}, ID {thai_id}"
    found = {
        f.entity_type: text[f.start : f.end]
        for f in detector.scan(conversation(("customer", text)))
    }
    assert found == {"CREDIT_CARD": card, "PHONE_NUMBER": phone, "TH_TNIN": thai_id}


def test_full_width_digits_are_found(detector, conversation):
    text = "card ４１１１ １１１１ １１１１ １１１１ please"
    (found,) = detector.scan(conversation(("customer", text)))
    assert (found.entity_type, text[found.start : found.end]) == ("CREDIT_CARD", text[5:24])
