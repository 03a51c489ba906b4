"""A card number and a Thai ID in file names and `Call ID:` headers never reach an artifact
(issue 11 §2): every scan and check format, the SQLite file, `review list` and the PDFs."""

import json

import pytest
from hostile import CARD, THAI_ID, database_text, leaks, pdf_text, run

PHONE_AGENT = "0891234567"  # an agent id shaped like a Thai mobile number
CALL = (
    "Call ID: {call_id}\n"
    "Agent ID: {agent_id}\n"
    "Agent: สวัสดีค่ะ ธนาคารตัวอย่างค่ะ\n"
    "Customer: บัตร 5425233430109903 ค่ะ\n"
    "Agent: ทวนนะคะ บัตร 5425233430109903 ถูกต้องไหมคะ\n"
)
RAW = (CARD, THAI_ID, PHONE_AGENT)


@pytest.fixture
def calls(tmp_path):
    folder = tmp_path / "calls"
    folder.mkdir()
    (folder / f"card-{CARD}.txt").write_text(
        CALL.format(call_id=THAI_ID, agent_id="A-1"), encoding="utf-8"
    )
    (folder / f"id {THAI_ID}.txt").write_text(
        CALL.format(call_id=f"CARD-{CARD}", agent_id=PHONE_AGENT), encoding="utf-8"
    )
    comment = {"author_id": 7, "public": True, "plain_body": "ขอเช็คยอดค่ะ"}
    ticket = {"id": int(CARD), "subject": "Help", "requester_id": 7, "comments": [comment]}
    (folder / f"ticket-{THAI_ID}.json").write_text(json.dumps(ticket), encoding="utf-8")
    return folder


@pytest.mark.parametrize("fmt", ["table", "json", "jsonl", "sarif", "csv"])
def test_scan_outputs(calls, tmp_path, fmt):
    out = tmp_path / f"findings.{fmt}"
    result = run("scan", calls, "--format", fmt, "-o", out)
    assert result.exit_code == 1, result.output
    assert leaks(out.read_text(encoding="utf-8") + result.output, *RAW) == []


def test_scan_table_on_stdout_names_the_files_masked(calls, monkeypatch):
    monkeypatch.chdir(calls)  # short paths: table cells that do not wrap
    result = run("scan", ".")
    assert leaks(result.output, *RAW) == []
    assert "card-453957******1486.txt" in result.output


@pytest.mark.parametrize("fmt", ["table", "json", "jsonl", "sarif", "junit"])
def test_check_outputs(calls, tmp_path, fmt):
    out = tmp_path / f"results.{fmt}"
    result = run("check", calls, "--rules", "pci-dss", "--format", fmt, "-o", out)
    assert result.exit_code == 1, result.output
    assert leaks(out.read_text(encoding="utf-8") + result.output, *RAW) == []


def test_database_review_list_and_pdfs(calls, tmp_path):
    db = tmp_path / "audit.db"
    audited = run("audit", calls, "--db", db, "--hash-key", "k")
    assert audited.exit_code == 1, audited.output
    listing = run("review", "--db", db, "list")
    runs = run("review", "--db", db, "runs")
    out = tmp_path / "reports"
    reported = run("report", "--db", db, "--out", out, "--lang", "en")
    assert reported.exit_code == 0, reported.output
    pdfs = sorted(out.iterdir())
    assert len(pdfs) == 4  # two agents, the ticket without one, and the team
    artifacts = {
        "audit": audited.output,
        "database": database_text(db),
        "review list": listing.output,
        "review runs": runs.output,
        "report": reported.output + "".join(p.name for p in pdfs),
        **{p.name: pdf_text(p) for p in pdfs},
    }
    assert {name: leaks(text, *RAW) for name, text in artifacts.items()} == {
        name: [] for name in artifacts
    }
