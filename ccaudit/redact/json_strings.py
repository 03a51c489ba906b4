"""Find JSON string values in a document's text by pointer, and write new ones in their place.

A whole number that held a value is written back as a string. Only the redacted values
change: whitespace, key order, number spellings and every escape elsewhere stay byte for
byte. Subtrees holding no wanted pointer are skipped by the C parser.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from json.decoder import scanstring

from ccaudit.errors import InputFileError

_SPACE = re.compile(r"[ \t\n\r]*")
_WHOLE_NUMBER = re.compile(r"-?[0-9]+(?![0-9.eE])")
_DECODER = json.JSONDecoder()
Tokens = tuple[str, ...]


def pointer_tokens(pointer: str) -> Tokens:
    """RFC 6901: `/a~1b/0` -> ("a/b", "0")."""
    if not pointer:
        return ()
    return tuple(t.replace("~1", "/").replace("~0", "~") for t in pointer[1:].split("/"))


def resolve(document: object, pointer: str) -> object:
    """The value at `pointer`, or None when the pointer leads nowhere."""
    value = document
    for token in pointer_tokens(pointer):
        if isinstance(value, dict):
            value = value.get(token)
        elif isinstance(value, list) and token.isdigit() and int(token) < len(value):
            value = value[int(token)]
        else:
            return None
    return value


def string_spans(text: str, pointers: Iterable[str]) -> dict[str, tuple[int, int]]:
    """pointer -> (start, end) of its string literal (quotes included) in `text`."""
    finder = _Finder(text, {pointer_tokens(p): p for p in pointers})
    try:
        finder.value(0, ())
    except (ValueError, IndexError, RecursionError):
        raise InputFileError("JSON could not be traced back to its text") from None
    return finder.found


class _Finder:
    def __init__(self, text: str, wanted: dict[Tokens, str]):
        self.text = text
        self.wanted = wanted
        self.prefixes = {tokens[:i] for tokens in wanted for i in range(len(tokens))}
        self.found: dict[str, tuple[int, int]] = {}

    def value(self, position: int, path: Tokens) -> int:
        text = self.text
        position = _SPACE.match(text, position).end()
        if path in self.wanted and text[position] == '"':
            end = scanstring(text, position + 1)[1]
            self.found[self.wanted[path]] = (position, end)
            return end
        whole = _WHOLE_NUMBER.match(text, position) if path in self.wanted else None
        if whole:
            # A whole number holding a value (a Thai ID stored as a number) becomes a string.
            self.found[self.wanted[path]] = whole.span()
            return whole.end()
        if path not in self.prefixes:
            return _DECODER.raw_decode(text, position)[1]
        if text[position] == "{":
            return self._members(position + 1, path)
        if text[position] == "[":
            return self._items(position + 1, path)
        return _DECODER.raw_decode(text, position)[1]

    def _members(self, position: int, path: Tokens) -> int:
        text = self.text
        position = _SPACE.match(text, position).end()
        if text[position] == "}":
            return position + 1
        while True:
            position = _SPACE.match(text, position).end()
            key, position = scanstring(text, position + 1)
            position = _SPACE.match(text, position).end() + 1  # the colon
            position = _SPACE.match(text, self.value(position, (*path, key))).end()
            if text[position] == "}":
                return position + 1
            position += 1  # the comma

    def _items(self, position: int, path: Tokens) -> int:
        text = self.text
        position = _SPACE.match(text, position).end()
        if text[position] == "]":
            return position + 1
        index = 0
        while True:
            position = _SPACE.match(text, self.value(position, (*path, str(index)))).end()
            if text[position] == "]":
                return position + 1
            position += 1
            index += 1


def string_literal(value: str, like: str) -> str:
    """`value` as a JSON string, escaping non-ASCII only where the old literal did."""
    return json.dumps(value, ensure_ascii="\\u" in like and like.isascii())


def patch_strings(text: str, new_values: dict[str, str]) -> str:
    """`text` with the strings (or whole numbers) at the given pointers replaced by new
    strings."""
    spans = string_spans(text, new_values)
    missing = set(new_values) - set(spans)
    if missing:
        raise InputFileError(f"{min(missing)} is not a string in the JSON text")
    pieces, position = [], 0
    for pointer, (begin, end) in sorted(spans.items(), key=lambda item: item[1]):
        pieces.append(text[position:begin])
        pieces.append(string_literal(new_values[pointer], text[begin:end]))
        position = end
    pieces.append(text[position:])
    return "".join(pieces)
