"""Every format `scan` reads, redacted and read back with the same reader: no value found
in the original is left, the structure and the turns are the same, offsets hold where the
operator kept lengths, and the copy's own scan is clean."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from redact_values import values_of

from ccaudit.ingest import READERS
from ccaudit.ingest.decode import detect_encoding
from ccaudit.redact.csv_cells import data_rows

FIXTURES = Path(__file__).parents[2] / "fixtures"
# One case per fixture file that holds PII, every format among them (checked below).
CASES = sorted(
    p
    for folder in ("text", "tickets", "vendor")
    for p in (FIXTURES / folder).rglob("*")
    if p.is_file()
)


def _id(path: Path) -> str:
    return str(path.relative_to(FIXTURES))


def test_the_cases_cover_every_format(round_trip):
    formats = set()
    for path in CASES:
        formats.add(round_trip(path).file_format)
    assert formats == {reader.name for reader in READERS}


@pytest.mark.parametrize("path", CASES, ids=_id)
def test_no_value_is_left(round_trip, path):
    trip = round_trip(path)
    copy = _decoded(trip.outcome.output)
    values = [v for v in values_of(trip.original, trip.findings) if len(v.strip()) >= 3]
    assert values, "every case holds PII"
    assert [v for v in values if v in copy] == []
    assert trip.outcome.left == []


@pytest.mark.parametrize("path", CASES, ids=_id)
def test_structure_and_turns_are_kept(round_trip, path):
    trip = round_trip(path)
    assert [len(c.turns) for c in trip.copy] == [len(c.turns) for c in trip.original]
    original, copy = _decoded(path), _decoded(trip.outcome.output)
    assert _shape(trip.file_format, copy) == _shape(trip.file_format, original)
    assert detect_encoding(trip.outcome.output.read_bytes()[:4096]) == detect_encoding(
        path.read_bytes()[:4096]
    )


@pytest.mark.parametrize("path", CASES, ids=_id)
def test_offsets_hold_where_lengths_are_kept(round_trip, path):
    trip = round_trip(path, "default=mask")
    values = values_of(trip.original, trip.findings)
    masks = [f.masked for found in trip.findings for f in found]
    if any(len(v) != len(m) for v, m in zip(values, masks, strict=True)):
        pytest.skip("a value was spoken in words: its mask is the digits it stands for")
    assert [[(t.locator, len(t.text), t.source_index) for t in c.turns] for c in trip.copy] == [
        [(t.locator, len(t.text), t.source_index) for t in c.turns] for c in trip.original
    ]


def _decoded(path: Path) -> str:
    raw = path.read_bytes()
    return raw.decode(detect_encoding(raw[:65536])).lstrip("\ufeff")


def _shape(file_format: str, text: str) -> object:
    """What must not change: JSON keys, types and lengths; CSV rows, columns and quoting;
    caption timings; line endings."""
    endings = [line[len(line.rstrip("\r\n")) :] for line in text.splitlines(keepends=True)]
    if file_format == "csv":
        rows = list(csv.reader(io.StringIO(text)))
        quoting = [[c.quoted for c in cells] for cells in data_rows(text, ",")[1].values()]
        return [len(row) for row in rows], quoting, endings
    if file_format in ("webvtt", "srt"):
        return [line for line in text.splitlines() if "-->" in line], endings
    if file_format == "text":
        return endings
    if file_format == "ndjson" or _json_lines(text):
        return [_skeleton(json.loads(line)) for line in text.splitlines() if line.strip()]
    return _skeleton(json.loads(text))


def _json_lines(text: str) -> bool:
    """A turn list may be JSON Lines: its first line is a whole JSON value."""
    try:
        json.loads(text.splitlines()[0])
    except ValueError:
        return False
    return "\n" in text.strip()


def _skeleton(value: object) -> object:
    if isinstance(value, dict):
        return [(key, _skeleton(item)) for key, item in value.items()]
    if isinstance(value, list):
        return [_skeleton(item) for item in value]
    return value if not isinstance(value, str) else str
