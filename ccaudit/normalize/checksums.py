"""Check digits and issuer ranges that prove a run of digits is a card or a Thai national ID.

Shared by the number recognizers and passes, and by the normaliser, which sets a proven card
or ID apart from the code it is glued into.
"""

from __future__ import annotations

from operator import mul

# (prefix ranges, allowed lengths) per issuer: python-stdnum checks Luhn but carries no issuer
# table. 13-digit Visa is retired and would collide with Thai national IDs, and Maestro's
# 12-15 digit cards with bank accounts and IDs, so they are left out.
_ISSUERS: tuple[tuple[tuple[tuple[int, int], ...], frozenset[int]], ...] = (
    (((4, 4),), frozenset({16, 19})),  # Visa
    (((51, 55), (2221, 2720)), frozenset({16})),  # Mastercard
    (((34, 34), (37, 37)), frozenset({15})),  # Amex
    (((3528, 3589),), frozenset(range(16, 20))),  # JCB
    (((62, 62),), frozenset(range(16, 20))),  # UnionPay
    (((300, 305), (36, 36), (38, 39)), frozenset(range(14, 20))),  # Diners
    (((6011, 6011), (644, 649), (65, 65)), frozenset(range(16, 20))),  # Discover
    (((5018, 5018), (5020, 5020), (5038, 5038), (5893, 5893), (6304, 6304), (6759, 6759),
      (6761, 6763)), frozenset(range(16, 20))),  # Maestro
    (((5019, 5019),), frozenset({16})),  # Dankort
    (((2200, 2204),), frozenset(range(16, 20))),  # Mir
    (((9792, 9792),), frozenset({16})),  # Troy
)  # fmt: skip


def in_issuer_range(digits: str) -> bool:
    for ranges, lengths in _ISSUERS:
        if len(digits) not in lengths:
            continue
        for low, high in ranges:
            width = len(str(low))
            if low <= int(digits[:width]) <= high:
                return True
    return False


def is_card_number(digits: str) -> bool:
    return in_issuer_range(digits) and is_luhn_valid(digits)


# Checksums over strings of ASCII digits, as python-stdnum's luhn and th.pin compute them,
# without stdnum's input cleaning, which costs more than the sums on every number seen.
_LUHN_DOUBLED = tuple(sum(divmod(2 * d, 10)) for d in range(10))
_TNIN_WEIGHTS = tuple(range(13, 1, -1))


def is_luhn_valid(digits: str) -> bool:
    if not digits:
        return False
    doubled = sum(_LUHN_DOUBLED[int(d)] for d in digits[-2::-2])
    return (sum(map(int, digits[-1::-2])) + doubled) % 10 == 0


def is_thai_id_valid(digits: str) -> bool:
    """13 digits, not starting with 0 or 9, with the mod-11 check digit last."""
    if len(digits) != 13 or not digits.isascii() or not digits.isdigit() or digits[0] in "09":
        return False
    total = sum(map(mul, _TNIN_WEIGHTS, map(int, digits[:12])))
    return int(digits[12]) == (11 - total % 11) % 10
