"""Hard negatives: numbers that look like PII and are not (IMEIs, orders, amounts, dates...)."""

from __future__ import annotations

import random
from typing import TYPE_CHECKING

from benchmarks.corpus import carriers, values

if TYPE_CHECKING:
    from benchmarks.corpus import CallBuilder


def amount(rng: random.Random) -> str:
    return f"{rng.randint(1, 99)},{rng.randint(0, 999):03d}" + rng.choice(["", ".00", ".50"])


def date(rng: random.Random) -> str:
    day, month = rng.randint(1, 28), rng.randint(1, 12)
    return rng.choice(
        [
            f"{day:02d}/{month:02d}/{rng.randint(2565, 2568)}",
            f"{day:02d}/{month:02d}/{rng.randint(2022, 2025)}",
            f"{rng.randint(2022, 2025)}-{month:02d}-{day:02d}",
        ]
    )


def link_with_ids(rng: random.Random) -> str:
    """A pasted link whose ids look like a card number and a CVV."""
    post = values.credit_card(rng)[0]
    return rng.choice(
        [
            f"https://www.facebook.com/groups/{values.digits(rng, 9)}/posts/{post}",
            f"https://shop.example.com/item?id={post}&cid={values.digits(rng, 3)}",
        ]
    )


def product_expiry(rng: random.Random) -> str:
    return f"{rng.randint(1, 12):02d}/{rng.randint(25, 29)}"


NEGATIVE_VALUES = {
    "imei": values.imei,
    "order_number": lambda rng: values.luhn_failing(rng, rng.choice([12, 16])),
    "amount": amount,
    "date": date,
    "be_year": lambda rng: str(rng.randint(2555, 2568)),
    "tracking": values.tracking_number,
    "bad_checksum_13": values.bad_tnin,
    "extension": lambda rng: str(rng.randint(100, 9999)),
    "link_ids": link_with_ids,
    "product_expiry": product_expiry,
}


def plant_negative(b: CallBuilder, kind: str) -> None:
    language = b.language if b.language != "mixed" else b.rng.choice(["th", "en"])
    template = b.rng.choice(carriers.NEGATIVE[kind][language])
    b.say_negative(
        b.rng.choice(["agent", "customer"]), template, NEGATIVE_VALUES[kind](b.rng), kind
    )
