"""What makes a number a phone number someone could be given: Thai national prefixes, and
phonenumbers' metadata for other countries. One check per PHONE_NUMBER pattern."""

from __future__ import annotations

import re

import phonenumbers

from ccaudit.pii.numbers import digits_only

THAI_NUMBER = re.compile(r"(?:\+?66|0)(?:[689][0-9]{8}|[2-7][0-9]{7})")
# xxx-x-xxxxx-x is how Thai banks print account numbers; nobody writes a phone that way.
BANK_LAYOUT = re.compile(r"[0-9]{3}-[0-9]-[0-9]{5}-[0-9]")


def is_phone_number(text: str) -> bool:
    """Thai numbers by their national prefixes (06/08/09 mobile, 02-07 landline, also as
    +66); other countries when phonenumbers says a carrier could issue the number."""
    digits = digits_only(text)
    if THAI_NUMBER.fullmatch(digits):
        return True
    if not text.lstrip().startswith("+"):
        return False
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(text, None))
    except phonenumbers.NumberParseException:
        return False


def _is_thai_number(text: str) -> bool:
    """A Thai number's own digits come first; a range or an extension may follow them."""
    digits = digits_only(text)
    own = digits[:10] if digits[1:2] in ("6", "8", "9") else digits[:9]
    return THAI_NUMBER.fullmatch(own) is not None


def _is_thai_with_country_code(text: str) -> bool:
    return THAI_NUMBER.fullmatch(digits_only(text)) is not None


def _is_possible_in(text: str, region: str | None) -> bool:
    """A number of the length a region's numbers have. Validity would also say no to the
    ranges set aside for fiction (07700 900xxx, 555-01xx), which stand in for real numbers in
    examples and test calls alike; phone words are required for these all the same."""
    try:
        return phonenumbers.is_possible_number(phonenumbers.parse(text, region))
    except phonenumbers.NumberParseException:
        return False


def _is_british(text: str) -> bool:
    return not _is_thai_with_country_code(text) and _is_possible_in(text, "GB")


def _is_international(text: str) -> bool:
    return is_phone_number(text) or _is_possible_in(text, None)


# Where contact centres in Thailand and their outsourcers take calls from.
_NEARBY_REGIONS = ("SG", "MY", "IN", "PH", "HK", "AU", "ID", "VN", "JP", "CN", "GB", "DE", "FR")


def _is_national_somewhere(text: str) -> bool:
    """Eight to eleven digits that some nearby country's numbers have, and no Thai number
    (those have patterns of their own)."""
    if THAI_NUMBER.fullmatch(digits_only(text)):
        return False
    return any(_is_possible_in(text, region) for region in _NEARBY_REGIONS)


MAX_NATIONAL_DIGITS = 11


def _is_british_or_nearby(text: str) -> bool:
    """London's 020, Malaysia's 03-2178 8000, Australia's (03) 9706 2270: a national number
    with its trunk zero, of a length some country's numbers have."""
    if len(digits_only(text)) > MAX_NATIONAL_DIGITS:
        return False  # an e-ticket's or a transfer's reference (016 2384 559120)
    return _is_british(text) or _is_national_somewhere(text)


def _any_shape(text: str) -> bool:
    return True


# How each pattern's match is checked: no carrier would issue what fails. North-American
# numbers are taken by their shape (the area and exchange codes of fictional 555 numbers
# are shaped alike).
VALIDATORS = {
    "th_mobile": _is_thai_number,
    "th_landline": _is_thai_number,
    "after_handle": _is_thai_number,
    "th_plus66": _is_thai_with_country_code,
    "th_66": _is_thai_with_country_code,
    "international": _is_international,
    "north_american": _any_shape,
    "north_american_with_1": _any_shape,
    "north_american_spaced": _any_shape,
    "north_american_plain": _any_shape,
    "north_american_plain_with_1": _any_shape,
    "national": _is_british_or_nearby,
    "beside_phone_word": _is_national_somewhere,
}
