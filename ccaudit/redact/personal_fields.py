"""Fields that hold personal data by their definition, outside any turn a reader reads.

A vCon names its parties with their phone numbers and e-mail addresses, Twilio lists its
participants, Genesys its callers' numbers, Zendesk and Freshdesk their users and senders.
A CSV export or a JSON record names its columns and fields (`display_name`, `customer_phone`,
`อีเมล`): a bare name there has no cue for a detector to find it by. No detector needs to find
these: the format or the field's name says what they are. Each is redacted whole as a value
of its entity type, with that entity's operator, and listed in the manifest.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from ccaudit.ingest.csv_columns import normal_name
from ccaudit.masking import fingerprint, mask_value
from ccaudit.model import Locator
from ccaudit.pii import facts_of
from ccaudit.redact.edits import Edit, Redaction
from ccaudit.redact.operators import replacement
from ccaudit.redact.policy import RedactionPolicy
from ccaudit.redact.slots import SweepRegion

REASON_PERSONAL_FIELD = "personal field"
_PERSON, _PHONE, _EMAIL = "PERSON", "PHONE_NUMBER", "EMAIL_ADDRESS"

# Column and field names, compared without case, spaces or punctuation (csv_columns), for the
# layouts whose fields are named by whoever exported them.
_NAMED_PERSON = (
    r"/(?:(?:customer|caller|client|sender|author|display|full|contact|account|card|member|agent"
    r"|first|last|given|family|sur)?name|ชื่อ(?:ลูกค้า|ผู้ติดต่อ|ผู้โทร|นามสกุล)?|นามสกุล)"
)
_NAMED_PHONE = (
    r"/(?:(?:customer|caller|contact|home|work|callback|from|to)?(?:phone|mobile|tel|telephone)"
    r"(?:number|no)?|ani|msisdn|callbacknumber|เบอร์(?:โทร(?:ศัพท์)?)?|โทรศัพท์|มือถือ)"
)
_NAMED_EMAIL = r"/(?:(?:customer|contact|sender|from|reply)?e?mail(?:address)?|อีเมล)"
_NAMED_FIELDS = ((_NAMED_PERSON, _PERSON), (_NAMED_PHONE, _PHONE), (_NAMED_EMAIL, _EMAIL))
_BY_FIELD_NAME = frozenset({"csv", "json-record"})
# Format -> (pointer ending, entity type). Pointers are matched at their end, so a document
# inside NDJSON or a JSON array is matched as it would be alone.
PERSONAL_FIELDS: dict[str, tuple[tuple[str, str], ...]] = {
    "vcon": (
        (r"/parties/\d+/name", _PERSON),
        (r"/parties/\d+/tel", _PHONE),
        (r"/parties/\d+/mailto", _EMAIL),
    ),
    "twilio": (
        (r"/participants/\d+/full_name", _PERSON),
        (r"/participants/\d+/media_participant_id", _PHONE),
        (r"/participants/\d+/email", _EMAIL),
    ),
    "genesys": (
        (r"/participants/\d+/(?:ani|dnis)", _PHONE),
        (r"/participants/\d+/participantName", _PERSON),
    ),
    "zendesk": (
        (r"/users/\d+/name", _PERSON),
        (r"/users/\d+/email", _EMAIL),
        (r"/users/\d+/phone", _PHONE),
        (r"/via/source/(?:from|to)/name", _PERSON),
        (r"/via/source/(?:from|to)/address", _EMAIL),
        (r"/via/source/(?:from|to)/phone", _PHONE),
    ),
    "freshdesk": (
        (r"/requester/name", _PERSON),
        (r"/requester/email", _EMAIL),
        (r"/requester/(?:phone|mobile)", _PHONE),
        (r"/(?:from_email|support_email)", _EMAIL),
        (r"/(?:to_emails|cc_emails|bcc_emails|reply_cc_emails|fwd_emails)/\d+", _EMAIL),
    ),
}


def _entity_pattern(rows: list[tuple[str, str]]) -> re.Pattern[str] | None:
    """One group per row, named after its entity and numbered to keep the names apart."""
    groups = [f"(?P<{entity}{i}>{ending})$" for i, (ending, entity) in enumerate(rows)]
    return re.compile("|".join(groups)) if groups else None


def _field_name(slot: Locator) -> str:
    """A CSV cell's column or a JSON field's key, as `/name` compared loosely."""
    last = slot.column if slot.column is not None else (slot.pointer or "").rpartition("/")[2]
    return "/" + normal_name(last or "")


def personal_field_edits(
    regions: Iterable[SweepRegion],
    formats: Iterable[str],
    policy: RedactionPolicy,
    lang: str,
    hash_key: bytes | None,
) -> Iterator[tuple[Edit, str]]:
    """An edit for each personal field of the given formats, with the value it replaces."""
    formats = set(formats)
    by_pointer = _entity_pattern(
        [row for name in formats - _BY_FIELD_NAME for row in PERSONAL_FIELDS.get(name, ())]
    )
    by_name = _entity_pattern(list(_NAMED_FIELDS)) if formats & _BY_FIELD_NAME else None
    if by_pointer is None and by_name is None:
        return
    for slot, value, _ in regions:
        if not value.strip():
            continue
        match = by_pointer.search(slot.pointer or "") if by_pointer else None
        if match is None and by_name is not None:
            match = by_name.search(_field_name(slot))
        if match is None:
            continue
        entity = re.sub(r"\d+$", "", match.lastgroup or "")
        operator = policy.operator_for(entity)
        if operator == "keep":
            continue
        keyed = fingerprint(hash_key, entity, facts_of(entity).canonical(value))
        new = replacement(operator, entity, mask_value(entity, value), keyed, lang)
        redaction = Redaction(entity, operator, REASON_PERSONAL_FIELD, keyed)
        yield Edit(slot, 0, len(value), new, redaction), value
