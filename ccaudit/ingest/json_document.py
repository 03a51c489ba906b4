"""Shared JSON plumbing: parse a file once with a clear error, sniff it, dispatch per object.

A JSON reader exposes, besides `sniff`/`read`, `sniff_object(obj) -> bool` and
`read_object(obj, source, options, pointer="") -> Iterator[Conversation]`, so an NDJSON
export or a JSON file holding a list of documents can hand each object to the right reader.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator, Sequence
from typing import Any, Protocol
from weakref import WeakKeyDictionary

from ccaudit.errors import InputFileError
from ccaudit.ingest.base import ReadOptions, Source
from ccaudit.model import Conversation

_JSON_START = re.compile(
    r'\s*(?:\{\s*["}]|\[\s*(?:[\[{"\]]|true\b|false\b|null\b|-?\d+(?:\.\d+)?\s*[,\]]))'
)
# Parsed once per Source: detection asks several readers about the same file.
_PARSED: WeakKeyDictionary[Source, Any] = WeakKeyDictionary()
_JSON_LINES: WeakKeyDictionary[Source, bool] = WeakKeyDictionary()
_HEAD_ERRORS: WeakKeyDictionary[Source, InputFileError | None] = WeakKeyDictionary()


class ObjectReader(Protocol):
    name: str

    def sniff_object(self, obj: Any) -> bool: ...

    def read_object(
        self, obj: Any, source: Source, options: ReadOptions, pointer: str = ""
    ) -> Iterator[Conversation]: ...


def looks_like_json(source: Source) -> bool:
    """The text starts like a JSON object or array (cheap; says nothing about validity).

    Only the first token is checked, so `[00:00:01] Agent:` is a transcript, not an array.
    """
    return _JSON_START.match(source.head) is not None


def parse_json(source: Source) -> Any:
    """The whole file as JSON, or InputFileError naming the line and column of the problem.

    A syntax error that the head shows on its own (see not_json) is reported without reading
    the rest of the file.
    """
    if source not in _PARSED:
        try:
            _PARSED[source] = _head_error(source) or loads(source.text())
        except InputFileError as exc:
            _PARSED[source] = exc
    parsed = _PARSED[source]
    if isinstance(parsed, InputFileError):
        raise parsed
    return parsed


def loads(text: str, one_line: bool = False) -> Any:
    """json.loads with a one-line error that locates the problem and never quotes content.

    `one_line` text (an NDJSON line) is located by column only: its reader names the line.
    """
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise _syntax_error(exc, text, one_line) from None
    except RecursionError:
        raise InputFileError("invalid JSON: nested too deeply") from None


def _syntax_error(exc: json.JSONDecodeError, text: str, one_line: bool) -> InputFileError:
    whole = "line" if one_line else "file"
    if _cut_short(exc, text):
        message = f"unexpected end of data (truncated {whole}?)"
    elif exc.msg == "Invalid control character at":  # json's message ends at "at"
        message = "a line break or control character inside a string"
    else:
        message = exc.msg
    where = f"column {exc.colno}" if one_line else f"line {exc.lineno} column {exc.colno}"
    return InputFileError(f"invalid JSON at {where}: {message}")


def _cut_short(exc: json.JSONDecodeError, text: str) -> bool:
    """The error is the end of the text arriving too soon. An unterminated string can only
    run into the end of the text: JSON strings hold no raw line breaks (those are "Invalid
    control character")."""
    return not text[exc.pos :].strip() or exc.msg.startswith("Unterminated string")


def not_json(source: Source) -> bool:
    """The head alone shows that the file is not JSON, whatever follows: it has a syntax error
    that the end of the data does not explain. A file cut short (a truncated export) is not
    said to be anything else."""
    return _head_error(source) is not None


def _head_error(source: Source) -> InputFileError | None:
    if source not in _HEAD_ERRORS:
        _HEAD_ERRORS[source] = None
        head = source.head
        try:
            json.loads(head)
        except json.JSONDecodeError as exc:
            # Where the head stops short of the file, a token cut at its end (`tru`) is an
            # error at the token's start; an error with a line break after it is the file's.
            whole = source.size <= len(source.head_bytes)
            if not _cut_short(exc, head) and (whole or "\n" in head[exc.pos :]):
                _HEAD_ERRORS[source] = _syntax_error(exc, head, one_line=False)
        except RecursionError:
            pass  # the whole file is parsed, and refused as nested too deeply
    return _HEAD_ERRORS[source]


def sniff_json(source: Source, sniff_object: Callable[[Any], bool]) -> bool:
    """True when the file is valid JSON whose top-level object satisfies `sniff_object`."""
    if not looks_like_json(source) or is_json_lines(source):
        return False
    try:
        return bool(sniff_object(parse_json(source)))
    except InputFileError:
        return False


def is_json_lines(source: Source) -> bool:
    """The first line is a whole JSON value and more follows: NDJSON, not one document.

    Said from the head alone, so sniffing an NDJSON export never loads the whole file.
    """
    if source not in _JSON_LINES:
        first, newline, rest = source.head.lstrip().partition("\n")
        _JSON_LINES[source] = bool(newline and rest.strip()) and _parses(first)
    return _JSON_LINES[source]


def _parses(text: str) -> bool:
    try:
        json.loads(text)
    except (ValueError, RecursionError):
        return False
    return True


def child_pointer(pointer: str, *tokens: str | int) -> str:
    """Extend an RFC 6901 JSON pointer, escaping `~` and `/` inside tokens."""
    escaped = (str(t).replace("~", "~0").replace("/", "~1") for t in tokens)
    return pointer + "".join("/" + t for t in escaped)


def reader_for_object(obj: Any, readers: Sequence[ObjectReader]) -> ObjectReader | None:
    """The first reader (in detection priority order) that recognises `obj`."""
    for reader in readers:
        if reader.sniff_object(obj):
            return reader
    return None
