"""Passport numbers given a few turns after the passport word, and read back."""


def passports(detector, conversation, *turns):
    conv = conversation(*turns)
    source = "\n".join(text for _, text in turns)
    return [
        (f.turn, source[f.start : f.end])
        for f in detector.scan(conv)
        if f.entity_type == "PASSPORT"
    ]


def test_number_two_turns_after_the_word(detector, conversation):
    turns = (
        ("customer", "should I email you our passports now?"),
        ("agent", "not needed, the front desk scans them when you arrive"),
        ("customer", "ok, anyway mine is LK8830217 just in case"),
    )
    assert passports(detector, conversation, *turns) == [(2, "LK8830217")]


def test_number_read_again_after_a_dropped_line(detector, conversation):
    turns = (
        ("agent", "ขอ หมายเลข หนังสือเดินทาง ค่ะ"),
        ("customer", "บี ซี สี่ สี่"),
        ("agent", "ขอ โทษ ค่ะ เสียง ขาด หาย รบกวน พูด อีก รอบ ค่ะ"),
        ("customer", "บี ซี สี่ สี่ หนึ่ง สอง เก้า ศูนย์ หก ครับ"),
    )
    found = passports(detector, conversation, *turns)
    assert (3, "บี ซี สี่ สี่ หนึ่ง สอง เก้า ศูนย์ หก") in found


def test_number_read_back(detector, conversation):
    turns = (
        ("agent", "your passport number please"),
        ("customer", "it's g 60427719"),
        ("agent", "g six oh four two seven seven one nine, thank you"),
    )
    assert passports(detector, conversation, *turns) == [
        (1, "g 60427719"),
        (2, "g six oh four two seven seven one nine"),
    ]


def test_no_passport_after_another_kind_is_asked(detector, conversation):
    turns = (
        ("agent", "thanks, passport noted. and the booking reference?"),
        ("customer", "it's KT4471902"),
        ("agent", "and your phone number"),
        ("customer", "sure, TB 5590213 is my membership too"),
    )
    assert passports(detector, conversation, *turns) == []


def test_digits_alone_are_no_passport_in_the_topic(detector, conversation):
    turns = (
        ("agent", "we'll need the passport at check-in"),
        ("customer", "ok, my room is 55120 and I land at 1130"),
    )
    assert passports(detector, conversation, *turns) == []


def test_loose_read_back_of_a_number_given_in_the_topic(detector, conversation):
    turns = (
        ("agent", "may i have the passport number"),
        ("customer", "m k four four seven one two nine oh"),
        ("agent", "mk four four seven one two nine oh, thank you"),
    )
    found = passports(detector, conversation, *turns)
    assert found == [
        (1, "m k four four seven one two nine oh"),
        (2, "mk four four seven one two nine oh"),
    ]


def test_loose_shape_alone_is_no_passport(detector, conversation):
    turns = (
        ("agent", "may i have the passport number"),
        ("customer", "hold on, the old one is at home"),
        ("agent", "no problem, is 021234567 still your number"),
    )
    assert passports(detector, conversation, *turns) == []
