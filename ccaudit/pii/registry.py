"""Every entity type ccaudit can report, and where each is declared.

ccaudit's own recognizers, one per entity, are on by default; each carries its entity's
facts (ccaudit.pii.entity). The entity types only Presidio's predefined recognizers find are
declared in ccaudit.pii.presidio_entities and run when `--entities` asks for them. Adding an
entity means adding one recognizer file, its cases in tests/cases/recognizers/, and a line
here. Tables and reports read names and severities from `facts_of`.
"""

from __future__ import annotations

from ccaudit.pii import presidio_entities
from ccaudit.pii.entity import EntityFacts
from ccaudit.pii.recognizers.bank_account import BankAccountRecognizer
from ccaudit.pii.recognizers.card_cvv import CardCvvRecognizer
from ccaudit.pii.recognizers.card_expiry import CardExpiryRecognizer
from ccaudit.pii.recognizers.credit_card import CardNumberRecognizer
from ccaudit.pii.recognizers.date_of_birth import DateOfBirthRecognizer
from ccaudit.pii.recognizers.email_address import EmailAddressRecognizer
from ccaudit.pii.recognizers.otp import OtpRecognizer
from ccaudit.pii.recognizers.passport import PassportRecognizer
from ccaudit.pii.recognizers.person import PersonRecognizer
from ccaudit.pii.recognizers.phone_number import PhoneNumberRecognizer
from ccaudit.pii.recognizers.th_tnin import ThaiNationalIdRecognizer

# The engine registers them in this order, which settles ties between equal results.
RECOGNIZERS = (
    CardNumberRecognizer,
    CardCvvRecognizer,
    CardExpiryRecognizer,
    ThaiNationalIdRecognizer,
    BankAccountRecognizer,
    PhoneNumberRecognizer,
    EmailAddressRecognizer,
    OtpRecognizer,
    PassportRecognizer,
    DateOfBirthRecognizer,
    PersonRecognizer,
)

# ccaudit's own entities, most severe first: what a scan looks for unless told otherwise.
ENTITIES: dict[str, EntityFacts] = {
    cls.ENTITY: cls.facts() for cls in sorted(RECOGNIZERS, key=lambda c: -c.SEVERITY)
}
DEFAULT_ENTITIES: tuple[str, ...] = tuple(ENTITIES)
PRESIDIO_ENTITIES: dict[str, EntityFacts] = {
    row.entity: presidio_entities.facts(row) for row in presidio_entities.ROWS
}
KNOWN_ENTITIES: tuple[str, ...] = DEFAULT_ENTITIES + tuple(PRESIDIO_ENTITIES)


def facts_of(entity: str) -> EntityFacts:
    """An entity's facts; KeyError for a type no recognizer declares."""
    facts = ENTITIES.get(entity)
    return facts if facts is not None else PRESIDIO_ENTITIES[entity]


def entity_label(entity: str, lang: str) -> str:
    """What tables and reports call an entity type in `lang` (th or en); unknown codes stay
    codes."""
    facts = ENTITIES.get(entity) or PRESIDIO_ENTITIES.get(entity)
    return facts.label(lang) if facts else entity
