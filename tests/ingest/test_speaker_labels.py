"""The speaker-label vocabulary, from the case table in cases/speaker_labels.yaml."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from ccaudit.ingest import ReadOptions, read_conversations
from ccaudit.ingest.speaker_labels import role_of_label

CASES = yaml.safe_load((Path(__file__).parent / "cases" / "speaker_labels.yaml").read_text("utf-8"))


def first_turn(tmp_path: Path, text: str):
    path = tmp_path / "call.txt"
    path.write_text(text, encoding="utf-8")
    (conversation,) = read_conversations(path, str(path), ReadOptions(format_in="text"))
    return conversation.turns[0]


@pytest.mark.parametrize("case", CASES["labels"], ids=lambda case: case["id"])
def test_label(tmp_path, case):
    turn = first_turn(tmp_path, case["text"])
    assert (turn.speaker, turn.role, turn.said) == (case["speaker"], case["role"], case["turn"])
    if "start_ms" in case:
        assert turn.start_ms == case["start_ms"]
    if "role_inferred" in case:
        assert turn.role_inferred is case["role_inferred"]


@pytest.mark.parametrize("case", CASES["not_labels"], ids=lambda case: case["id"])
def test_not_a_label(tmp_path, case):
    turn = first_turn(tmp_path, case["text"])
    first_line = case["text"].split("\n")[0]
    assert turn.speaker is None, case["reason"]
    assert first_line.strip().endswith(turn.text.split("\n")[0]), case["reason"]
    assert ":" not in first_line or ":" in turn.text, case["reason"]


@pytest.mark.parametrize("case", CASES["speaker_names"], ids=lambda case: case["label"])
def test_speaker_name(case):
    assert role_of_label(case["label"]) == case["role"]


def test_the_system_label_in_a_chat_is_the_chat_system_and_in_a_call_the_ivr(tmp_path):
    chat = "[09:01] ระบบ: ลูกค้าเข้าสู่ห้องแชท\n[09:02] แอดมิน: สวัสดีค่ะ 😊\n"
    assert first_turn(tmp_path, chat).role == "system"
    call = "[00:00:01] ระบบ: กรุณารอสายสักครู่\n[00:00:09] เจ้าหน้าที่: สวัสดีค่ะ\n"
    assert first_turn(tmp_path, call).role == "ivr"


def test_a_date_after_a_display_name_is_not_in_the_text_that_is_scanned(tmp_path):
    text = (
        "somsri_88 (07/11/2026 09:41): โอนแล้วค่ะ\nBaan Dee (07/11/2026 09:42): ได้รับแล้วค่ะ\n"
        "somsri_88 (07/11/2026 09:43): ขอบคุณค่ะ\nBaan Dee (07/11/2026 09:43): ยินดีค่ะ\n"
    )
    turn = first_turn(tmp_path, text)
    assert (turn.text, turn.said, turn.start_ms) == ("somsri_88: โอนแล้วค่ะ", "โอนแล้วค่ะ", 581000)
    start, end = turn.file_span(0, len(turn.text))
    assert text[start:end] == "somsri_88 (07/11/2026 09:41): โอนแล้วค่ะ"
    colon = turn.text.index(":")
    assert text[slice(*turn.file_span(colon, len(turn.text)))] == ": โอนแล้วค่ะ"
