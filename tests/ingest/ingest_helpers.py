"""Functions the ingest tests share (a plain module: conftest names clash across folders)."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ccaudit.ingest import ReadOptions, Source
from ccaudit.model import Conversation

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"


def decoded_text(path: Path) -> str:
    """The file as the readers decode it: BOM dropped, line endings untouched."""
    raw = path.read_bytes()
    for bom, codec in (
        (b"\xef\xbb\xbf", "utf-8-sig"),
        (b"\xff\xfe", "utf-16"),
        (b"\xfe\xff", "utf-16"),
    ):
        if raw.startswith(bom):
            return raw.decode(codec)
    return raw.decode("utf-8")


def assert_turns_are_slices(text: str, conversation: Conversation) -> None:
    for turn in conversation.turns:
        start = turn.locator.offset
        assert text[start : start + len(turn.text)] == turn.text, turn
        line = text[:start].count("\n") + 1 if "\n" in text else text[:start].count("\r") + 1
        assert turn.locator.line == line, turn


def resolve_pointer(document: Any, pointer: str) -> Any:
    """RFC 6901: follow `/a/0/b~1c` through dicts and lists."""
    value = document
    for token in pointer.split("/")[1:]:
        token = token.replace("~1", "/").replace("~0", "~")
        value = value[int(token)] if isinstance(value, list) else value[token]
    return value


def load_json(path: Path) -> Any:
    return json.loads(path.read_text(encoding="utf-8"))


def one_conversation_reader(reader) -> Callable[..., Conversation]:
    """read_one(path, **options): the file's only conversation, as `reader` reads it."""

    def read_one(path: Path, **options: Any) -> Conversation:
        (conversation,) = reader.read(Source(path), ReadOptions(**options))
        return conversation

    return read_one


def rewrite(tmp_path: Path, source: Path, change: Callable[[Any], object]) -> Path:
    """A copy of a JSON fixture in tmp_path, changed in place by `change`."""
    document = load_json(source)
    change(document)
    target = tmp_path / source.name
    target.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    return target
