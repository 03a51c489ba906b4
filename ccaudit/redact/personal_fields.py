"""Fields that hold personal data by their definition, outside any turn a reader reads.

A vCon names its parties with their phone numbers and e-mail addresses, Twilio lists its
participants, Genesys its callers' numbers, Zendesk and Freshdesk their users and senders.
No detector needs to find these: the format says what they are. Each is redacted whole as a
value of its entity type, with that entity's operator, and listed in the manifest.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from ccaudit.masking import fingerprint, mask_value
from ccaudit.pii import facts_of
from ccaudit.redact.edits import Edit, Redaction
from ccaudit.redact.operators import replacement
from ccaudit.redact.policy import RedactionPolicy
from ccaudit.redact.slots import SweepRegion

REASON_PERSONAL_FIELD = "personal field"
_PERSON, _PHONE, _EMAIL = "PERSON", "PHONE_NUMBER", "EMAIL_ADDRESS"

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


def personal_field_edits(
    regions: Iterable[SweepRegion],
    formats: Iterable[str],
    policy: RedactionPolicy,
    lang: str,
    hash_key: bytes | None,
) -> Iterator[tuple[Edit, str]]:
    """An edit for each personal field of the given formats, with the value it replaces."""
    rows = [row for name in set(formats) for row in PERSONAL_FIELDS.get(name, ())]
    if not rows:
        return
    # One group per row, named after its entity and numbered to keep the names apart.
    groups = [f"(?P<{entity}{i}>{ending})$" for i, (ending, entity) in enumerate(rows)]
    pattern = re.compile("|".join(groups))
    for slot, value, _ in regions:
        match = pattern.search(slot.pointer or "") if value.strip() else None
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
