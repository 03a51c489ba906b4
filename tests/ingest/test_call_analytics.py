import shutil
from pathlib import Path

import pytest
from ingest_helpers import load_json, one_conversation_reader, resolve_pointer, rewrite

from ccaudit.errors import InputFileError
from ccaudit.ingest import ReadOptions, Source, read_conversations
from ccaudit.ingest.call_analytics import READER

VENDOR = Path(__file__).resolve().parents[2] / "fixtures" / "vendor"
CALL_ANALYTICS = VENDOR / "call_analytics" / "en_redacted.json"
CONTACT_LENS = VENDOR / "contact_lens" / "en_entity_type_redacted.json"
CONTACT_LENS_THAI = VENDOR / "contact_lens" / "th_raw.json"


read_one = one_conversation_reader(READER)


def test_turns_are_sorted_by_begin_time_and_keep_their_own_pointer():
    conversation = read_one(CALL_ANALYTICS)
    assert [t.start_ms for t in conversation.turns] == [120, 3100, 5200, 6100, 10100]
    assert [t.locator.pointer for t in conversation.turns] == [
        "/Transcript/0/Content",
        "/Transcript/2/Content",
        "/Transcript/3/Content",
        "/Transcript/1/Content",
        "/Transcript/4/Content",
    ]
    assert [t.index for t in conversation.turns] == [0, 1, 2, 3, 4]
    assert conversation.turns[3].end_ms == 9800


def test_call_analytics_roles_and_pii_markers():
    conversation = read_one(CALL_ANALYTICS)
    assert [t.role for t in conversation.turns] == [
        "agent",
        "customer",
        "agent",
        "customer",
        "agent",
    ]
    turn = conversation.turns[3]
    assert turn.text == "The card is [PII] and you can call me back on 089-765-4321."
    (span,) = turn.redactions
    assert (turn.text[span.start : span.end], span.label) == ("[PII]", "PII")
    assert conversation.vendor_redacted
    assert conversation.id == "ca-call-0101.wav"
    assert conversation.language == "en-US"
    assert conversation.metadata["variant"] == "call-analytics"
    assert conversation.metadata["categories"] == "card_blocked"


def test_redacted_timestamps_flat_and_nested_are_both_counted():
    assert read_one(CALL_ANALYTICS).metadata["redacted_timestamps"] == "3"


def test_contact_lens_maps_participant_ids_and_typed_markers():
    conversation = read_one(CONTACT_LENS)
    assert conversation.id == "11111111-2222-3333-4444-555555555555"
    assert conversation.metadata["variant"] == "contact-lens"
    turn = conversation.turns[1]
    assert (turn.role, turn.speaker) == ("customer", "CUSTOMER")
    markers = [(turn.text[s.start : s.end], s.label) for s in turn.redactions]
    assert markers == [("[NAME]", "NAME"), ("[CREDIT_DEBIT_NUMBER]", "CREDIT_DEBIT_NUMBER")]
    assert "5425233430109903" in turn.text


def test_participant_ids_are_looked_up_in_participants(tmp_path):
    def rename(document):
        document["Participants"] = [
            {"ParticipantId": "p-7", "ParticipantRole": "AGENT"},
            {"ParticipantId": "p-9", "ParticipantRole": "CUSTOMER"},
        ]
        for entry in document["Transcript"]:
            entry["ParticipantId"] = "p-7" if entry["ParticipantId"] == "AGENT" else "p-9"

    conversation = read_one(rewrite(tmp_path, CONTACT_LENS, rename))
    assert [(t.speaker, t.role) for t in conversation.turns[:2]] == [
        ("p-7", "agent"),
        ("p-9", "customer"),
    ]


def test_raw_output_is_not_vendor_redacted_and_keeps_thai_verbatim():
    conversation = read_one(CONTACT_LENS_THAI)
    assert not conversation.vendor_redacted
    assert conversation.language == "th-TH"
    assert conversation.turns[1].text == "ผมขอเปลี่ยนเบอร์โทรเป็น 089-765-4321 ครับ"
    assert all(not t.redactions for t in conversation.turns)


def test_agent_id_from_the_agent_map_by_contact_id():
    conversation = read_one(
        CONTACT_LENS_THAI, agent_map={"aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee": "A-7"}
    )
    assert conversation.agent_id == "A-7"


def test_detected_from_content_despite_a_misleading_extension(tmp_path):
    for source in (CALL_ANALYTICS, CONTACT_LENS):
        disguised = tmp_path / f"{source.stem}.srt"
        shutil.copy(source, disguised)
        (conversation,) = read_conversations(disguised, str(disguised), ReadOptions())
        assert conversation.source_format == "call-analytics"


def test_turn_without_content_is_named_by_pointer(tmp_path):
    broken = rewrite(tmp_path, CALL_ANALYTICS, lambda d: d["Transcript"][2].pop("Content"))
    with pytest.raises(InputFileError) as error:
        list(READER.read(Source(broken), ReadOptions()))
    assert error.value.reason == "/Transcript/2 has no Content text"


def test_missing_transcript_and_truncated_file(tmp_path):
    no_transcript = rewrite(tmp_path, CALL_ANALYTICS, lambda d: d.pop("Transcript"))
    with pytest.raises(InputFileError, match="not Call Analytics or Contact Lens JSON"):
        list(READER.read(Source(no_transcript), ReadOptions()))
    truncated = tmp_path / "cut.json"
    truncated.write_bytes(CONTACT_LENS.read_bytes()[:700])
    with pytest.raises(InputFileError, match=r"^invalid JSON at line \d+ column \d+"):
        list(read_conversations(truncated, str(truncated), ReadOptions()))


def test_pointers_resolve_to_the_turn_text():
    for path in (CALL_ANALYTICS, CONTACT_LENS, CONTACT_LENS_THAI):
        document = load_json(path)
        for turn in read_one(path).turns:
            assert resolve_pointer(document, turn.locator.pointer) == turn.text
