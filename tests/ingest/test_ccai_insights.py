import json
import shutil
from pathlib import Path

import pytest
from ingest_helpers import load_json, one_conversation_reader, resolve_pointer

from ccaudit.errors import InputFileError
from ccaudit.ingest import ReadOptions, Source, read_conversations
from ccaudit.ingest.ccai_insights import READER

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "vendor" / "ccai_insights"
THAI_RELATIVE = FIXTURES / "th_upload_relative.json"
ENGLISH_ABSOLUTE = FIXTURES / "en_upload_absolute.json"
RESOURCE = FIXTURES / "conversation_resource.json"


read_one = one_conversation_reader(READER)


def test_upload_roles_including_bot_and_end_user():
    conversation = read_one(THAI_RELATIVE)
    assert [t.role for t in conversation.turns] == ["bot", "agent", "customer", "agent", "customer"]
    assert [t.speaker for t in conversation.turns] == ["0", "2", "1", "2", "1"]


def test_unknown_vendor_roles_stay_unknown():
    assert read_one(ENGLISH_ABSOLUTE).turns[3].role == "unknown"


def test_relative_microseconds_become_milliseconds():
    conversation = read_one(THAI_RELATIVE)
    assert [t.start_ms for t in conversation.turns] == [0, 4200, 7900, 15250, 18000]


def test_absolute_epoch_microseconds_are_made_relative():
    conversation = read_one(ENGLISH_ABSOLUTE)
    assert [t.start_ms for t in conversation.turns] == [0, 3500, 9250, 12000]


def test_text_is_verbatim_with_a_pointer_to_the_field():
    turn = read_one(THAI_RELATIVE).turns[2]
    assert turn.text == "บัตรหายครับ เลขบัตร 4532 0151 1283 0366 เบอร์ผม 081-234-5678 ครับ"
    assert turn.locator.pointer == "/entries/2/text"


def test_ids_and_agent():
    conversation = read_one(THAI_RELATIVE)
    assert conversation.id == "ccai-th-0001"
    assert conversation.agent_id == "2"
    assert conversation.metadata == {"categories": "card_services"}
    assert read_one(ENGLISH_ABSOLUTE).id == "en_upload_absolute"
    mapped = read_one(THAI_RELATIVE, agent_map={"ccai-th-0001": "A-1"})
    assert mapped.agent_id == "A-1"


def test_conversation_resource_segments():
    conversation = read_one(RESOURCE)
    assert conversation.id == "conv-res-0042"
    assert conversation.agent_id == "agent-0042"
    assert conversation.language == "en-US"
    assert conversation.channel == "voice"
    assert [t.role for t in conversation.turns] == ["agent", "customer"]
    assert [(t.start_ms, t.end_ms) for t in conversation.turns] == [(400, 2300), (2600, 5600)]
    assert conversation.turns[1].locator.pointer == "/transcript/transcriptSegments/1/text"


def test_detected_from_content_despite_a_misleading_extension(tmp_path):
    disguised = tmp_path / "export.csv"
    shutil.copy(THAI_RELATIVE, disguised)
    (conversation,) = read_conversations(disguised, str(disguised), ReadOptions())
    assert conversation.source_format == "ccai-insights"


def test_entry_without_text_is_named_by_pointer(tmp_path):
    document = json.loads(THAI_RELATIVE.read_text(encoding="utf-8"))
    del document["entries"][3]["text"]
    document["entries"][3]["transcript"] = "ขอเลขบัตรประชาชนด้วยค่ะ"
    broken = tmp_path / "broken.json"
    broken.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(InputFileError) as error:
        list(READER.read(Source(broken), ReadOptions()))
    assert error.value.reason == "/entries/3 has no text"


def test_truncated_file_is_a_one_line_error(tmp_path):
    truncated = tmp_path / "cut.json"
    truncated.write_bytes(THAI_RELATIVE.read_bytes()[:400])
    with pytest.raises(InputFileError, match=r"^invalid JSON at line \d+ column \d+"):
        list(READER.read(Source(truncated), ReadOptions()))


def test_pointers_resolve_to_the_turn_text():
    for path in (THAI_RELATIVE, ENGLISH_ABSOLUTE, RESOURCE):
        document = load_json(path)
        for turn in read_one(path).turns:
            assert resolve_pointer(document, turn.locator.pointer) == turn.text
