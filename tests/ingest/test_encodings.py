"""Encodings: UTF-8 with and without BOM, UTF-16 LE/BE with BOM, TIS-620/CP874."""

from __future__ import annotations

import codecs
import gzip

import pytest

from ccaudit.errors import InputFileError
from ccaudit.ingest.decode import HEAD_BYTES, detect_encoding

THAI_CALL = (
    "รหัสพนักงาน: AG-1042\r\n"
    "เจ้าหน้าที่: สวัสดีค่ะ ขอเลขบัตรประชาชนค่ะ\r\n"
    "ลูกค้า: ๓๑๐๐๕๐๐๑๒๓๔๕๘ ครับ\r\n"
    "เบอร์ 081-234-5678 ครับ\r\n"
)

ENCODED = {
    "utf-8": THAI_CALL.encode("utf-8"),
    "utf-8-bom": codecs.BOM_UTF8 + THAI_CALL.encode("utf-8"),
    "utf-16-le": codecs.BOM_UTF16_LE + THAI_CALL.encode("utf-16-le"),
    "utf-16-be": codecs.BOM_UTF16_BE + THAI_CALL.encode("utf-16-be"),
    "tis-620": THAI_CALL.encode("tis-620"),
    "cp874": THAI_CALL.encode("cp874"),
}


@pytest.mark.parametrize("name", ENCODED)
def test_thai_call_reads_identically_in_every_encoding(tmp_path, read_path, name):
    path = tmp_path / f"{name}.txt"
    path.write_bytes(ENCODED[name])
    (call,) = read_path(path)
    assert call.agent_id == "AG-1042"
    assert [(t.role, t.text) for t in call.turns] == [
        ("agent", "สวัสดีค่ะ ขอเลขบัตรประชาชนค่ะ"),
        ("customer", "๓๑๐๐๕๐๐๑๒๓๔๕๘ ครับ\r\nเบอร์ 081-234-5678 ครับ"),
    ]
    for turn in call.turns:
        start = turn.locator.offset
        assert THAI_CALL[start : start + len(turn.text)] == turn.text


def test_utf8_is_not_mistaken_for_tis620_when_the_head_cuts_a_character():
    text = "ก" * (HEAD_BYTES // 3 + 1)
    head = text.encode("utf-8")[:HEAD_BYTES]
    assert head[-1] >= 0x80
    assert detect_encoding(head) == "utf-8"


def test_utf8_invalid_after_the_head_is_refused_when_read(tmp_path, read_path):
    path = tmp_path / "late.txt"
    path.write_bytes(("Agent: " + "a" * HEAD_BYTES + "\n").encode() + b"Customer: \xff\xfe\n")
    with pytest.raises(InputFileError, match=r"invalid utf-8 byte sequence at or after line \d"):
        read_path(path)


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        (b"", "empty file"),
        (b"Agent: hi\x00there", "binary file"),
        (bytes(range(1, 9)) * 40 + b"text", "binary file"),
        (gzip.compress(b"Agent: hi\n"), "gzip-compressed data, not text"),
        (b"PK\x03\x04\x14\x00calls/", "zip archive, not text; extract it first"),
        ("Agent: café crème".encode("latin-1"), "not UTF-8, UTF-16 or TIS-620"),
    ],
)
def test_what_is_not_text_is_refused(raw, reason):
    with pytest.raises(InputFileError, match=reason):
        detect_encoding(raw)
