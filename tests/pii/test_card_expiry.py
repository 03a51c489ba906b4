"""An expiry word gives one date: the first after it, said again at once or not."""

import pytest


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        ("visa ending 1234 expires 08/28, and they took the money on 6/14 at night", ["08/28"]),
        ("expiry 09/27, 09/27", ["09/27", "09/27"]),
        ("exp 03/27 no sorry 04/27 is the expiry", ["03/27", "04/27"]),
    ],
)
def test_dates_after_one_expiry_word(detector, conversation, text, dates):
    found = detector.scan(conversation(("customer", text)))
    assert [text[f.start : f.end] for f in found if f.entity_type == "CARD_EXPIRY"] == dates
