"""Values the detector does not find are still masked in every excerpt (issue 11 §2): runs of
three or more digits and of spoken digits, in the check outputs, `review list` and the PDFs."""

import pytest
from hostile import CVV, READ_BACK_CARD, database_text, leaks, pdf_text, run

# The agent reads the card back (a violation whose evidence is this turn) and repeats the
# CVV, a PIN said in Thai words and a code said in English words, none of which is detected.
CALL = (
    "Call ID: TH-RB-1\n"
    "Agent ID: A-1\n"
    "Agent: สวัสดีค่ะ ธนาคารตัวอย่างค่ะ\n"
    f"Customer: บัตร {READ_BACK_CARD} ค่ะ\n"
    f"Agent: ทวนนะคะ บัตร {READ_BACK_CARD} รหัส {CVV} พิน หนึ่ง สอง สาม โค้ด seven eight nine\n"
)
UNDETECTED = (f"รหัส {CVV}", "หนึ่ง สอง สาม", "seven eight nine")


@pytest.fixture
def call(tmp_path):
    path = tmp_path / "readback.txt"
    path.write_text(CALL, encoding="utf-8")
    return path


def evidence_outputs(call, tmp_path, fmt):
    out = tmp_path / f"check.{fmt}"
    result = run("check", call, "--rules", "pci-dss", "--format", fmt, "-o", out)
    assert result.exit_code == 1, result.output
    return out.read_text(encoding="utf-8")


@pytest.mark.parametrize("fmt", ["table", "json", "jsonl", "sarif", "junit"])
def test_check_evidence(call, tmp_path, fmt):
    text = evidence_outputs(call, tmp_path, fmt)
    assert "ทวนนะคะ" in text  # the evidence is there, masked
    assert leaks(text, READ_BACK_CARD, *UNDETECTED) == []


def test_store_review_list_and_pdf(call, tmp_path):
    db = tmp_path / "audit.db"
    assert run("audit", call, "--db", db).exit_code == 1
    listing = run("review", "--db", db, "list")
    assert "ทวนนะคะ" in listing.output
    out = tmp_path / "reports"
    assert run("report", "--db", db, "--out", out, "--lang", "th").exit_code == 0
    artifacts = {"database": database_text(db), "review list": listing.output}
    artifacts |= {p.name: pdf_text(p) for p in out.iterdir()}
    assert {name: leaks(text, *UNDETECTED) for name, text in artifacts.items()} == {
        name: [] for name in artifacts
    }
