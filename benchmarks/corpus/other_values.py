"""Values other than the long numbers: OTP, CVV, expiry, date of birth, passport, email.

Each returns (variant, text as said or written), the variant picked for the call language.
"""

from __future__ import annotations

import random

from benchmarks.corpus import people, renderings, values

THAI_MONTHS = [
    "มกราคม",
    "กุมภาพันธ์",
    "มีนาคม",
    "เมษายน",
    "พฤษภาคม",
    "มิถุนายน",
    "กรกฎาคม",
    "สิงหาคม",
    "กันยายน",
    "ตุลาคม",
    "พฤศจิกายน",
    "ธันวาคม",
]
ENGLISH_MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


EN_NUMBERS = ["", *renderings.ENGLISH_WORDS[1:], "ten", "eleven", "twelve"]
EN_TENS = {2: "twenty", 3: "thirty"}
TH_NUMBERS = ["", *renderings.THAI_WORDS[1:], "สิบ", "สิบเอ็ด", "สิบสอง"]
TH_TENS = {2: "ยี่สิบ", 3: "สามสิบ"}


def languages_of(language: str) -> set[str]:
    return {"th": {"th"}, "en": {"en"}, "mixed": {"th", "en"}}[language]


def short_code(rng: random.Random, language: str, digits: str, glued: bool) -> tuple[str, str]:
    options = ["written"]
    if "en" in languages_of(language):
        options.append("spoken_en")
    if "th" in languages_of(language):
        options += ["spoken_th", "glued_thai"] if glued else ["spoken_th"]
    variant = rng.choice(options)
    if variant.startswith("spoken"):
        return variant, renderings.NUMBER_VARIANTS[variant](rng, digits, (len(digits),))
    return variant, digits


def expiry(rng: random.Random, language: str) -> tuple[str, str]:
    month, year = rng.randint(1, 12), rng.randint(25, 32)
    variant = rng.choice(
        ["written"] + ["spoken_" + lang for lang in sorted(languages_of(language))]
    )
    if variant == "spoken_en":
        return variant, spoken_expiry_en(rng, month, year)
    if variant == "spoken_th":
        return variant, spoken_expiry_th(rng, month, year)
    written = rng.choice([f"{month:02d}/{year}", f"{month:02d}/20{year}", f"{month:02d}-{year}"])
    return variant, written


def spoken_expiry_en(rng: random.Random, month: int, year: int) -> str:
    """As in "twelve twenty-seven", "oh three slash 28", "March twenty twenty-seven", or digits
    said one by one ("zero five, two eight")."""
    if rng.random() < 0.2:
        digits = f"{month:02d}{year:02d}"
        return renderings.spoken_en(rng, digits, (2, 2))
    if rng.random() < 0.3:
        said_month = rng.choice([ENGLISH_MONTHS[month - 1], ENGLISH_MONTHS[month - 1][:3]])
    elif month < 10 and rng.random() < 0.5:
        said_month = f"{rng.choice(['oh', 'zero'])} {EN_NUMBERS[month]}"
    else:
        said_month = EN_NUMBERS[month]
    tens, unit = divmod(year, 10)
    said_year = EN_TENS[tens] + (rng.choice(["-", " "]) + EN_NUMBERS[unit] if unit else "")
    said_year = rng.choice(
        [said_year, f"twenty {said_year}", f"two thousand {said_year}", str(year), f"20{year}"]
    )
    return rng.choice([" ", " ", " slash "]).join([said_month, said_year])


def spoken_expiry_th(rng: random.Random, month: int, year: int) -> str:
    """As in "สิบสอง ยี่สิบเจ็ด", "เดือนห้า ปี สองพันยี่สิบเจ็ด", "ศูนย์สามทับยี่สิบแปด", "ธันวาคม 27"."""
    if rng.random() < 0.3:
        said_month = THAI_MONTHS[month - 1]
    elif month < 10 and rng.random() < 0.4:
        said_month = "ศูนย์" + TH_NUMBERS[month]
    else:
        said_month = TH_NUMBERS[month]
    if rng.random() < 0.3:
        said_month = "เดือน" + said_month
    tens, unit = divmod(year, 10)
    said_year = TH_TENS[tens] + ("เอ็ด" if unit == 1 else TH_NUMBERS[unit] if unit else "")
    said_year = rng.choice([said_year, said_year, "สองพัน" + said_year, str(year)])
    return rng.choice([" ", "", " ทับ ", " ปี "]).join([said_month, said_year])


def date_of_birth(rng: random.Random, language: str) -> tuple[str, str]:
    day, month, year = rng.randint(1, 28), rng.randint(1, 12), rng.randint(1950, 2004)
    thai = "th" in languages_of(language) and (language == "th" or rng.random() < 0.5)
    year_written = year + 543 if thai else year
    if rng.random() < 0.5:
        return "written_numeric", f"{day:02d}/{month:02d}/{year_written}"
    month_name = THAI_MONTHS[month - 1] if thai else ENGLISH_MONTHS[month - 1]
    return "written_month", f"{day} {month_name} {year_written}"


def email(rng: random.Random, language: str) -> tuple[str, str]:
    options = ["written"] + ["spoken_" + lang for lang in sorted(languages_of(language))]
    variant = rng.choice(options)
    address = people.email_address(rng, spoken=variant != "written")
    if variant == "spoken_en":
        return variant, people.spoken_email(address, "dot", "at")
    if variant == "spoken_th":
        return variant, people.spoken_email(address, "จุด", "แอท")
    return variant, address


OTHER_VALUES = {
    "OTP": lambda rng, language: short_code(rng, language, values.otp(rng), glued=True),
    "CARD_CVV": lambda rng, language: short_code(rng, language, values.cvv(rng), glued=False),
    "CARD_EXPIRY": expiry,
    "DATE_OF_BIRTH": date_of_birth,
    "PASSPORT": lambda rng, language: ("written", values.passport(rng)),
    "EMAIL_ADDRESS": email,
}
