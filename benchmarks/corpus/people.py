"""Names and email addresses: Thai names from pythainlp's bundled lists, English from here."""

from __future__ import annotations

import os
import random
from functools import cache

ENGLISH_FIRST = [
    "James",
    "Sarah",
    "Michael",
    "Emma",
    "David",
    "Olivia",
    "Daniel",
    "Grace",
    "Thomas",
    "Chloe",
    "Robert",
    "Hannah",
    "Peter",
    "Laura",
    "Andrew",
    "Megan",
]
ENGLISH_LAST = [
    "Smith",
    "Johnson",
    "Brown",
    "Taylor",
    "Wilson",
    "Clarke",
    "Walker",
    "Wright",
    "Thompson",
    "Evans",
    "Harris",
    "Robinson",
    "Lewis",
    "Hughes",
    "Carter",
]
ROMANISED_THAI = [
    "somchai",
    "suda",
    "niran",
    "pimchanok",
    "wanchai",
    "kanya",
    "anan",
    "malee",
    "prasert",
    "siriporn",
    "thanakorn",
    "nattaya",
]
EMAIL_DOMAINS = ["gmail.com", "hotmail.com", "yahoo.co.th", "outlook.com", "company.co.th"]


@cache
def thai_name_lists() -> tuple[list[str], list[str]]:
    """Sorted first names (male and female) and family names, so a seed picks the same ones."""
    os.environ.setdefault("PYTHAINLP_OFFLINE", "1")
    from pythainlp.corpus import thai_family_names, thai_female_names, thai_male_names

    first = sorted(set(thai_female_names()) | set(thai_male_names()))
    return first, sorted(thai_family_names())


def thai_name(rng: random.Random, with_family_name: bool) -> str:
    first, family = thai_name_lists()
    name = rng.choice(first)
    return f"{name} {rng.choice(family)}" if with_family_name else name


def english_name(rng: random.Random, with_family_name: bool) -> str:
    name = rng.choice(ENGLISH_FIRST)
    return f"{name} {rng.choice(ENGLISH_LAST)}" if with_family_name else name


def email_address(rng: random.Random, spoken: bool) -> str:
    first = rng.choice(ROMANISED_THAI + [n.lower() for n in ENGLISH_FIRST])
    last = rng.choice(ROMANISED_THAI + [n.lower() for n in ENGLISH_LAST])
    local = f"{first}.{last[0]}" if rng.random() < 0.5 else first + last[:3]
    if not spoken and rng.random() < 0.4:
        local += str(rng.randint(1, 99))
    return f"{local}@{rng.choice(EMAIL_DOMAINS)}"


def spoken_email(address: str, dot: str, at: str) -> str:
    local, domain = address.split("@")
    return f" {dot} ".join(local.split(".")) + f" {at} " + f" {dot} ".join(domain.split("."))
