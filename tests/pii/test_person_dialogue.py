"""PERSON across turns: answers to a request for a name, repeats of a name found once, chat
display names. The cases are the `dialogues` of tests/cases/recognizers/person.yaml."""

from pathlib import Path

import pytest
import yaml
from name_helpers import person_names

CASES = Path(__file__).parents[1] / "cases" / "recognizers" / "person.yaml"


def dialogue_cases() -> list:
    cases = yaml.safe_load(CASES.read_text(encoding="utf-8"))["dialogues"]
    return [pytest.param(case, id=f"person::dialogue::{case['id']}") for case in cases]


@pytest.mark.parametrize("case", dialogue_cases())
def test_dialogue_case(detector, conversation, case):
    turns = [tuple(turn) for turn in case["turns"]]
    conv = conversation(*turns)
    found = []
    for finding in detector.scan(conv):
        if finding.entity_type == "PERSON":
            turn = conv.turns[finding.turn]
            start, end = turn.text_span(finding.start, finding.end)
            found.append([finding.turn, turn.text[start:end]])
    assert found == case["expect"]


def test_a_team_in_brackets_after_a_note_author_is_no_other_form_of_the_name(
    detector, conversation
):
    text = "Note by Pongsakorn (Retention) 17:22\ncalled back, no answer"
    found = detector.scan(conversation(("agent", text)))
    assert [text[f.start : f.end] for f in found if f.entity_type == "PERSON"] == ["Pongsakorn"]


def test_a_speaker_label_that_is_a_name_said_in_the_call(detector, tmp_path):
    from ccaudit.ingest import ReadOptions, read_conversations

    path = tmp_path / "chat.txt"
    path.write_text(
        "ฝน: สวัสดีค่ะ ช้อปปี้ค่ะ ดิฉันฝนค่ะ\n"
        "ลูกค้า: ค่ะ สั่งของแล้วของไม่มาส่งค่ะ\n"
        "ฝน: ขอหมายเลขคำสั่งซื้อค่ะ\n"
        "ลูกค้า: 240315RTX8K3QW ค่ะ\n"
        "ฝน: ขนส่งแจ้งว่าฝนตกหนักค่ะ\n"
        "ลูกค้า: โอเคค่ะ\n",
        encoding="utf-8",
    )
    (conv,) = read_conversations(path, "chat.txt", ReadOptions())
    names = person_names(detector, conv)
    # The label names the agent in each of her turns; ฝนตก ("it rains") names no one.
    assert names == [(0, "ฝน"), (0, "ฝน"), (2, "ฝน"), (4, "ฝน")]
