"""Roles of unnamed speakers: inferred from what they say (cases/role_inference.yaml), marked
as inferred, abstaining without clear evidence, and never over a label or option."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from ccaudit.ingest import ReadOptions, read_conversations
from ccaudit.model import Conversation

CASES = yaml.safe_load((Path(__file__).parent / "cases" / "role_inference.yaml").read_text("utf-8"))


def read_text(tmp_path: Path, text: str, name: str = "call.txt", **options) -> Conversation:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    (conversation,) = read_conversations(path, str(path), ReadOptions(**options))
    return conversation


def roles(conversation: Conversation) -> dict[str, tuple[str, bool]]:
    return {t.speaker: (t.role, t.role_inferred) for t in conversation.turns if t.speaker}


@pytest.mark.parametrize("case", CASES["cases"], ids=lambda case: case["id"])
def test_inferred_agent(tmp_path, case):
    found = roles(read_text(tmp_path, case["text"]))
    if case["agent"] is None:
        assert set(found.values()) == {("unknown", False)}
    else:
        expected = {label: ("customer", True) for label in found}
        expected[case["agent"]] = ("agent", True)
        assert found == expected


def test_no_infer_roles_leaves_the_speakers_unknown(tmp_path):
    text = CASES["cases"][0]["text"]
    assert set(roles(read_text(tmp_path, text, infer_roles=False)).values()) == {("unknown", False)}


def test_the_option_wins_over_what_is_said(tmp_path):
    text = CASES["cases"][0]["text"]
    found = roles(read_text(tmp_path, text, agent_speaker="Speaker 2"))
    assert found == {"Speaker 2": ("agent", False), "Speaker 1": ("customer", False)}


def test_a_role_word_wins_and_the_other_person_is_not_inferred(tmp_path):
    text = (
        "Speaker 1: hi, I'm calling about my bill\nAgent: Thank you for calling, how can I help?\n"
    )
    found = roles(read_text(tmp_path, text))
    assert found == {"Speaker 1": ("customer", False), "Agent": ("agent", False)}


def test_a_customer_label_makes_the_one_other_person_the_agent(tmp_path):
    text = "spk_0: hello\nลูกค้า: สวัสดีค่ะ\nspk_0: ok\n"
    assert roles(read_text(tmp_path, text)) == {
        "spk_0": ("agent", False),
        "ลูกค้า": ("customer", False),
    }


def test_caption_voices_are_inferred_too(tmp_path):
    vtt = (
        "WEBVTT\n\n00:00:00.000 --> 00:00:03.000\n"
        "<v Speaker 1>Thank you for calling Example Bank, how can I help?</v>\n\n"
        "00:00:03.500 --> 00:00:06.000\n<v Speaker 2>Hi, I'd like to block my card.</v>\n"
    )
    found = roles(read_text(tmp_path, vtt, name="call.vtt"))
    assert found == {"Speaker 1": ("agent", True), "Speaker 2": ("customer", True)}


def test_inferred_roles_reach_the_findings(tmp_path):
    from ccaudit.pii import Detector

    text = CASES["cases"][0]["text"] + "Speaker 2: my card is 4532 0151 1283 0366\n"
    conversation = read_text(tmp_path, text)
    (card,) = [f for f in Detector().scan(conversation) if f.entity_type == "CREDIT_CARD"]
    assert (card.speaker, card.speaker_inferred) == ("customer", True)
    assert card.as_dict()["speaker_inferred"] is True


def test_check_results_say_when_the_roles_were_inferred(tmp_path):
    from ccaudit.adherence import Checker, load_packs
    from ccaudit.adherence.resolve import resolve_pack_paths

    checker = Checker(load_packs(resolve_pack_paths(("en-support",))))
    text = CASES["cases"][0]["text"]
    inferred = checker.check(read_text(tmp_path, text), [])
    applicable = [r for r in inferred if r.status != "not_applicable"]
    assert applicable
    assert all(
        r.reason.endswith(" (speaker roles inferred from what was said)") for r in applicable
    )
    labelled = text.replace("Speaker 1:", "Agent:").replace("Speaker 2:", "Customer:")
    stated = checker.check(read_text(tmp_path, labelled, name="labelled.txt"), [])
    assert [r.status for r in stated] == [r.status for r in inferred]
    assert not any("inferred" in r.reason for r in stated)


def test_a_recorded_menu_before_two_unnamed_people_is_the_ivr(tmp_path):
    text = (
        "spk_0: welcome to example water, for billing press two, please hold while we connect you\n"
        "spk_1: good morning example water, this is lee, how can i help\n"
        "spk_2: hi my bill looks too high this month\n"
        "spk_1: can i have your account number for verification\n"
    )
    assert roles(read_text(tmp_path, text)) == {
        "spk_0": ("ivr", True),
        "spk_1": ("agent", True),
        "spk_2": ("customer", True),
    }


@pytest.mark.parametrize(
    "text",
    [
        # The first of three speakers talks again later: a person, not a menu.
        "spk_0: please hold while I connect you, press one\nspk_1: hello\nspk_2: hi\n"
        "spk_0: ok thanks\n",
        # Says nothing a menu says.
        "spk_0: hello there\nspk_1: good morning example water, how can i help\n"
        "spk_2: hi my bill\n",
    ],
)
def test_three_speakers_without_a_clear_menu_stay_unknown(tmp_path, text):
    assert {role for role, _ in roles(read_text(tmp_path, text)).values()} == {"unknown"}


def test_a_and_b_name_nobody_so_roles_are_inferred_even_when_a_is_the_customer(tmp_path):
    text = (
        "A: hi, I'm calling because my card got blocked\n"
        "B: Thank you for calling Example Bank, this is Tom. Can I have your date of birth?\n"
        "A: third of June 1980\n"
        "B: Thanks. Is there anything else I can help with?\n"
    )
    assert roles(read_text(tmp_path, text)) == {"A": ("customer", True), "B": ("agent", True)}
