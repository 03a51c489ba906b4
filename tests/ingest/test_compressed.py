"""Exports compressed with gzip, bzip2 or xz are read as the files they hold."""

from __future__ import annotations

import bz2
import gzip
import lzma
from pathlib import Path

import pytest
from ingest_helpers import FIXTURES

from ccaudit.errors import InputFileError

COMPRESS = {".gz": gzip.compress, ".bz2": bz2.compress, ".xz": lzma.compress}
PLAIN = FIXTURES / "calls" / "en04-pan-read-back.txt"
WHOLE_JSON = FIXTURES / "vendor" / "turn_list" / "whisperx_segments.json"


def compressed(tmp_path: Path, original: Path, suffix: str) -> Path:
    path = tmp_path / (original.name + suffix)
    path.write_bytes(COMPRESS[suffix](original.read_bytes()))
    return path


def turns(conversations) -> list[tuple]:
    return [(t.text, t.role, t.locator) for c in conversations for t in c.turns]


@pytest.mark.parametrize("suffix", COMPRESS)
@pytest.mark.parametrize("original", [PLAIN, WHOLE_JSON], ids=["text", "json"])
def test_read_as_the_file_it_holds(tmp_path, read_path, original, suffix):
    packed = read_path(compressed(tmp_path, original, suffix))
    plain = read_path(original)
    assert turns(packed) == turns(plain)
    assert [c.source_format for c in packed] == [c.source_format for c in plain]


def test_cut_short_or_corrupt_data_is_one_line(tmp_path, read_path):
    whole = gzip.compress(PLAIN.read_bytes() * 200)
    cut = tmp_path / "cut.txt.gz"
    cut.write_bytes(whole[: len(whole) // 2])
    with pytest.raises(InputFileError, match="^the gzip data is corrupt or cut short$"):
        read_path(cut)
    corrupt = tmp_path / "corrupt.txt.gz"
    corrupt.write_bytes(whole[:10] + b"\x00" * 64 + whole[74:])
    with pytest.raises(InputFileError, match="^the gzip data is corrupt or cut short$"):
        read_path(corrupt)


def test_an_archive_is_refused_in_one_line(tmp_path, read_path):
    archive = tmp_path / "calls.zip"
    archive.write_bytes(b"PK\x03\x04\x14\x00\x00\x00calls/a.txt")
    with pytest.raises(InputFileError, match="^zip archive, not text; extract it first$"):
        read_path(archive)
