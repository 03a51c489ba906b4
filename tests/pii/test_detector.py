"""The Detector's contract: offsets into the source, masking, filters, vendor redactions."""

import pytest

from ccaudit.errors import CcauditError
from ccaudit.masking import fingerprint
from ccaudit.model import Conversation, Locator, RedactionSpan, Severity, Turn
from ccaudit.pii import Detector, DetectorOptions

CARD = "4532015112830366"
TNIN = "1166131860910"
KEY = b"secret"


@pytest.fixture(scope="module")
def keyed() -> Detector:
    return Detector(DetectorOptions(hash_key=KEY))


def test_offsets_point_at_the_value_as_written_in_the_file(detector, conversation):
    first = "good morning, how can I help?"
    second = "บัตรเลข สี่ห้าสามสอง ศูนย์หนึ่งห้าหนึ่ง หนึ่งสองแปดสาม ศูนย์สามหกหก ค่ะ"
    source = "header line\n" + first + "\n" + second + "\n"
    conv = conversation(("agent", first), ("customer", second), offset=len("header line\n"))
    [finding] = detector.scan(conv)
    spoken = "สี่ห้าสามสอง ศูนย์หนึ่งห้าหนึ่ง หนึ่งสองแปดสาม ศูนย์สามหกหก"
    assert source[finding.start : finding.end] == spoken
    assert (finding.turn, finding.entity_type, finding.validated) == (1, "CREDIT_CARD", True)


def test_finding_fields_come_from_the_turn(detector):
    turn = Turn(
        3, "customer", f"card {CARD}", speaker="spk_1", start_ms=4200, is_internal_note=True,
        locator=Locator(offset=50, line=7),
    )  # fmt: skip
    [finding] = detector.scan(Conversation("c9", "a/b.txt", "text", [turn]))
    assert (finding.path, finding.conversation_id, finding.turn) == ("a/b.txt", "c9", 3)
    assert (finding.speaker, finding.speaker_label, finding.start_ms) == ("customer", "spk_1", 4200)
    assert (finding.start, finding.end) == (55, 71)
    assert finding.in_internal_note is True
    assert finding.locator == turn.locator
    assert finding.severity is Severity.critical
    assert finding.recognizer == "CardNumberRecognizer"
    assert finding.masked == "453201******0366"
    assert finding.fingerprint is None
    assert finding.group is None


def test_masked_values_never_hold_the_raw_value(detector, conversation):
    texts = [
        f"card {CARD}", f"เลขบัตรประชาชน {TNIN}", "โทร 0812345678", "john.smith@example.com",
        "OTP 482913", "คุณสมชาย ใจดี",
    ]  # fmt: skip
    findings = detector.scan(conversation(*[("customer", t) for t in texts]))
    assert [f.turn for f in findings] == list(range(len(texts)))
    for finding in findings:
        assert not any(v in finding.masked for v in (CARD, TNIN, "0812345678", "482913"))
        assert "john" not in finding.masked and "สมชาย" not in finding.masked


def test_spoken_values_are_masked_as_read_not_by_the_lengths_of_their_words(detector, conversation):
    thai_words = ["ศูนย์", "หนึ่ง", "สอง", "สาม", "สี่", "ห้า", "หก", "เจ็ด", "แปด", "เก้า"]
    english_words = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
    spoken_id = " ".join(thai_words[int(d)] for d in TNIN)
    spoken_card = " ".join(english_words[int(d)] for d in CARD)
    findings = detector.scan(
        conversation(
            ("customer", f"เลขบัตรประชาชน {spoken_id} ค่ะ"), ("customer", f"card {spoken_card}")
        )
    )
    masks = {f.entity_type: f.masked for f in findings}
    assert set(masks["TH_TNIN"]) <= {"*", " ", "-"}
    assert masks["TH_TNIN"].count("*") == 13
    assert masks["CREDIT_CARD"].replace(" ", "") == "453201******0366"


def test_fingerprint_is_keyed_on_the_canonical_value(keyed, conversation):
    conv = conversation(
        ("customer", "card 4532 0151 1283 0366"),
        ("customer", f"บัตร{CARD}ค่ะ"),
        ("customer", "mail John.Smith@Example.com"),
        ("customer", "it's john dot smith at example dot com"),
    )
    prints = [f.fingerprint for f in keyed.scan(conv)]
    card = fingerprint(KEY, "CREDIT_CARD", CARD)
    email = fingerprint(KEY, "EMAIL_ADDRESS", "john.smith@example.com")
    assert prints == [card, card, email, email]


def test_a_thai_id_is_not_also_a_phone_number(detector, conversation):
    findings = detector.scan(conversation(("customer", f"หมายเลข {TNIN}")))
    assert [f.entity_type for f in findings] == ["TH_TNIN"]


def test_findings_are_sorted_by_turn_then_start(detector, conversation):
    conv = conversation(("customer", "โทร 0812345678 หรือ 0898765432"), ("customer", f"card {CARD}"))
    findings = detector.scan(conv)
    assert [(f.turn, f.start) for f in findings] == sorted((f.turn, f.start) for f in findings)
    assert len(findings) == 3


def test_min_score_drops_unvalidated_matches(conversation):
    conv = conversation(
        ("customer", "my credit card number is 4532 0151 1283 0367"),
        ("customer", f"and the other card is {CARD}"),
    )
    everything = Detector().scan(conv)
    assert [f.validated for f in everything] == [False, True]
    assert everything[0].score < everything[1].score
    strict = Detector(DetectorOptions(min_score=0.8)).scan(conv)
    assert [f.validated for f in strict] == [True]


def test_entity_filter(conversation):
    conv = conversation(
        ("customer", f"card {CARD} โทร 0812345678"),
        ("customer", "my card is 4532 0151"),
        ("customer", "1283 0366"),
    )
    only_phone = Detector(DetectorOptions(entities=frozenset({"PHONE_NUMBER"})))
    assert {f.entity_type for f in only_phone.scan(conv)} == {"PHONE_NUMBER"}


def test_bad_options_are_one_line_errors():
    with pytest.raises(CcauditError, match="unknown entity NOPE"):
        Detector(DetectorOptions(entities=frozenset({"NOPE"})))
    with pytest.raises(CcauditError, match="language"):
        Detector(DetectorOptions(language="fr"))


def _vendor_conversation(redactions, vendor_redacted=True) -> Conversation:
    text = "card [PCI] and phone 0812345678"
    turn = Turn(0, "customer", text, redactions=redactions)
    return Conversation("v1", "v.json", "vendor", [turn], vendor_redacted=vendor_redacted)


def test_missed_by_vendor_when_outside_every_redaction(detector):
    [phone] = detector.scan(_vendor_conversation((RedactionSpan(5, 10, "PCI"),)))
    assert phone.missed_by_vendor is True


def test_not_missed_when_under_a_vendor_redaction(detector):
    [phone] = detector.scan(_vendor_conversation((RedactionSpan(21, 31, "PHONE"),)))
    assert phone.missed_by_vendor is False


def test_not_missed_when_the_source_is_not_vendor_redacted(detector):
    [phone] = detector.scan(_vendor_conversation((), vendor_redacted=False))
    assert phone.missed_by_vendor is False


def test_turn_redactions_alone_mark_the_source_as_redacted(detector):
    findings = detector.scan(_vendor_conversation((RedactionSpan(5, 10, "PCI"),), False))
    assert [f.missed_by_vendor for f in findings] == [True]


def test_a_number_pattern_never_matches_the_start_of_a_longer_number(detector, conversation):
    """Patterns are tried at each digit run's start against the whole text, so a code's
    length check sees the rest of a 22-digit number, not a slice of it."""
    text = "otp 1234 or 1234567890123456789012"
    found = [
        (f.entity_type, text[f.start : f.end])
        for f in detector.scan(conversation(("customer", text)))
    ]
    assert found == [("OTP", "1234")]


def test_a_finding_names_the_line_it_starts_on(detector):
    from ccaudit.model import Conversation, Locator, Turn

    text = "note for the file\ncard 4532015112830366\nthanks"
    turn = Turn(0, "agent", text, speaker="agent", locator=Locator(offset=10, line=4))
    (finding,) = detector.scan(Conversation("c", "notes.txt", "text", [turn]))
    assert finding.locator.line == 5
    assert turn.locator.line == 4
