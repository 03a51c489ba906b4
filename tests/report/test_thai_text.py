from pythainlp.tokenize import word_tokenize
from reportlab.pdfbase import pdfmetrics

from ccaudit.report.thai_text import FONT, break_lines, register_fonts

SENTENCE = (
    "เจ้าหน้าที่ไม่ได้แจ้งลูกค้าว่ามีการบันทึกเสียงการสนทนาก่อนเริ่มยืนยันตัวตนของลูกค้าและไม่ได้ถามว่ามีอะไรให้ช่วยอีกไหมคะ"
)


def test_fonts_are_sarabun_and_shapable():
    regular, bold = register_fonts()
    assert pdfmetrics.getFont(regular).shapable and pdfmetrics.getFont(bold).shapable
    assert "Sarabun" in pdfmetrics.getFont(bold).face.name.decode()


def test_thai_lines_break_only_between_words_and_fit():
    lines = break_lines(SENTENCE, FONT, 12, 150)
    assert len(lines) > 3
    assert "".join(lines) == SENTENCE
    boundaries = set()
    position = 0
    for word in word_tokenize(SENTENCE, engine="newmm"):
        position += len(word)
        boundaries.add(position)
    position = 0
    for line in lines[:-1]:
        position += len(line)
        assert position in boundaries, line
        assert pdfmetrics.stringWidth(line, FONT, 12) <= 150


def test_masked_values_and_latin_words_are_not_split():
    text = "ลูกค้าแจ้งเลขบัตร 453201******0366 และเบอร์ ********** ค่ะ please call back"
    lines = break_lines(text, FONT, 10, 90)
    assert "453201******0366" in lines
    assert all(not line.startswith(" ") and not line.endswith(" ") for line in lines)
    assert " ".join(lines).split() == text.split()


def test_zero_width_spaces_are_dropped_not_drawn():
    lines = break_lines("สวัสดี\u200bค่ะ\u200b", FONT, 10, 500)
    assert lines == ["สวัสดีค่ะ"]


def test_newlines_start_new_lines():
    assert break_lines("CALL-3, 00:07\nขอเลขบัตร", FONT, 10, 500) == ["CALL-3, 00:07", "ขอเลขบัตร"]
