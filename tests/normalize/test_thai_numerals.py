from ccaudit.normalize import normalize
from ccaudit.normalize.thai_numerals import thai_numerals_to_ascii


def test_thai_numerals_become_ascii_digits_in_place():
    assert thai_numerals_to_ascii("เลข ๐๘๑-๒๓๔-๕๖๗๘ ค่ะ") == "เลข 081-234-5678 ค่ะ"


def test_text_without_thai_numerals_is_returned_unchanged():
    text = "no numerals 123"
    assert thai_numerals_to_ascii(text) is text


def test_normalize_maps_a_thai_numeral_number_back_to_its_written_form():
    source = "บัตร ๔๕๓๒๐๑๕๑๑๒๘๓๐๓๖๖ ค่ะ"
    result = normalize(source)
    start = result.text.index("4532015112830366")
    s, e = result.to_source(start, start + 16)
    assert source[s:e] == "๔๕๓๒๐๑๕๑๑๒๘๓๐๓๖๖"
