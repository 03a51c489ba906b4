"""A card's last four digits said alone are the card's, not a one-time code (passes.card_ends)."""

from __future__ import annotations


def test_a_cards_last_four_said_before_the_whole_card_are_no_code(detector, conversation):
    conv = conversation(
        ("agent", "can you tell me the last 4 digits of your card?"),
        ("customer", "4941. full number is 4981768235164941 exp 11/2027"),
    )
    assert "OTP" not in {f.entity_type for f in detector.scan(conv)}


def test_a_code_that_is_no_cards_end_stays_a_code(detector, conversation):
    conv = conversation(
        ("customer", "my card is 4981768235164941"),
        ("agent", "I've sent you a one-time code, please read it out"),
        ("customer", "the otp is 5520"),
    )
    found = {(f.entity_type, f.turn) for f in detector.scan(conv)}
    assert ("OTP", 2) in found
