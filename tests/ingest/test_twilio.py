import json
import shutil
from pathlib import Path

import pytest
from ingest_helpers import load_json, one_conversation_reader, resolve_pointer, rewrite

from ccaudit.errors import InputFileError
from ccaudit.ingest import ReadOptions, Source, read_conversations
from ccaudit.ingest.twilio import READER
from ccaudit.pii import Detector

VENDOR = Path(__file__).resolve().parents[2] / "fixtures" / "vendor"
PAGE = VENDOR / "twilio" / "en_sentences_page.json"
WITH_TRANSCRIPT = VENDOR / "twilio" / "th_sentences_with_transcript.json"
CARD = "4111 1111 1111 1111"


read_one = one_conversation_reader(READER)


def test_sentences_are_verbatim_turns_labelled_by_channel():
    conversation = read_one(PAGE)
    assert [t.speaker for t in conversation.turns] == ["ch_1", "ch_2"] * 3
    assert conversation.turns[3].text == f"Sure, it's {CARD}."
    assert conversation.turns[3].locator.pointer == "/sentences/3/transcript"
    assert conversation.channel == "voice"
    assert not conversation.vendor_redacted


def test_string_and_number_seconds_become_milliseconds():
    assert [(t.start_ms, t.end_ms) for t in read_one(PAGE).turns][:2] == [(320, 4100), (4600, 7050)]
    numbers = read_one(WITH_TRANSCRIPT).turns[3]
    assert (numbers.start_ms, numbers.end_ms) == (9500, 13000)


def test_turns_follow_sentence_index_not_file_order(tmp_path):
    shuffled = rewrite(tmp_path, PAGE, lambda d: d["sentences"].reverse())
    conversation = read_one(shuffled)
    assert [t.text for t in conversation.turns] == [t.text for t in read_one(PAGE).turns]
    assert conversation.turns[0].locator.pointer == "/sentences/5/transcript"
    assert [t.index for t in conversation.turns] == list(range(6))


def test_channels_are_not_roles_without_an_option_or_inference():
    assert {t.role for t in read_one(PAGE, infer_roles=False).turns} == {"unknown"}
    inferred = read_one(PAGE).turns
    assert [t.role for t in inferred] == ["agent", "customer"] * 3
    assert all(t.role_inferred for t in inferred)
    for option in ({"agent_channel": "1"}, {"agent_channel": "ch_1"}, {"agent_speaker": "ch_1"}):
        roles = [t.role for t in read_one(PAGE, **option).turns]
        assert roles == ["agent", "customer"] * 3, option


def test_transcript_participants_give_roles_and_their_details_stay_out():
    conversation = read_one(WITH_TRANSCRIPT)
    assert [(t.speaker, t.role) for t in conversation.turns] == [
        ("ch_2", "agent"),
        ("ch_1", "customer"),
        ("ch_2", "agent"),
        ("ch_1", "customer"),
        ("ch_2", "agent"),
    ]
    assert conversation.id == "GT0000000000000000000000000000008b"
    assert conversation.language == "th-TH"
    exposed = repr([t.speaker for t in conversation.turns]) + repr(conversation)
    assert "66812345678" not in exposed and "Ploy" not in exposed


def test_participants_at_the_top_level_and_older_role_names(tmp_path):
    def flatten(document):
        transcript = document.pop("transcript")
        document["channel"] = transcript["channel"]
        document["channel"]["participants"] = [
            {"channel_participant": 1, "role": "Customer"},
            {"channel_participant": 2, "role": "Agent"},
        ]

    roles = [t.role for t in read_one(rewrite(tmp_path, WITH_TRANSCRIPT, flatten)).turns]
    assert roles == ["agent", "customer", "agent", "customer", "agent"]


def test_a_channel_the_participants_disagree_on_stays_unknown(tmp_path):
    def both_on_one(document):
        document["transcript"]["channel"]["participants"] = [
            {"channel_participant": 1, "type": "CUSTOMER"},
            {"channel_participant": 1, "type": "HUMAN_AGENT"},
            {"channel_participant": 2, "type": "AI_AGENT"},
        ]

    turns = read_one(rewrite(tmp_path, WITH_TRANSCRIPT, both_on_one)).turns
    roles = {t.speaker: t.role for t in turns}
    assert roles == {"ch_1": "unknown", "ch_2": "bot"}


def test_conversation_id_from_the_page_url_else_the_file_stem(tmp_path):
    assert read_one(PAGE).id == "GT0000000000000000000000000000007a"
    without_meta = rewrite(tmp_path, PAGE, lambda d: d.pop("meta"))
    assert read_one(without_meta).id == "en_sentences_page"
    assert read_one(PAGE, agent_map={"GT0000000000000000000000000000007a": "A-7"}).agent_id == "A-7"


def pages(document: dict) -> list[dict]:
    """The document split into two API pages of three sentences."""
    first, second = json.loads(json.dumps(document)), json.loads(json.dumps(document))
    url = document["meta"]["url"]
    first["sentences"], second["sentences"] = document["sentences"][:3], document["sentences"][3:]
    first["meta"].update(page_size=3, next_page_url=url.replace("Page=0", "Page=1"))
    second["meta"].update(page=1, page_size=3, url=url.replace("Page=0", "Page=1"))
    return [first, second]


def test_an_ndjson_of_pages_is_one_conversation_per_page(tmp_path, read_path):
    path = tmp_path / "sentences.ndjson"
    lines = (json.dumps(page) for page in pages(load_json(PAGE)))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    first, second = read_path(path)
    assert (first.id, second.id) == (
        "GT0000000000000000000000000000007a-page0",
        "GT0000000000000000000000000000007a-page1",
    )
    assert {first.source_format, second.source_format} == {"twilio"}
    assert second.turns[0].text == f"Sure, it's {CARD}."
    assert (second.turns[0].locator.line, second.turns[0].locator.pointer) == (
        2,
        "/sentences/0/transcript",
    )


def test_pages_without_a_transcript_sid_are_named_by_line(tmp_path, read_path):
    path = tmp_path / "sentences.ndjson"
    stripped = []
    for page in pages(load_json(PAGE)):
        page.pop("meta")
        stripped.append(json.dumps(page))
    path.write_text("\n".join(stripped) + "\n", encoding="utf-8")
    assert [c.id for c in read_path(path)] == ["sentences-line1", "sentences-line2"]


def test_a_json_array_of_pages_is_read_too(tmp_path, read_path):
    path = tmp_path / "sentences.json"
    path.write_text(json.dumps(pages(load_json(PAGE))), encoding="utf-8")
    assert [len(c.turns) for c in read_path(path)] == [3, 3]


def test_finding_offsets_point_at_the_card_inside_the_transcript_field():
    document = load_json(PAGE)
    (conversation,) = read_conversations(PAGE, str(PAGE), ReadOptions(agent_channel="1"))
    (card,) = [f for f in Detector().scan(conversation) if f.entity_type == "CREDIT_CARD"]
    field = resolve_pointer(document, card.locator.pointer)
    assert field[card.start : card.end] == CARD
    assert (card.speaker, card.start_ms) == ("customer", 10800)


def test_pointers_resolve_to_the_turn_text():
    for path in (PAGE, WITH_TRANSCRIPT):
        document = load_json(path)
        for turn in read_one(path).turns:
            assert resolve_pointer(document, turn.locator.pointer) == turn.text


def test_detected_from_content_despite_a_misleading_extension(tmp_path):
    disguised = tmp_path / "call.srt"
    shutil.copy(PAGE, disguised)
    (conversation,) = read_conversations(disguised, str(disguised), ReadOptions())
    assert conversation.source_format == "twilio"


def test_no_other_vendor_fixture_is_taken_for_twilio():
    others = [p for p in VENDOR.rglob("*.*") if p.parent.name != "twilio"]
    assert others and not [p.name for p in others if READER.sniff(Source(p))]


def test_truncated_file_is_a_one_line_error(tmp_path):
    truncated = tmp_path / "cut.json"
    truncated.write_bytes(PAGE.read_bytes()[:700])
    with pytest.raises(InputFileError, match=r"^invalid JSON at line \d+ column \d+"):
        list(READER.read(Source(truncated), ReadOptions()))


def test_bad_sentences_are_named_by_pointer_never_by_content(tmp_path):
    no_text = rewrite(tmp_path, PAGE, lambda d: d["sentences"][3].pop("transcript"))
    with pytest.raises(InputFileError) as error:
        read_one(no_text)
    assert error.value.reason == "/sentences/3 has no transcript"
    bad_time = rewrite(tmp_path, PAGE, lambda d: d["sentences"][2].update(end_time="soon"))
    with pytest.raises(InputFileError) as error:
        read_one(bad_time)
    assert error.value.reason == "/sentences/2/end_time is not a number of seconds"
    no_index = rewrite(tmp_path, PAGE, lambda d: d["sentences"][4].pop("sentence_index"))
    with pytest.raises(InputFileError) as error:
        read_one(no_index)
    assert error.value.reason == "/sentences/4 has no sentence_index"


def test_forcing_twilio_on_another_layout_says_what_is_missing(tmp_path, read_path):
    with pytest.raises(InputFileError, match="^not Twilio sentences JSON"):
        read_path(VENDOR / "genesys" / "th_ivr_agent.json", format_in="twilio")


def test_a_page_without_sentences_is_a_conversation_without_turns(tmp_path):
    empty = rewrite(tmp_path, PAGE, lambda d: d.update(sentences=[]))
    assert read_one(empty).turns == []
