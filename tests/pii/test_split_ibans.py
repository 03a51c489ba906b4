"""IBANs read out in pieces across turns are one number, found by their check digits."""

GERMAN_IBAN_IN_PIECES = (
    ("agent", "could I have the IBAN for the refund?"),
    ("customer", "it's a German account. D E one two"),
    ("agent", "D E one two, yes"),
    ("customer", "six zero eight two"),
    ("agent", "mm-hm"),
    ("customer", "nine five three two"),
    ("agent", "yes"),
    ("customer", "nine nine eight two... zero seven zero zero"),
    ("agent", "ok"),
    ("customer", "and nine nine"),
    ("agent", "thanks, that's all noted"),
)


def test_iban_read_out_in_pieces_is_one_group(detector, conversation):
    findings = detector.scan(conversation(*GERMAN_IBAN_IN_PIECES))
    assert [(f.turn, f.entity_type) for f in findings] == [
        (1, "BANK_ACCOUNT"),
        (3, "BANK_ACCOUNT"),
        (5, "BANK_ACCOUNT"),
        (7, "BANK_ACCOUNT"),
        (9, "BANK_ACCOUNT"),
    ]
    assert len({f.group for f in findings}) == 1 and findings[0].group is not None
    assert all(f.validated for f in findings)


def test_pieces_whose_check_digits_fail_are_no_iban(detector, conversation):
    turns = list(GERMAN_IBAN_IN_PIECES)
    turns[9] = ("customer", "and nine eight")
    findings = detector.scan(conversation(*turns))
    assert not any(f.validated and f.entity_type == "BANK_ACCOUNT" for f in findings)


def test_a_turn_of_other_words_ends_the_pieces(detector, conversation):
    turns = list(GERMAN_IBAN_IN_PIECES)
    turns[4] = ("agent", "sorry, you broke up there, can you say the bank code again")
    findings = detector.scan(conversation(*turns))
    assert not any(f.validated and f.entity_type == "BANK_ACCOUNT" for f in findings)
