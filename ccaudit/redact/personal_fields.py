"""Fields that hold personal data by their definition, outside any turn a reader reads.

A vCon names its parties with their phone numbers and e-mail addresses, Twilio lists its
participants, Genesys its callers' numbers, Zendesk and Freshdesk their users and senders.
A CSV export or a JSON record names its columns and fields (`display_name`, `customer_phone`,
`อีเมล`: ccaudit.ingest.field_names). No detector needs to find these: the format or the
field's name says what they are. Each is redacted whole as a value of its entity type, with
that entity's operator, and listed in the manifest.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from ccaudit.ingest.field_names import EMAIL, NAMED_FIELDS, PERSON, PHONE, field_name
from ccaudit.masking import fingerprint, mask_value
from ccaudit.pii import facts_of
from ccaudit.redact.edits import Edit, Redaction
from ccaudit.redact.operators import replacement
from ccaudit.redact.policy import RedactionPolicy
from ccaudit.redact.slots import SweepRegion

REASON_PERSONAL_FIELD = "personal field"
_BY_FIELD_NAME = frozenset({"csv", "json-record", "json-fields"})
# Format -> (pointer ending, entity type). Pointers are matched at their end, so a document
# inside NDJSON or a JSON array is matched as it would be alone.
PERSONAL_FIELDS: dict[str, tuple[tuple[str, str], ...]] = {
    "vcon": (
        (r"/parties/\d+/name", PERSON),
        (r"/parties/\d+/tel", PHONE),
        (r"/parties/\d+/mailto", EMAIL),
    ),
    "twilio": (
        (r"/participants/\d+/full_name", PERSON),
        (r"/participants/\d+/media_participant_id", PHONE),
        (r"/participants/\d+/email", EMAIL),
    ),
    "genesys": (
        (r"/participants/\d+/(?:ani|dnis)", PHONE),
        (r"/participants/\d+/participantName", PERSON),
    ),
    "zendesk": (
        (r"/users/\d+/name", PERSON),
        (r"/users/\d+/email", EMAIL),
        (r"/users/\d+/phone", PHONE),
        (r"/via/source/(?:from|to)/name", PERSON),
        (r"/via/source/(?:from|to)/address", EMAIL),
        (r"/via/source/(?:from|to)/phone", PHONE),
    ),
    "freshdesk": (
        (r"/requester/name", PERSON),
        (r"/requester/email", EMAIL),
        (r"/requester/(?:phone|mobile)", PHONE),
        (r"/(?:from_email|support_email)", EMAIL),
        (r"/(?:to_emails|cc_emails|bcc_emails|reply_cc_emails|fwd_emails)/\d+", EMAIL),
    ),
}


def _entity_pattern(rows: list[tuple[str, str]]) -> re.Pattern[str] | None:
    """One group per row, named after its entity and numbered to keep the names apart."""
    groups = [f"(?P<{entity}{i}>{ending})$" for i, (ending, entity) in enumerate(rows)]
    return re.compile("|".join(groups)) if groups else None


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
    by_name = _entity_pattern(list(NAMED_FIELDS)) if formats & _BY_FIELD_NAME else None
    if by_pointer is None and by_name is None:
        return
    for slot, value, _ in regions:
        if not value.strip():
            continue
        match = by_pointer.search(slot.pointer or "") if by_pointer else None
        if match is None and by_name is not None:
            match = by_name.search(field_name(slot))
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
