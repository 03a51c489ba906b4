"""Privacy red team: values planted outside any transcript body (call and agent ids, speaker
labels, vendor metadata, CSV column names, command-line options), searched for in every
artifact: scan, check and audit outputs, the database, the PDFs, redacted copies, manifests.

Tests marked xfail describe a leak whose fix lies outside the files of this suite's author
(the detector, the rule-pack loader, the audit pipeline); they turn into failures once fixed.
"""

from __future__ import annotations

import hashlib
import json
import re
import shutil
import sqlite3
from pathlib import Path

import pytest
from hostile import database_text, leaks, pdf_text, run
from pypdf import PdfReader
from stdnum import luhn

from ccaudit.model import Conversation

CARD = "4716526018159088"
OTHER_CARD = "5392301661318607"
THAI_ID = "3600400781238"
PHONE = "0898765432"
EMAIL = "wiroj.sukprasert@example.co.th"
FIXTURES = Path(__file__).parents[2] / "fixtures"


def read(path: Path) -> str:
    return path.read_bytes().decode("utf-8", errors="replace")


def copies_text(out: Path) -> dict[str, str]:
    return {str(p.relative_to(out)): read(p) for p in sorted(out.rglob("*")) if p.is_file()}


def grouped(digits: str, sizes: tuple[int, ...], separator: str) -> str:
    groups, position = [], 0
    for size in sizes:
        groups.append(digits[position : position + size])
        position += size
    return separator.join(groups)


@pytest.mark.parametrize("separator", [" ", "  ", "+", " - ", "-", "_", ". "])
@pytest.mark.parametrize(
    ("value", "sizes"), [(CARD, (4, 4, 4, 4)), (THAI_ID, (1, 4, 5, 2, 1)), (PHONE, (3, 3, 4))]
)
def test_grouped_numbers_in_names_and_ids_are_masked(value, sizes, separator):
    name = f"call {grouped(value, sizes, separator)}.txt"
    conversation = Conversation(name, name, "text", [], agent_id=name)
    kept = value[:6] + value[-4:] if value == CARD else ""
    for shown in (conversation.id, conversation.path, conversation.agent_id):
        assert "".join(c for c in shown if c.isdigit()) == kept, shown


def test_a_phone_number_in_brackets_is_masked():
    assert Conversation("(089) 876-5432", "x", "text", []).id == "(***) ***-****"


@pytest.fixture
def id_files(tmp_path: Path) -> Path:
    """Files whose ids, labels and metadata hold values no detector reads as text."""
    folder = tmp_path / "calls"
    folder.mkdir()
    (folder / "headers.txt").write_text(
        f"Call ID: {THAI_ID}\nAgent ID: {PHONE}\n"
        "Agent: สวัสดีค่ะ ธนาคารตัวอย่างค่ะ\n"
        f"Customer: บัตร {OTHER_CARD} ค่ะ\n",
        encoding="utf-8",
    )
    (folder / "voices.vtt").write_text(
        "WEBVTT\n\n"
        f"00:00:01.000 --> 00:00:03.000\n<v {CARD}>my card is {OTHER_CARD}</v>\n\n"
        f"00:00:04.000 --> 00:00:06.000\n<v {EMAIL}>thanks</v>\n",
        encoding="utf-8",
    )
    (folder / "labels.srt").write_text(
        f"1\n00:00:01,000 --> 00:00:02,500\n{PHONE}: my card is {OTHER_CARD}\n",
        encoding="utf-8",
    )
    genesys = json.loads((FIXTURES / "vendor/genesys/th_ivr_agent.json").read_text("utf-8"))
    genesys["conversationId"] = f"conv-{CARD}"
    (folder / "genesys.json").write_text(json.dumps(genesys, ensure_ascii=False), "utf-8")
    return folder


def test_redacted_copies_hold_ids_and_labels_as_outputs_show_them(id_files, tmp_path):
    out, manifest = tmp_path / "shared", tmp_path / "manifest.jsonl"
    result = run("redact", id_files, "--out", out, "--manifest", manifest)
    assert result.exit_code == 0, result.output
    copies = copies_text(out)
    assert len(copies) == 4
    assert {name: leaks(text, CARD, THAI_ID, PHONE, EMAIL) for name, text in copies.items()} == {
        name: [] for name in copies
    }
    headers = next(text for name, text in copies.items() if name.endswith("headers.txt"))
    assert headers.startswith("Call ID: *************\nAgent ID: **********\n")
    reasons = {json.loads(line)["reason"] for line in manifest.read_text("utf-8").splitlines()}
    assert "display-safe id" in reasons
    assert leaks(read(manifest) + result.output, CARD, THAI_ID, PHONE, EMAIL) == []


def test_a_copy_keeps_ids_that_need_no_masking(tmp_path):
    call = tmp_path / "call.txt"
    call.write_text(
        "Call ID: TH-CALL-0001\nAgent ID: A-7\nAgent: hello\nCustomer: card 4532015112830366\n"
        "Customer: my order is 1234567890\n",
        encoding="utf-8",
    )
    result = run("redact", call, "--out", tmp_path / "out")
    assert result.exit_code == 0, result.output
    copy = next((tmp_path / "out").rglob("call.txt")).read_text("utf-8")
    assert copy.startswith("Call ID: TH-CALL-0001\nAgent ID: A-7\n")
    assert "my order is 1234567890" in copy  # no id is masked, so nothing else is touched


@pytest.fixture
def csv_export(tmp_path: Path) -> Path:
    """A ticket export whose body column is named by a card number."""
    path = tmp_path / "export.csv"
    path.write_text(f'Ticket ID,{CARD}\nT-1,"my card {OTHER_CARD} thanks"\n', encoding="utf-8")
    return path


def test_csv_column_names_reach_no_output(csv_export, tmp_path):
    mapping = ("--map", f"body={CARD}")
    artifacts = {}
    for fmt in ("jsonl", "json", "sarif", "csv"):
        out = tmp_path / f"scan.{fmt}"
        assert run("scan", csv_export, *mapping, "--format", fmt, "-o", out).exit_code == 1
        artifacts[f"scan {fmt}"] = read(out)
    out = tmp_path / "check.jsonl"
    assert run("check", csv_export, *mapping, "--format", "jsonl", "-o", out).exit_code == 1
    artifacts["check"] = read(out)
    db, sarif = tmp_path / "audit.db", tmp_path / "audit.sarif"
    audited = run("audit", csv_export, *mapping, "--db", db, "--format", "sarif", "-o", sarif)
    assert audited.exit_code == 1, audited.output
    artifacts |= {"database": database_text(db), "audit sarif": read(sarif)}
    manifest = tmp_path / "manifest.jsonl"
    run("redact", csv_export, *mapping, "--out", tmp_path / "out", "--manifest", manifest)
    artifacts["manifest"] = read(manifest)
    assert "471652******9088" in artifacts["scan jsonl"]  # the column, named display-safe
    assert {name: leaks(text, CARD) for name, text in artifacts.items()} == {
        name: [] for name in artifacts
    }


def test_csv_column_names_are_display_safe_in_the_copy(tmp_path):
    export = tmp_path / "export.csv"
    export.write_text(
        f'Ticket ID,Ticket Description,{CARD}\nT-1,"my card {OTHER_CARD} thanks",x\n',
        encoding="utf-8",
    )
    assert run("redact", export, "--out", tmp_path / "out").exit_code == 0
    copy = read(next((tmp_path / "out").rglob("export.csv")))
    assert copy.startswith("Ticket ID,Ticket Description,471652******9088\n")
    assert leaks(copy, CARD, OTHER_CARD) == []


@pytest.fixture
def audited(tmp_path: Path) -> Path:
    call = tmp_path / "call.txt"
    call.write_text(
        "Agent ID: A-1\nspk_0: สวัสดีค่ะ ธนาคารตัวอย่างค่ะ\nspk_1: บัตร 5425233430109903 ค่ะ\n",
        encoding="utf-8",
    )
    # A database named by a Thai ID: its name is the team's when --team is not given.
    db = tmp_path / f"{THAI_ID}.db"
    result = run("audit", call, "--db", db, "--agent-speaker", PHONE)
    assert result.exit_code == 1, result.output
    return db


def test_options_are_stored_display_safe(audited):
    assert leaks(database_text(audited), PHONE) == []


@pytest.mark.parametrize("team", [f"ทีม {CARD}", None])
def test_the_team_name_is_display_safe_in_every_pdf(audited, tmp_path, team):
    out = tmp_path / "reports"
    result = run("report", "--db", audited, "--out", out, *(["--team", team] if team else []))
    assert result.exit_code == 0, result.output
    pdfs = sorted(out.glob("*.pdf"))
    assert pdfs
    for pdf in pdfs:
        metadata = json.dumps({k: str(v) for k, v in (PdfReader(pdf).metadata or {}).items()})
        assert leaks(pdf_text(pdf) + metadata + pdf.name, CARD, THAI_ID) == [], pdf.name


def test_rule_titles_from_a_pack_are_display_safe(tmp_path):
    pack = tmp_path / "pack.yaml"
    pack.write_text(
        f"""pack: leaky
version: "1.0.0"
language: en
description: Test card {CARD}
rules:
  - id: no-test-card
    title: {{en: "Never say {CARD}", th: "ห้ามพูด {CARD}"}}
    severity: high
    section: compliance
    custom_pattern:
      pattern: 'card'
      expect: absent
    examples:
      fail: ["Agent: the card is blocked"]
      pass: ["Agent: hello"]
""",
        encoding="utf-8",
    )
    call = tmp_path / "call.txt"
    call.write_text("Agent: your card is blocked\nCustomer: ok\n", encoding="utf-8")
    out = tmp_path / "check.jsonl"
    run("check", call, "--rules", pack, "--format", "jsonl", "-o", out)
    listed = run("rules", "list", pack)
    docs = run("rules", "docs", pack)
    assert leaks(read(out) + listed.output + docs.output, CARD) == []


@pytest.mark.parametrize(
    "written", [f"card{CARD}", f"{CARD}xyz", "/".join([CARD[:4], CARD[4:8], CARD[8:12], CARD[12:]])]
)
def test_a_card_in_other_written_forms_is_redacted(tmp_path, written):
    note = tmp_path / "note.txt"
    note.write_text(f"note: customer card number {written} reported stolen\n", encoding="utf-8")
    run("redact", note, "--out", tmp_path / "out")
    copy = read(next((tmp_path / "out").rglob("note.txt")))
    assert CARD[6:12] not in "".join(c for c in copy if c.isdigit())  # the hidden middle


def _card_from_content_hash(db: Path) -> str | None:
    """What anyone holding the database can do without any key: the finding's mask gives
    the card's first 6 and last 4, the note's wording is a guess, and the file's unkeyed
    sha256 confirms the one of 10^5 Luhn-valid middles that matches."""
    with sqlite3.connect(db) as connection:
        digest = connection.execute("SELECT sha256 FROM input_files").fetchone()[0]
        masked = connection.execute("SELECT masked FROM findings").fetchone()[0]
    first, last = masked[:6], masked[-4:]
    for middle in range(10**6):
        card = f"{first}{middle:06d}{last}"
        if not luhn.is_valid(card):
            continue
        if hashlib.sha256(f"Card {card}\n".encode()).hexdigest() == digest:
            return card
    return None


def test_a_stored_content_hash_does_not_give_the_card_back(tmp_path):
    note = tmp_path / "note.txt"
    note.write_text(f"Card {CARD}\n", encoding="utf-8")
    db = tmp_path / "audit.db"
    assert run("audit", note, "--db", db, "--hash-key", "a-long-random-secret-key").exit_code == 1
    assert _card_from_content_hash(db) is None


def test_caption_speaker_names_are_redacted(tmp_path):
    captions = tmp_path / "call.vtt"
    shutil.copy(FIXTURES / "vendor/webvtt/teams_th_en.vtt", captions)
    captions.write_text(
        captions.read_text("utf-8").replace("Carlos Far&#237;as", "Wiroj Sukprasert"), "utf-8"
    )
    run("redact", captions, "--out", tmp_path / "out")
    copy = read(next((tmp_path / "out").rglob("call.vtt")))
    assert "Sukprasert" not in copy and "<v Agent ****>" in copy  # the role word stays


def test_srt_speaker_names_are_redacted_and_roles_stay(tmp_path):
    captions = tmp_path / "call.srt"
    text = (FIXTURES / "vendor/srt/th_en_prefixes.srt").read_text("utf-8")
    captions.write_text(text.replace("ลูกค้า:", "Wiroj Sukprasert:", 1), "utf-8")
    run("redact", captions, "--out", tmp_path / "out")
    copy = read(next((tmp_path / "out").rglob("call.srt")))
    assert "Wiroj" not in copy and "Sukprasert" not in copy
    assert re.search(r"^\*[* ]+\*: บัตรเครดิตหาย", copy, re.M)  # the name masked, the cue kept
    assert copy.count("Agent:") == text.count("Agent:")


def test_a_guessable_hash_key_is_not_taken_silently(tmp_path):
    call = tmp_path / "call.txt"
    call.write_text(f"Agent: hello\nCustomer: card {CARD}\n", encoding="utf-8")
    result = run("audit", call, "--db", tmp_path / "audit.db", "--hash-key", "demo-key")
    assert result.exit_code == 2 or "ccaudit: warning:" in result.stderr
