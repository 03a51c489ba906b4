"""One vocabulary across outputs: the same turn number, time and mask for the same finding
in scan, check, review and the PDF; paths readable at 80 columns."""

import json
from pathlib import Path

from click.testing import CliRunner
from report_helpers import pdf_text
from rich.console import Console

from ccaudit.cli import main

FIXTURE = Path(__file__).parents[2] / "fixtures" / "text" / "th_card_call.txt"
CARD_MASK = "453201******0366"


def run(*args):
    return CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)


def test_the_card_is_the_same_turn_time_and_mask_everywhere(tmp_path):
    scanned = [
        json.loads(line) for line in run("scan", FIXTURE, "--format", "jsonl").stdout.splitlines()
    ]
    [card] = [f for f in scanned if f["entity_type"] == "CREDIT_CARD"]
    assert (card["turn"], card["start_ms"], card["masked"]) == (6, 28_000, CARD_MASK)

    db = tmp_path / "a.db"
    run("audit", FIXTURE, "--db", db, "-q")
    listed = run("review", "list", "--db", db, "--entity", "CREDIT_CARD").stdout
    assert "turn 6 · 00:28" in listed and CARD_MASK in listed
    item = listed.split()[0]
    shown = run("review", "show", item, "--db", db).stdout
    assert "> turn 6" in shown and "00:28" in shown and CARD_MASK in shown

    out = tmp_path / "reports"
    run("report", "--db", db, "--out", out, "--lang", "en")
    text = " ".join(pdf_text(out / "agent-AG-1042.pdf").split())
    assert "Card number · turn 6 · 00:28" in text and CARD_MASK in text


def test_scan_table_keeps_paths_whole_at_80_columns(tmp_path, monkeypatch):
    relative = Path("exports/2026-11/card-services/calls/th_card_call_from_the_recording.txt")
    (tmp_path / relative).parent.mkdir(parents=True)
    (tmp_path / relative).write_text(FIXTURE.read_text(encoding="utf-8"), encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    # Off a terminal the table is 140 wide; draw it as an 80-column terminal would.
    monkeypatch.setattr(
        "ccaudit.output.table.make_console",
        lambda stream: Console(file=stream, width=80, no_color=True),
    )
    lines = run("scan", relative).stdout.splitlines()
    assert all(len(line.rstrip()) <= 80 for line in lines)
    assert lines.count(str(relative)) == 2  # whole, in the files list and above its findings
