"""What each format keeps: encodings and BOMs, line endings, CSV quoting, JSON text byte for
byte outside the redacted strings, word items of spoken digits, split numbers, vendor markers."""

from __future__ import annotations

import bz2
import codecs
import gzip
import json
import lzma
from pathlib import Path

import pytest

from ccaudit.errors import InputFileError

FIXTURES = Path(__file__).parents[2] / "fixtures"
CARD = "4532015112830366"
CALL = f"Agent: สวัสดีค่ะ\r\nCustomer: บัตรเครดิตเลข {CARD} ค่ะ\r\nAgent: ขอบคุณค่ะ\r\n"


@pytest.mark.parametrize(
    "encoding, bom",
    [
        ("utf-8", b""),
        ("utf-8", codecs.BOM_UTF8),
        ("utf-16-le", codecs.BOM_UTF16_LE),
        ("utf-16-be", codecs.BOM_UTF16_BE),
        ("cp874", b""),
    ],
)
def test_the_encoding_and_line_endings_are_kept(round_trip, tmp_path, encoding, bom):
    path = tmp_path / "call.txt"
    path.write_bytes(bom + CALL.encode(encoding))
    trip = round_trip(path)
    raw = trip.outcome.output.read_bytes()
    assert raw.startswith(bom)
    text = raw[len(bom) :].decode(encoding)
    assert text == CALL.replace(CARD, "453201******0366")


@pytest.mark.parametrize(
    ("suffix", "decompress"),
    [(".gz", gzip.decompress), (".bz2", bz2.decompress), (".xz", lzma.decompress)],
)
def test_a_compressed_file_is_copied_compressed_the_same_way(
    round_trip, tmp_path, suffix, decompress
):
    path = tmp_path / f"call.txt{suffix}"
    path.write_bytes(
        {".gz": gzip.compress, ".bz2": bz2.compress, ".xz": lzma.compress}[suffix](CALL.encode())
    )
    trip = round_trip(path)
    raw = trip.outcome.output.read_bytes()
    assert CARD.encode() not in raw
    assert decompress(raw).decode() == CALL.replace(CARD, "453201******0366")
    assert trip.copy and not trip.outcome.left


def test_a_call_in_a_csv_cell_is_redacted_inside_the_cell(round_trip, tmp_path):
    path = tmp_path / "qa-export.csv"
    cell = CALL.replace("\r\n", "\n").strip()
    path.write_text(f'call_id,transcript\nC-1,"{cell}"\n', encoding="utf-8")
    trip = round_trip(path)
    assert [t.role for t in trip.original[0].turns] == ["agent", "customer", "agent"]
    copy = trip.outcome.output.read_text(encoding="utf-8")
    assert copy == f'call_id,transcript\nC-1,"{cell.replace(CARD, "453201******0366")}"\n'


def test_a_call_in_a_json_field_is_redacted_inside_the_field(round_trip, tmp_path):
    path = tmp_path / "calls.jsonl"
    cell = CALL.replace("\r\n", "\n").strip()
    line = json.dumps({"call_id": "C-1", "transcript": cell}, ensure_ascii=False)
    path.write_text(line + "\n", encoding="utf-8")
    trip = round_trip(path)
    assert [t.role for t in trip.original[0].turns] == ["agent", "customer", "agent"]
    assert (
        trip.outcome.output.read_text(encoding="utf-8")
        == line.replace(CARD, "453201******0366") + "\n"
    )


def test_columns_and_fields_named_for_personal_data_are_redacted_whole(round_trip, tmp_path):
    """A bare name in a `display_name` column has no cue a detector could find it by."""
    chat = tmp_path / "chat.csv"
    chat.write_text(
        "chat_id,sender,Display Name,Product Name,customer_phone,message\n"
        "9,customer,Pim Srisuwan,Gold Card,0812345678,my card is lost\n"
        "9,agent,Jomar,Gold Card,,sorry to hear that\n",
        encoding="utf-8",
    )
    copy = round_trip(chat).outcome.output.read_text(encoding="utf-8").splitlines()
    assert copy[1] == "9,customer,************,Gold Card,**********,my card is lost"
    assert copy[2] == "9,agent,*****,Gold Card,,sorry to hear that"
    record = tmp_path / "call.json"
    record.write_text(
        json.dumps({"call_id": "C-1", "customer_name": "สมหญิง ใจดี", "transcript": "hello"}),
        encoding="utf-8",
    )
    kept = json.loads(round_trip(record).outcome.output.read_text(encoding="utf-8"))
    assert kept == {"call_id": "C-1", "customer_name": "***********", "transcript": "hello"}


def test_csv_cells_keep_their_quoting(round_trip, tmp_path):
    path = tmp_path / "tickets.csv"
    rows = [
        "Ticket ID,Subject,Description",
        f'T-1,"Card","lost card {CARD}, please block"',
        f"T-2,Card,card {CARD} again",
    ]
    path.write_text("\r\n".join(rows) + "\r\n", encoding="utf-8")
    trip = round_trip(path, "CREDIT_CARD=replace")
    assert trip.outcome.output.read_bytes().decode().split("\r\n") == [
        "Ticket ID,Subject,Description",
        'T-1,"Card","lost card [CREDIT_CARD], please block"',
        "T-2,Card,card [CREDIT_CARD] again",
        "",
    ]


def test_cells_past_the_header_and_a_table_without_text_are_redacted(round_trip, tmp_path):
    table = tmp_path / "customers.csv"
    table.write_text("customer_id,full_name,dob\nC-1,Wanida Srisuk,1979-12-03\n", encoding="utf-8")
    assert round_trip(table).outcome.output.read_text(encoding="utf-8").splitlines() == [
        "customer_id,full_name,dob",
        "C-1,*************,****-**-**",
    ]
    tickets = tmp_path / "tickets.csv"
    tickets.write_text(
        f"ticket_id,subject,amount\nT-1,refund,3,200.00 refunded to card {CARD}\n",
        encoding="utf-8",
    )
    assert round_trip(tickets, "CREDIT_CARD=replace").outcome.output.read_text(
        encoding="utf-8"
    ).splitlines() == [
        "ticket_id,subject,amount",
        "T-1,refund,3,200.00 refunded to card [CREDIT_CARD]",
    ]


def test_a_thai_id_stored_as_a_json_number_is_redacted_as_a_string(round_trip, tmp_path):
    path = tmp_path / "claims.json"
    path.write_text('{"claim": "C-1", "citizen_id": 3292212195101, "amount": 38450}\n')
    kept = json.loads(round_trip(path).outcome.output.read_text(encoding="utf-8"))
    assert kept == {"claim": "C-1", "citizen_id": "*************", "amount": 38450}


def test_a_csv_with_two_columns_of_one_name_is_not_redacted(round_trip, tmp_path):
    path = tmp_path / "tickets.csv"
    path.write_text(
        f"Ticket ID,Description,Note,Note\nT-1,card {CARD},a,{CARD}\n", encoding="utf-8"
    )
    with pytest.raises(InputFileError, match="two columns share a name"):
        round_trip(path)


def test_json_outside_the_redacted_strings_is_unchanged(round_trip, tmp_path):
    text = (
        '{"JobStatus":"COMPLETED",  "LanguageCode" : "en-US", "Ratio": 1.50,\n'
        ' "Note": "caf\\u00e9",'
        ' "Transcript":[{"ParticipantRole":"CUSTOMER","BeginOffsetMillis":1000,'
        f'"Content":"my card is {CARD}\\/ok","Sentiment":"NEUTRAL"}}]}}'
    )
    path = tmp_path / "analytics.json"
    path.write_text(text, encoding="utf-8")
    copy = round_trip(path).outcome.output.read_bytes().decode()
    assert copy == text.replace(f'"my card is {CARD}\\/ok"', '"my card is 453201******0366/ok"')


def test_ndjson_keeps_one_document_per_line(round_trip):
    path = FIXTURES / "tickets" / "zendesk_export.ndjson"
    trip = round_trip(path)
    original = path.read_text(encoding="utf-8").splitlines(keepends=True)
    copy = trip.outcome.output.read_text(encoding="utf-8").splitlines(keepends=True)
    assert len(copy) == len(original)
    changed = [i for i, (a, b) in enumerate(zip(original, copy, strict=True)) if a != b]
    assert changed
    for i in changed:
        assert list(json.loads(copy[i])) == list(json.loads(original[i]))


def _transcribe(words: list[str]) -> dict:
    items = [
        {
            "id": i,
            "start_time": f"{i}.000",
            "end_time": f"{i}.500",
            "type": "pronunciation",
            "speaker_label": "spk_1",
            "alternatives": [{"confidence": "0.99", "content": word}],
        }
        for i, word in enumerate(words)
    ]
    return {
        "jobName": "spoken-card",
        "results": {"transcripts": [{"transcript": " ".join(words)}], "items": items},
    }


SPOKEN = "my card is four five three two zero one five one one two eight three zero three six six"


def test_a_spoken_number_is_redacted_in_every_word_item(round_trip, tmp_path):
    path = tmp_path / "asrOutput.json"
    path.write_text(json.dumps(_transcribe(SPOKEN.split())), encoding="utf-8")
    trip = round_trip(path, "CREDIT_CARD=replace")
    copy = json.loads(trip.outcome.output.read_text(encoding="utf-8"))
    contents = [item["alternatives"][0]["content"] for item in copy["results"]["items"]]
    assert contents == ["my", "card", "is", "[CREDIT_CARD]"] + [""] * 15
    assert copy["results"]["transcripts"][0]["transcript"] == "my card is [CREDIT_CARD]"
    assert [item["start_time"] for item in copy["results"]["items"]][-1] == "18.000"
    assert trip.outcome.left == []


def test_a_number_split_across_turns_is_redacted_in_every_piece(round_trip, tmp_path):
    path = tmp_path / "split.txt"
    path.write_text(
        "Agent: may I have the card number?\n"
        "Customer: 4532 0151\n"
        "Agent: go on\n"
        "Customer: 1283 0366\n",
        encoding="utf-8",
    )
    trip = round_trip(path, "CREDIT_CARD=remove")
    pieces = [f for f in trip.findings[0] if f.group]
    assert len(pieces) == 2
    copy = trip.outcome.output.read_text(encoding="utf-8")
    assert "4532" not in copy and "0366" not in copy
    assert copy.count("\n") == 4


def test_vendor_markers_stay(round_trip):
    path = FIXTURES / "vendor" / "call_analytics" / "en_redacted.json"
    trip = round_trip(path, "default=replace")
    original = path.read_text(encoding="utf-8")
    copy = trip.outcome.output.read_text(encoding="utf-8")
    for marker in ("[PII]", "[CREDIT_DEBIT_NUMBER]", "[NAME]"):
        assert copy.count(marker) == original.count(marker)
    assert trip.outcome.entries


def test_deepgram_words_in_a_vcon_are_redacted_with_their_transcript(round_trip, tmp_path):
    spoken = ["my", "card", "is", "4532", "0151", "1283", "0366."]
    words = [
        {"word": w.strip(".").lower(), "punctuated_word": w.capitalize() if i == 0 else w,
         "start": i, "end": i + 0.5, "speaker": 1}
        for i, w in enumerate(spoken)
    ]  # fmt: skip
    transcript = "My card is 4532 0151 1283 0366."
    body = {
        "results": {"channels": [{"alternatives": [{"transcript": transcript, "words": words}]}]}
    }
    vcon = {
        "vcon": "0.0.2",
        "parties": [{}, {}],
        "dialog": [{"type": "recording", "start": "2024-06-07T03:00:00Z", "duration": 9}],
        "analysis": [{"type": "transcript", "vendor": "deepgram", "body": body}],
    }
    path = tmp_path / "call.vcon"
    path.write_text(json.dumps(vcon), encoding="utf-8")
    trip = round_trip(path, "CREDIT_CARD=replace")
    copy = json.loads(trip.outcome.output.read_text(encoding="utf-8"))
    alternative = copy["analysis"][0]["body"]["results"]["channels"][0]["alternatives"][0]
    assert [w["punctuated_word"] for w in alternative["words"]][3:] == [
        "[CREDIT_CARD]",
        "",
        "",
        ".",
    ]
    assert alternative["transcript"] == "My card is [CREDIT_CARD]."
    assert trip.outcome.left == []


def test_fields_that_hold_personal_data_by_definition_go_whole(round_trip):
    path = FIXTURES / "vendor" / "vcon" / "th_en_redacted_transcript.vcon"
    trip = round_trip(path, "PERSON=hash")
    copy = json.loads(trip.outcome.output.read_text(encoding="utf-8"))
    parties = copy["parties"]
    assert parties[0]["name"].startswith("<PERSON_") and parties[0]["role"] == "agent"
    assert parties[0]["mailto"] == "*" * len("agent.ploy@example.com")
    assert parties[1]["tel"] == "+***********"
    reasons = {(e.redaction.entity_type, e.redaction.reason) for e in trip.outcome.entries}
    assert ("PHONE_NUMBER", "personal field") in reasons


@pytest.mark.parametrize(
    "call",
    [
        "[Somchai Jaidee] hi, my card is blocked\n[Agent] ok\n"
        "[Somchai Jaidee] thanks\n[Agent] bye\n",
        "00:01 | SOMCHAI JAIDEE | hi\n00:02 | Agent | hello\n00:03 | SOMCHAI JAIDEE | ok\n",
    ],
)
def test_a_display_name_in_brackets_or_a_table_column_is_redacted(round_trip, tmp_path, call):
    path = tmp_path / "chat.txt"
    path.write_text(call, encoding="utf-8")
    redacted = round_trip(path).outcome.output.read_text(encoding="utf-8")
    assert "somchai" not in redacted.lower()
    assert "Agent" in redacted
