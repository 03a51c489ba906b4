"""An English report shows English rule titles even for calls checked in Thai."""

from click.testing import CliRunner
from pypdf import PdfReader

from ccaudit.cli import main

THAI_CALL = """รหัสการโทร: TT-1
รหัสพนักงาน: AG-9
เจ้าหน้าที่: ค่ะ มีอะไรให้ช่วยคะ
ลูกค้า: จะถามยอดค้างชำระค่ะ
เจ้าหน้าที่: ยอดค้างชำระห้าพันบาทค่ะ
"""


def test_english_report_translates_bundled_rule_titles(tmp_path):
    (tmp_path / "call.txt").write_text(THAI_CALL, encoding="utf-8")
    db, out = tmp_path / "a.db", tmp_path / "reports"
    runner = CliRunner()
    audited = runner.invoke(main, ["audit", str(tmp_path / "call.txt"), "--db", str(db), "-q"])
    assert audited.exit_code in (0, 1), audited.output
    reported = runner.invoke(
        main, ["report", "--db", str(db), "--out", str(out), "--lang", "en", "--agent", "AG-9"]
    )
    assert reported.exit_code == 0, reported.output
    text = "".join(page.extract_text() for page in PdfReader(out / "agent-AG-9.pdf").pages)
    assert "Greeting with the organisation's name" in " ".join(text.split())
