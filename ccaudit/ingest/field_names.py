"""Column and field names that say a field holds a person's name, phone, e-mail, date of
birth, passport, bank account or payment card number, or a card's expiry date.

A CSV export or a JSON record names its columns and fields (`display_name`,
`customer_phone`, `อีเมล`); a bare value there (`Wanida Srisuk`) has no cue for a detector to
find it by, but the name says what it is. Scan reports such a name as a PERSON
(ccaudit.pii.passes.dialogue_names), and a phone, date of birth, passport or account number
there that no recognizer found (ccaudit.pii.passes.field_values); redact replaces every such
field whole (ccaudit.redact.personal_fields). Names are compared without case, spaces or
punctuation.
"""

from __future__ import annotations

import re

from ccaudit.ingest.csv_columns import normal_name
from ccaudit.model import Locator

PERSON, PHONE, EMAIL = "PERSON", "PHONE_NUMBER", "EMAIL_ADDRESS"
BIRTH_DATE, PASSPORT, BANK = "DATE_OF_BIRTH", "PASSPORT", "BANK_ACCOUNT"
CARD, CARD_EXPIRY = "CREDIT_CARD", "CARD_EXPIRY"

# Patterns for `/` and the normalised name, so that they also end a JSON pointer.
NAMED_PERSON = (
    r"/(?:(?:customer|caller|client|sender|author|display|full|contact|account|card|member|agent"
    r"|first|last|given|family|sur|insured|policyholder|patient|beneficiary|payee|recipient"
    r"|receiver|holder|applicant|guardian|employee|staff)?name(?:en|th|eng|thai|english|local)?"
    r"|(?:handled|created|opened|closed|updated|reviewed|logged|raised|submitted|assigned)?by"
    r"|assignedto|assignee|owner|first|last|given|family|surname|forename|ชื่อ(?:ลูกค้า|ผู้ติดต่อ|ผู้โทร|นามสกุล)?|นามสกุล)"
)
NAMED_PHONE = (
    r"/(?:(?:customer|caller|contact|home|work|callback|from|to|alt|alternate|other|office"
    r"|secondary|emergency|mobile)?(?:phone|mobile|tel|telephone)"
    r"(?:number|no)?|ani|msisdn|callbacknumber|เบอร์(?:โทร(?:ศัพท์)?)?|โทรศัพท์|มือถือ)"
)
NAMED_EMAIL = r"/(?:(?:customer|contact|sender|from|reply)?e?mail(?:address)?|อีเมล)"
NAMED_BIRTH_DATE = (
    r"/(?:(?:customer|insured|patient|member|holder)?(?:dob|dateofbirth|birthdate|birthday)"
    r"|วันเกิด|วันเดือนปีเกิด)"
)
NAMED_PASSPORT = r"/(?:passport(?:no|number)?|หนังสือเดินทาง|เลขพาสปอร์ต|พาสปอร์ต)"
NAMED_BANK_ACCOUNT = (
    r"/(?:(?:bank|payout|refund|payee|beneficiary|savings|checking)?(?:account|acct|ac)(?:no|number)"
    r"|bankaccount|acct|iban|payoutaccount|refundaccount|เลข(?:ที่)?บัญชี|บัญชีธนาคาร)"
)
NAMED_CARD = r"/(?:(?:credit|debit)?card(?:number|no|num)|creditcard|debitcard|เลขบัตร(?:เครดิต)?)"
# Only a card's: an `expiry` column may hold a product's.
NAMED_CARD_EXPIRY = r"/(?:(?:card|cc)(?:exp|expiry|expiration|expires)(?:date)?|วันหมดอายุบัตร)"
NAMED_FIELDS = (
    (NAMED_PERSON, PERSON),
    (NAMED_PHONE, PHONE),
    (NAMED_EMAIL, EMAIL),
    (NAMED_BIRTH_DATE, BIRTH_DATE),
    (NAMED_PASSPORT, PASSPORT),
    (NAMED_BANK_ACCOUNT, BANK),
    (NAMED_CARD, CARD),
    (NAMED_CARD_EXPIRY, CARD_EXPIRY),
)
_NAMED = [(re.compile(f"{pattern}$"), entity) for pattern, entity in NAMED_FIELDS]


def field_name(locator: Locator) -> str:
    """A CSV cell's column or a JSON field's key, as `/name` compared loosely."""
    if locator.column is not None:
        return "/" + normal_name(locator.column)
    return "/" + normal_name((locator.pointer or "").rpartition("/")[2])


def names_a_person(locator: Locator) -> bool:
    return entity_named_by(locator) == PERSON


def entity_named_by(locator: Locator) -> str | None:
    """The entity a cell's column or a field's key says it holds, if any."""
    if locator.column is None and locator.pointer is None:
        return None
    return _entity_of(field_name(locator))


def entity_of_key(key: str) -> str | None:
    """The entity a field's key (`"handled_by"`) says its value holds, if any."""
    return _entity_of("/" + normal_name(key))


def _entity_of(name: str) -> str | None:
    return next((entity for pattern, entity in _NAMED if pattern.search(name)), None)
