"""Planted values and helpers shared by the robustness tests: run the CLI, search artifacts."""

from __future__ import annotations

import os
import re
import sqlite3
from pathlib import Path

from click.testing import CliRunner
from hypothesis import settings
from pypdf import PdfReader

from ccaudit.cli import main

# Synthetic values, none of which the detector is asked to find where they are planted.
CARD = "4539578763621486"  # Luhn-valid Visa
THAI_ID = "1101700203450"  # passes the mod-11 checksum
READ_BACK_CARD = "5425233430109903"
CVV = "123"
CALL = "Agent: สวัสดีค่ะ\nCustomer: บัตร 4532015112830366 ค่ะ\n"

# A table may wrap a long cell across lines; box-drawing characters and spaces between the
# pieces must not hide a value from the search.
_LAYOUT = re.compile(r"[\s│┃┆┊║|]+")


def fuzz_settings(examples: int) -> settings:
    """Bounded for CI: `examples` per test, no deadline (the machine is shared). Set
    CCAUDIT_FUZZ_SCALE=50 to search fifty times longer by hand."""
    return settings(
        max_examples=examples * int(os.environ.get("CCAUDIT_FUZZ_SCALE", "1")), deadline=None
    )


def run(*args, **kwargs):
    return CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False, **kwargs)


def pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)


def database_text(path: Path) -> str:
    """Every value in every table, and the file's raw bytes, as one searchable text."""
    with sqlite3.connect(path) as connection:
        tables = [
            row[0]
            for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        ]
        cells = [
            str(value)
            for table in tables
            if not table.startswith("sqlite_")
            for row in connection.execute(f"SELECT * FROM {table}")  # noqa: S608
            for value in row
        ]
    return "\n".join(cells) + path.read_bytes().decode("utf-8", errors="ignore")


def flat(text: str) -> str:
    """Text without spaces, line breaks and table borders: a wrapped cell joined up again."""
    return _LAYOUT.sub("", text)


def leaks(artifact: str, *raw_values: str) -> list[str]:
    """The planted values found in an artifact, also across wrapped table cells."""
    return [raw for raw in raw_values if raw in artifact or flat(raw) in flat(artifact)]
