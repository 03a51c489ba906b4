"""The pieces under the writers: JSON strings found in their text, CSV cells, word items,
and the sweep of repeated values."""

from __future__ import annotations

import csv
import io

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ccaudit.errors import InputFileError
from ccaudit.model import Locator
from ccaudit.redact.csv_cells import data_rows
from ccaudit.redact.edits import Edit, Redaction
from ccaudit.redact.json_file import NdjsonFile
from ccaudit.redact.json_strings import patch_strings, pointer_tokens
from ccaudit.redact.sweep import sweep_edits
from ccaudit.redact.text_file import TextFile
from ccaudit.redact.words import TextEdit, WordRef, locate_words, project


def test_json_strings_are_patched_where_they_are():
    text = '{"a" : [1, {"b":"x\\u00e9", "c/d": "keep"}], "e~f": "old", "n": 1.50}'
    patched = patch_strings(text, {"/a/1/b": "NEW", "/e~0f": "ดี"})
    assert patched == '{"a" : [1, {"b":"NEW", "c/d": "keep"}], "e~f": "ดี", "n": 1.50}'
    assert pointer_tokens("/a~1b/~0") == ("a/b", "~")
    with pytest.raises(InputFileError):
        patch_strings(text, {"/n": "x"})


def test_a_whole_number_is_patched_as_a_string():
    text = '{"id": 3292212195101, "amount": 38450.50}'
    assert patch_strings(text, {"/id": "*************"}) == (
        '{"id": "*************", "amount": 38450.50}'
    )


@given(st.lists(st.lists(st.text(alphabet='ab ,"\n\r', max_size=5), min_size=2, max_size=3),
                min_size=2, max_size=4))  # fmt: skip
def test_csv_cells_read_as_the_csv_module_reads_them(rows):
    buffer = io.StringIO()
    csv.writer(buffer).writerows([["id", "body", "x"][: len(rows[0])], *rows])
    text = buffer.getvalue()
    parsed = list(csv.reader(io.StringIO(text, newline="")))
    header, data = data_rows(text, ",")
    expected = [row for row in parsed[1:] if any(cell.strip() for cell in row)]
    assert header == parsed[0]
    assert [[cell.value for cell in cells] for cells in data.values()] == expected


def _words(*contents: str) -> list[WordRef]:
    return [WordRef(f"/items/{i}", (f"/items/{i}/content",), c) for i, c in enumerate(contents)]


def test_a_replacement_goes_to_the_first_word_and_a_mask_is_shared_out():
    words = _words("card", "4111", "1111", "1111.", "ok")
    spans = locate_words("card 4111 1111 1111. ok", words, strict=True)
    assert project(spans, words, [TextEdit(5, 19, "[CARD]")]) == {1: "[CARD]", 2: "", 3: "."}
    masked = project(spans, words, [TextEdit(5, 19, "4111 11** 1111")])
    assert masked == {1: "4111", 2: "11**", 3: "1111."}
    with pytest.raises(InputFileError):
        locate_words("card 4111 x 1111", _words("card", "4111", "1111"), strict=True)


def test_the_sweep_finds_repeats_but_not_inside_other_numbers():
    origin = Edit(Locator(), 0, 3, "***", Redaction("CARD_CVV", "mask"))
    text = "cvv 123 then 1 2 3 at 00:01.123 and x1234"
    found = sweep_edits(TextFile(text).sweep_regions(), [origin], ["123"], {})
    assert [(e.start, e.end) for e in found] == [(4, 7), (13, 18)]


def test_ndjson_lines_break_only_at_line_endings():
    assert NdjsonFile('{"a":"x\u2028y"}\r\n\n{"b":1}').lines == [
        '{"a":"x\u2028y"}\r\n',
        "\n",
        '{"b":1}',
    ]
