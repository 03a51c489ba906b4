"""A card's last four digits said alone are the card's, not a one-time code (passes.card_ends)."""

from __future__ import annotations

import pytest

CODE_TALK = (
    ("customer", "the otp is 582 914 for S$312.60 at some online shop"),
    ("agent", "we will never need your OTP. Can you tell me the last 4 digits of your card?"),
)


@pytest.mark.parametrize(
    ("said", "code_found"),
    [
        ("4941. full number is 4981768235164941 exp 11/2027", False),
        ("5520. full number is 4981768235164941 exp 11/2027", True),
    ],
)
def test_a_cards_last_four_said_beside_the_card_are_no_code(
    detector, conversation, said, code_found
):
    found = detector.scan(conversation(*CODE_TALK, ("customer", said)))
    assert any(f.entity_type == "OTP" and f.turn == 2 for f in found) is code_found
