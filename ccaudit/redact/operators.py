"""The operators a redaction applies to a value, named as presidio-anonymizer names them.

`replace`, `remove` (Presidio's `redact`) and `keep` are Presidio's own operators. `mask` and
`hash` are ccaudit's, written to Presidio's Operator interface: Presidio's mask hides N
characters from one end, where ccaudit keeps a card's first 6 and last 4 digits and masks a
spoken value from the digits it stands for; Presidio's hash is a salted SHA-256 of the text
as written, where a pseudonym must be keyed (HMAC) and the same however the value was
written or spoken, which the finding's fingerprint already is.
"""

from __future__ import annotations

from presidio_anonymizer.operators import Keep, Operator, OperatorType, Redact, Replace

from ccaudit.pii import entity_label

# Hex digits of the keyed fingerprint in a pseudonym: 8 keep collisions rare (about one
# pair among 65,000 different values of one type), which 6 would not.
PSEUDONYM_HEX = 8


class CardAwareMask(Operator):
    """ccaudit's masking rules (ccaudit.masking): the finding's own mask, made from the value
    as read, so a card read out word by word becomes `453201******0366`."""

    def operate(self, text: str = None, params: dict = None) -> str:
        return params["masked"]

    def validate(self, params: dict = None) -> None:
        if not isinstance((params or {}).get("masked"), str):
            raise ValueError("mask needs the finding's masked value")

    def operator_name(self) -> str:
        return "mask"

    def operator_type(self) -> OperatorType:
        return OperatorType.Anonymize


class KeyedPseudonym(Operator):
    """`<PERSON_3f2a9c1e>`: the start of the finding's keyed HMAC fingerprint."""

    def operate(self, text: str = None, params: dict = None) -> str:
        return f"<{params['entity_type']}_{params['fingerprint'][:PSEUDONYM_HEX]}>"

    def validate(self, params: dict = None) -> None:
        if not (params or {}).get("fingerprint"):
            raise ValueError("hash needs a keyed fingerprint (--hash-key)")

    def operator_name(self) -> str:
        return "hash"

    def operator_type(self) -> OperatorType:
        return OperatorType.Anonymize


OPERATORS: dict[str, Operator] = {
    "mask": CardAwareMask(),
    "replace": Replace(),
    "hash": KeyedPseudonym(),
    "remove": Redact(),
    "keep": Keep(),
}


def entity_tag(entity_type: str, lang: str) -> str:
    """`[CREDIT_CARD]`, or with `--lang th` the Thai name its recognizer declares:
    `[เลขบัตรเครดิต]`."""
    return f"[{entity_label(entity_type, 'th') if lang == 'th' else entity_type}]"


def replacement(
    operator: str, entity_type: str, masked: str, fingerprint: str | None, lang: str
) -> str:
    """What a value becomes under `operator`, from its mask and keyed fingerprint (never
    from the value itself: each operator here needs only those)."""
    params = {
        "masked": masked,
        "new_value": entity_tag(entity_type, lang),
        "entity_type": entity_type,
        "fingerprint": fingerprint,
    }
    chosen = OPERATORS[operator]
    chosen.validate(params)
    return chosen.operate(masked, params)
