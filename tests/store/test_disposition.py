"""Expected PII apart from incidents: the agent's own name, values asked for to verify."""

from pathlib import Path

import pytest

from ccaudit.ingest import ReadOptions, read_conversations
from ccaudit.model import Conversation, Finding, Severity, Turn
from ccaudit.pii import Detector, DetectorOptions
from ccaudit.store.disposition import REQUEST_CUES, dispositions

FIXTURE = Path(__file__).parents[2] / "fixtures" / "text" / "th_card_call.txt"


def conversation(*turns, channel="voice"):
    made = [Turn(i, role, text) for i, (role, text) in enumerate(turns)]
    return Conversation("C-1", "c.txt", "text", made, channel, "A-1", None)


def finding(turn, entity, speaker, note=False):
    return Finding("c.txt", "C-1", entity, 0, 4, 1.0, True, "****", Severity.medium,
                   turn=turn, speaker=speaker, in_internal_note=note)  # fmt: skip


def test_the_thai_fixture_call_sorts_its_findings():
    [call] = read_conversations(FIXTURE, str(FIXTURE), ReadOptions())
    [findings] = Detector(DetectorOptions()).scan_many([call])
    kinds = {
        (f.entity_type, f.turn): d
        for f, d in zip(findings, dispositions(call, findings), strict=True)
    }
    assert kinds == {
        ("PERSON", 0): "expected",  # ดิฉันพลอยรับสายค่ะ: the agent introduces herself
        ("TH_TNIN", 3): "expected",  # the agent asked for the ID card number to verify
        ("PERSON", 4): "incident",  # the agent says the customer's full name back
        ("CREDIT_CARD", 5): "incident",
        ("PHONE_NUMBER", 7): "incident",  # volunteered, nobody asked
    }


@pytest.mark.parametrize(
    "entity, request_text",
    [
        ("DATE_OF_BIRTH", "Can you confirm your full name and date of birth?"),
        ("PHONE_NUMBER", "ขอเบอร์โทรที่ลงทะเบียนไว้ด้วยค่ะ"),
        ("PERSON", "ขอชื่อและนามสกุลเพื่อยืนยันตัวตนค่ะ"),
        ("TH_TNIN", "May I have your national ID number please?"),
    ],
)
def test_a_value_asked_for_and_given_by_the_customer_in_a_call_is_expected(entity, request_text):
    call = conversation(("agent", request_text), ("customer", "...."))
    assert dispositions(call, [finding(1, entity, "customer")]) == ["expected"]


ASK_DOB = ("agent", "Your date of birth please?")
GIVEN = ("customer", "....")
HELLO = ("agent", "How can I help?")


@pytest.mark.parametrize(
    "turns, made, channel",
    [
        # asked, but in a chat: values typed in chat are incidents
        ((ASK_DOB, GIVEN), (1, "DATE_OF_BIRTH", "customer"), "chat"),
        # the agent asked for something else
        ((ASK_DOB, GIVEN), (1, "PHONE_NUMBER", "customer"), "voice"),
        # nobody asked
        ((HELLO, GIVEN), (1, "DATE_OF_BIRTH", "customer"), "voice"),
        # a secret is never expected, even when asked for
        ((("agent", "What is the OTP?"), GIVEN), (1, "OTP", "customer"), "voice"),
        # the agent reads the value out
        ((ASK_DOB, ("agent", "....")), (1, "DATE_OF_BIRTH", "agent"), "voice"),
        # the agent's name late in the call is not her introduction
        ((HELLO, GIVEN, HELLO, HELLO), (3, "PERSON", "agent"), "voice"),
        # "DOB" inside another word is no cue
        ((("agent", "adobe reader?"), GIVEN), (1, "DATE_OF_BIRTH", "customer"), "voice"),
    ],
)
def test_everything_else_is_an_incident(turns, made, channel):
    call = conversation(*turns, channel=channel)
    assert dispositions(call, [finding(*made)]) == ["incident"]


def test_a_value_in_an_internal_note_is_an_incident():
    call = conversation(("agent", "Your date of birth?"), ("customer", "...."))
    assert dispositions(call, [finding(1, "DATE_OF_BIRTH", "customer", note=True)]) == ["incident"]


def test_the_request_cue_list_stays_small():
    assert set(REQUEST_CUES) == {"TH_TNIN", "DATE_OF_BIRTH", "PHONE_NUMBER", "PERSON"}
    assert all(len(cues) <= 6 for cues in REQUEST_CUES.values())
