"""Synthetic PII values and hard negatives, drawn from a seeded random generator.

Every number is the digits only; renderings.py decides how it is written or spoken.
"""

from __future__ import annotations

import random

from stdnum import luhn
from stdnum.th import pin

# (issuer, prefixes, length, written grouping)
CARD_ISSUERS = [
    ("visa", ["4"], 16, (4, 4, 4, 4)),
    ("mastercard", ["51", "52", "53", "54", "55"], 16, (4, 4, 4, 4)),
    ("mastercard2", ["2221", "2300", "2500", "2720"], 16, (4, 4, 4, 4)),
    ("amex", ["34", "37"], 15, (4, 6, 5)),
    ("jcb", ["3528", "3540", "3589"], 16, (4, 4, 4, 4)),
    ("unionpay", ["62"], 16, (4, 4, 4, 4)),
    ("diners", ["36", "300", "305"], 14, (4, 6, 4)),
    ("discover", ["6011", "65"], 16, (4, 4, 4, 4)),
]
# Allocated Thai mobile ranges (061-066, 08x, 09x), as in libphonenumber's metadata.
MOBILE_PREFIXES = ["061", "062", "063", "064", "065", "066", "08", "09"]
LANDLINE_PREFIXES = ["02", "038", "053", "074"]


def digits(rng: random.Random, count: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(count))


def credit_card(rng: random.Random) -> tuple[str, tuple[int, ...]]:
    _, prefixes, length, grouping = rng.choice(CARD_ISSUERS)
    prefix = rng.choice(prefixes)
    body = prefix + digits(rng, length - 1 - len(prefix))
    return body + luhn.calc_check_digit(body), grouping


def th_tnin(rng: random.Random) -> tuple[str, tuple[int, ...]]:
    body = rng.choice("12345678") + digits(rng, 11)
    return body + pin.calc_check_digit(body), (1, 4, 5, 2, 1)


def bank_account(rng: random.Random) -> tuple[str, tuple[int, ...]]:
    if rng.random() < 0.75:
        return digits(rng, 10), (3, 1, 5, 1)
    return digits(rng, 12), (3, 1, 5, 3)


def phone_number(rng: random.Random) -> tuple[str, tuple[int, ...]]:
    if rng.random() < 0.7:
        prefix = rng.choice(MOBILE_PREFIXES)
        return prefix + digits(rng, 10 - len(prefix)), (3, 3, 4)
    prefix = rng.choice(LANDLINE_PREFIXES)
    number = prefix + rng.choice("2345678") + digits(rng, 8 - len(prefix))
    return number, (len(prefix), 3, 9 - len(prefix) - 3)


def otp(rng: random.Random) -> str:
    return digits(rng, rng.choice([4, 6, 6]))


def cvv(rng: random.Random) -> str:
    return digits(rng, 3)


def passport(rng: random.Random) -> str:
    letters = "ABCDEFGHJKLMNPRSTUVWXYZ"
    return rng.choice(letters) + rng.choice(letters) + digits(rng, 7)


def imei(rng: random.Random) -> str:
    body = rng.choice(["35", "86", "01"]) + digits(rng, 12)
    return body + luhn.calc_check_digit(body)


def luhn_failing(rng: random.Random, length: int) -> str:
    body = rng.choice("123456789") + digits(rng, length - 2)
    good = luhn.calc_check_digit(body)
    return body + str((int(good) + rng.randint(1, 9)) % 10)


def bad_tnin(rng: random.Random) -> str:
    body = rng.choice("12345678") + digits(rng, 11)
    good = pin.calc_check_digit(body)
    return body + str((int(good) + rng.randint(1, 9)) % 10)


def tracking_number(rng: random.Random) -> str:
    return rng.choice(["EF", "EX", "RB", "KEX"]) + digits(rng, 9) + "TH"
