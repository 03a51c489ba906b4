"""Operators and policies: what each operator writes, Thai tags, keyed pseudonyms that stay
the same however a value was written or spoken, and one-line policy errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from ccaudit.errors import CcauditError
from ccaudit.masking import fingerprint
from ccaudit.redact.operator_names import OPERATOR_NAMES
from ccaudit.redact.operators import OPERATORS
from ccaudit.redact.policy import build_policy

CARD = "4532015112830366"
SPOKEN_CARD = "four five three two zero one five one one two eight three zero three six six"


def _call(tmp_path: Path, name: str, card: str) -> Path:
    path = tmp_path / name
    path.write_text(f"Agent: card number please\nCustomer: my card is {card}\n", encoding="utf-8")
    return path


def _line(round_trip, path: Path, *operators: str, lang: str = "auto") -> str:
    trip = round_trip(path, *operators, lang=lang)
    return trip.outcome.output.read_text(encoding="utf-8").splitlines()[1]


@pytest.mark.parametrize(
    "operators, lang, expected",
    [
        ((), "auto", "Customer: my card is 453201******0366"),
        (("CREDIT_CARD=replace",), "auto", "Customer: my card is [CREDIT_CARD]"),
        (("CREDIT_CARD=replace",), "th", "Customer: my card is [เลขบัตรเครดิต]"),
        (("default=remove",), "auto", "Customer: my card is "),
        (("CREDIT_CARD=redact",), "auto", "Customer: my card is "),
        (("CREDIT_CARD=keep",), "auto", f"Customer: my card is {CARD}"),
    ],
)
def test_each_operator(round_trip, tmp_path, operators, lang, expected):
    assert _line(round_trip, _call(tmp_path, "call.txt", CARD), *operators, lang=lang) == expected


def test_every_operator_name_has_its_operator():
    assert tuple(OPERATORS) == OPERATOR_NAMES


def test_a_spoken_card_is_masked_as_the_digits_it_stands_for(round_trip, tmp_path):
    line = _line(round_trip, _call(tmp_path, "spoken.txt", SPOKEN_CARD))
    assert line == "Customer: my card is 453201******0366"


def test_hash_is_a_keyed_pseudonym_the_same_written_or_spoken(round_trip, tmp_path):
    written = _line(round_trip, _call(tmp_path, "a.txt", CARD), "CREDIT_CARD=hash")
    spoken = _line(round_trip, _call(tmp_path, "b.txt", SPOKEN_CARD), "CREDIT_CARD=hash")
    expected = fingerprint(b"test-key", "CREDIT_CARD", CARD)[:8]
    assert written == spoken == f"Customer: my card is <CREDIT_CARD_{expected}>"
    assert fingerprint(b"other-key", "CREDIT_CARD", CARD)[:8] != expected


def test_a_policy_file_and_the_command_line(tmp_path):
    policy = tmp_path / "policy.yaml"
    policy.write_text(
        "default: replace\noperators:\n  CREDIT_CARD: mask\n  person: hash\n", encoding="utf-8"
    )
    built = build_policy(policy, ["CREDIT_CARD=remove"])
    assert built.operator_for("CREDIT_CARD") == "remove"
    assert built.operator_for("PERSON") == "hash"
    assert built.operator_for("TH_TNIN") == "replace"
    assert build_policy(None, []).operator_for("TH_TNIN") == "mask"


@pytest.mark.parametrize(
    "text, message",
    [
        ("default: [mask\n", "policy is not valid YAML at line 2"),
        ("- mask\n", "a policy is a mapping"),
        ("defaults: mask\n", "unknown key defaults"),
        ("default: blur\n", "default: unknown operator 'blur'"),
        ("operators:\n  CARD: mask\n", "operators: unknown entity 'CARD'"),
        ("operators:\n  PERSON: scramble\n", "operators.PERSON: unknown operator 'scramble'"),
        ("operators: [PERSON]\n", "operators must map entity types"),
    ],
)
def test_policy_errors_are_one_line_naming_the_file(tmp_path, text, message):
    policy = tmp_path / "policy.yaml"
    policy.write_text(text, encoding="utf-8")
    with pytest.raises(CcauditError) as raised:
        build_policy(policy, [])
    assert str(policy) in raised.value.message and message in raised.value.message
    assert "\n" not in raised.value.message
