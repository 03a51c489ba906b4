"""Fuzzing the readers (issue 11 §8): whatever the bytes, a reader yields conversations and
per-document errors or raises InputFileError, nothing else; and every name it yields is
display-safe. Bounded for CI: a fixed number of examples, no deadline."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

import pytest
from hostile import fuzz_settings
from hypothesis import example, given
from hypothesis import strategies as st

from ccaudit.errors import InputFileError
from ccaudit.ingest import READERS, ReadOptions, read_conversations
from ccaudit.model import Conversation, InputError

FIXTURES = Path(__file__).parents[2] / "fixtures"
SAMPLES = sorted(p for p in FIXTURES.rglob("*") if p.is_file() and p.name != "agents.csv")
JSON_SAMPLES = [p for p in SAMPLES if p.suffix in (".json", ".vcon")]
FORMATS = [None, *(reader.name for reader in READERS)]
FUZZ = fuzz_settings(40)
CONTROL = {chr(c) for c in range(32)} | {"\x7f"}

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner, max_size=4)
    ),
    max_leaves=12,
)


def read_all(data: bytes, format_name: str | None, name: str = "input") -> list:
    """Every item read from `data`; InputFileError is the one exception a reader may raise."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / name
        path.write_bytes(data)
        try:
            items = list(read_conversations(path, str(path), ReadOptions(format_in=format_name)))
        except InputFileError:
            return []
    for item in items:
        assert isinstance(item, Conversation | InputError)
        names = [item.path] + (
            [item.id, item.agent_id or ""] if isinstance(item, Conversation) else []
        )
        assert not CONTROL & set("".join(names))
    return items


@pytest.mark.parametrize("format_name", FORMATS)
@FUZZ
@given(data=st.binary(max_size=3000))
def test_arbitrary_bytes(format_name, data):
    read_all(data, format_name)


@pytest.mark.parametrize("format_name", FORMATS)
@FUZZ
@given(text=st.text(alphabet=st.characters(codec="utf-8"), max_size=2000))
@example(text="0\r;")  # a lone \r in a CSV header line made csv raise
def test_arbitrary_text(format_name, text):
    read_all(text.encode("utf-8"), format_name)


@FUZZ
@given(sample=st.sampled_from(SAMPLES), cut=st.integers(min_value=0), noise=st.binary(max_size=40))
def test_fixtures_cut_short_or_with_bytes_spliced_in(sample, cut, noise):
    data = sample.read_bytes()
    at = cut % (len(data) + 1)
    read_all(data[:at] + noise + data[at + len(noise) :], None, sample.name)
    read_all(data[:at], None, sample.name)


@FUZZ
@given(
    sample=st.sampled_from(JSON_SAMPLES),
    steps=st.lists(st.integers(min_value=0), max_size=6),
    value=json_values,
)
def test_vendor_json_with_a_field_replaced(sample, steps, value):
    document = json.loads(sample.read_text(encoding="utf-8"))
    read_all(json.dumps(replace_at(document, steps, value)).encode(), None, sample.name)


def replace_at(node, steps: list[int], value):
    """`node` with the subtree that `steps` lead to (each step picks a child) replaced."""
    if not steps or not isinstance(node, dict | list) or not node:
        return value
    keys = list(node) if isinstance(node, dict) else list(range(len(node)))
    key = keys[steps[0] % len(keys)]
    copy = dict(node) if isinstance(node, dict) else list(node)
    copy[key] = replace_at(node[key], steps[1:], value)
    return copy
