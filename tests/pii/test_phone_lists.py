"""A number that needs phone words is one when listed right after a phone in the same line."""


def _phones(detector, conversation, text):
    found = detector.scan(conversation(("customer", text)))
    return [text[f.start : f.end] for f in found if f.entity_type == "PHONE_NUMBER"]


def test_listed_in_the_same_line(detector, conversation):
    text = "old +44 7911 123456, new 07911 654321"
    assert _phones(detector, conversation, text) == ["+44 7911 123456", "07911 654321"]


def test_not_on_the_next_line(detector, conversation):
    text = "+44 7911 123456\ninvoice 01234 567890 attached"
    assert _phones(detector, conversation, text) == ["+44 7911 123456"]


def test_not_far_along_the_line(detector, conversation):
    text = "+44 7911 123456 was disconnected last spring after the move; invoice 01234 567890"
    assert _phones(detector, conversation, text) == ["+44 7911 123456"]
