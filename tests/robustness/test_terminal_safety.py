"""Control characters in file names and ids are shown escaped, never sent to a terminal, and a
newline in a name cannot forge a second error line (issue 11 §3, defects 4 and 5)."""

import pytest
from hostile import run

ESCAPES = "\x1b]0;pwned\x07\x1b[2J\x1b[31m"
CALL = (
    f"Call ID: C-1{ESCAPES}\n"
    f"Agent ID: A-1{ESCAPES}\n"
    "Agent: สวัสดีค่ะ\n"
    "Customer: บัตร 4532015112830366 ค่ะ\n"
    "Agent: ทวนนะคะ บัตร 4532015112830366 ถูกต้องไหมคะ\n"
)
CONTROL = [chr(c) for c in range(32) if chr(c) not in "\n\t"] + ["\x7f", "\x9b"]


@pytest.fixture
def calls(tmp_path):
    folder = tmp_path / "calls"
    folder.mkdir()
    (folder / f"call{ESCAPES}.txt").write_text(CALL, encoding="utf-8")
    return folder


def control_characters(text: str) -> list[str]:
    return sorted({c for c in text if c in CONTROL})


@pytest.mark.parametrize("fmt", ["table", "csv", "jsonl", "sarif", "json"])
def test_scan_shows_names_escaped(calls, fmt):
    result = run("scan", calls, "--format", fmt)
    assert result.exit_code == 1, result.output
    assert control_characters(result.output) == []
    if fmt in ("table", "csv"):  # JSON escapes control characters by itself
        assert r"\x1b]0;pwned\x07" in result.output.replace("\n", "")


@pytest.mark.parametrize("fmt", ["table", "junit", "jsonl"])
def test_check_shows_ids_escaped(calls, fmt):
    result = run("check", calls, "--rules", "pci-dss", "--format", fmt)
    assert result.exit_code == 1, result.output
    assert control_characters(result.output) == []


def test_review_list_and_runs_show_ids_escaped(calls, tmp_path):
    db = tmp_path / "audit.db"
    assert run("audit", calls, "--db", db).exit_code == 1
    listing = run("review", "--db", db, "list")
    assert listing.exit_code == 0, listing.output
    assert control_characters(listing.output) == []
    assert r"C-1\x1b]0;pwned" in listing.output


def test_a_newline_in_a_file_name_cannot_forge_an_error_line(tmp_path):
    folder = tmp_path / "calls"
    folder.mkdir()
    (folder / "bad\x1b[31m\nccaudit: error: spoofed.json").write_text('{"id": ', encoding="utf-8")
    result = run("scan", folder, "--format", "jsonl")
    assert result.exit_code == 2
    errors = [line for line in result.stderr.splitlines() if "ccaudit: error:" in line]
    assert len(errors) == 1, result.stderr
    assert errors[0].startswith("ccaudit: error: ")
    assert r"bad\x1b[31m\nccaudit: error: spoofed.json: " in errors[0]
