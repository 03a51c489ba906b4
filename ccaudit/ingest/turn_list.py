"""A generic list of turns, as ASR, diarisation and chat tools write it, when no vendor reader
takes the file: JSON Lines with one utterance per line, WhisperX or faster-whisper
`{"segments": [...]}`, AssemblyAI `{"utterances": [...]}`, Deepgram `results.utterances`, a
bare array of `{speaker|role|from|sender, text|message|content|body|transcript, start, end}`,
or a dataset's list of `[speaker, text]` pairs whose speakers include a role word
(`[["agent", "hi"], ["customer", "hello"]]`).

A turn is an item with text; its text is the field verbatim, located by JSON pointer (and, in
JSON Lines, by line). Its speaker label is the first of the speaker keys; Deepgram's numbered
speakers become `speaker_0`, `speaker_1`, and its channels, where nobody is diarised, `ch_0`,
`ch_1` (for --agent-channel). A `role` key (or `speaker_role`, `sender_type`, ...: `agent`,
`user`, `assistant`) states the role in the shared label words, and roles for the rest come
from the labels (speaker_roles). JSON Lines whose utterances carry a `conversation_id` or
`call_id` hold one conversation per run of lines with the same id.

Times are seconds unless the key says milliseconds (`start_ms`, `startTimeMillis`) or every time
is a whole number and a typical turn lasts 100 or more (AssemblyAI's milliseconds): no
utterance lasts 100 seconds, and none 100 milliseconds. Clock strings (`00:01:23.5`) are read
as such; epoch timestamps and dates are not offsets into a call and are left out.
"""

from __future__ import annotations

from collections.abc import Iterator
from statistics import median
from typing import Any, NamedTuple

from ccaudit.errors import InputFileError
from ccaudit.ingest.base import MAX_WHOLE_FILE_BYTES, ReadOptions, Source
from ccaudit.ingest.json_document import (
    child_pointer,
    is_json_lines,
    loads,
    parse_json,
    reader_for_object,
    sniff_json,
)
from ccaudit.ingest.speaker_labels import role_of_label
from ccaudit.ingest.speaker_roles import label_roles
from ccaudit.ingest.text_patterns import is_clock, time_ms
from ccaudit.model import Conversation, Locator, Turn

_LIST_KEYS = (
    "segments",
    "utterances",
    "turns",
    "messages",
    "transcript",
    "conversation",
    "dialogue",
    "dialog",
)
_TEXT_KEYS = ("text", "message", "content", "body", "transcript", "utterance")
_TYPED_KEYS = ("message", "content", "body")
_SPEAKER_KEYS = ("speaker", "speaker_label", "from", "sender", "participant", "author")
_ROLE_KEYS = (
    "role",
    "speaker_role",
    "speaker_type",
    "sender_type",
    "participant_role",
    "participant_type",
)
_PAIR_LABEL_CHARS = 40
# (start key, end key, milliseconds?): None is decided from the values.
_TIME_KEYS = (
    ("start_ms", "end_ms", True),
    ("startMs", "endMs", True),
    ("startTimeMillis", "endTimeMillis", True),
    ("start", "end", None),
    ("start_time", "end_time", None),
    ("time", None, None),
    ("timestamp", None, None),
)
_ID_KEYS = ("conversation_id", "call_id", "contact_id")
_EPOCH_SECONDS = 10**9  # 2001 onwards: a date, not an offset into a call
_TYPICAL_MS = 100  # a typical turn lasting this long is in milliseconds
_NOT_A_TURN_LIST = "not a turn list (no list of items with text and a speaker or time)"
# A conversation is held whole, as whole-file formats are; lines with a call id per call each
# start a new one.
_TOO_LONG = (
    f"one conversation of more than {MAX_WHOLE_FILE_BYTES // (1024 * 1024)} MiB of JSON Lines; "
    "give each call's lines a call_id"
)


def _is_turn(item: Any) -> bool:
    return isinstance(item, dict) and isinstance(_text(item), str)


def _text(item: dict) -> Any:
    return next((item[k] for k in _TEXT_KEYS if k in item), None)


def _turn_list(obj: Any) -> tuple[tuple[str, ...], list] | None:
    """The path to the document's list of turns and the list, or None."""
    candidates: list[tuple[tuple[str, ...], Any]] = [((), obj)]
    if isinstance(obj, dict):
        candidates = [((key,), obj.get(key)) for key in _LIST_KEYS]
        results = obj.get("results")
        if isinstance(results, dict):  # Deepgram
            candidates.append((("results", "utterances"), results.get("utterances")))
    for path, items in candidates:
        if isinstance(items, list) and (_turns_in(items[:20]) or _pairs_in(items[:20])):
            return path, items
    return None


def _turns_in(sample: list) -> bool:
    """Objects, most with text (a chat's events may have none), the first of them saying who
    spoke or when."""
    turns = [item for item in sample if _is_turn(item)]
    if not turns or 2 * len(turns) <= len(sample) or not all(isinstance(i, dict) for i in sample):
        return False
    return any(k in turns[0] for k in (*_SPEAKER_KEYS, *_ROLE_KEYS, *(t[0] for t in _TIME_KEYS)))


def _is_pair(item: Any) -> bool:
    return (
        isinstance(item, list)
        and len(item) == 2
        and all(isinstance(part, str) for part in item)
        and 0 < len(item[0].strip()) <= _PAIR_LABEL_CHARS
    )


def _pairs_in(sample: list) -> bool:
    """`[speaker, text]` pairs, a speaker a role word: a list of two strings alone could be
    anything (keys and values)."""
    return (
        bool(sample)
        and all(_is_pair(item) for item in sample)
        and any(role_of_label(item[0]) != "unknown" for item in sample)
    )


def sniff_object(obj: Any) -> bool:
    return _turn_list(obj) is not None


def read_object(
    obj: Any, source: Source, options: ReadOptions, pointer: str = ""
) -> Iterator[Conversation]:
    found = _turn_list(obj)
    if found is None:
        raise InputFileError(_NOT_A_TURN_LIST)
    path, items = found
    said = [_said(item, child_pointer(pointer, *path, i)) for i, item in enumerate(items)]
    conversation_id = _id_of(obj, ("id",)) if isinstance(obj, dict) else None
    language = obj.get("language") if isinstance(obj, dict) else None
    yield _conversation(said, conversation_id, source, options, language)


class _Said(NamedTuple):
    """A turn, with its times as the file gives them until the file's unit is known."""

    turn: Turn
    typed: bool  # its text key is a typed message's (`message`, `content`, `body`)
    start: float | str | None
    end: float | str | None
    in_ms: bool | None


def _said(item: Any, where: str, line: int | None = None) -> _Said | None:
    if _is_pair(item):
        return _said_pair(item, where)
    if not isinstance(item, dict):
        raise InputFileError(f"{where} is not an object")
    key = next((k for k in _TEXT_KEYS if k in item), None)
    if key is None or not isinstance(item[key], str) or not item[key].strip():
        return None
    speaker = next((item[k] for k in _SPEAKER_KEYS if item.get(k) not in (None, "")), None)
    if isinstance(speaker, int) and not isinstance(speaker, bool):
        speaker = f"speaker_{speaker}"
    elif speaker is None and type(item.get("channel")) is int:  # multichannel, not diarised
        speaker = f"ch_{item['channel']}"
    stated = next((item[k] for k in _ROLE_KEYS if isinstance(item.get(k), str) and item[k]), None)
    turn = Turn(
        index=0,
        role=role_of_label(stated),
        text=item[key],
        speaker=speaker if isinstance(speaker, str) else stated,
        locator=Locator(pointer=child_pointer(where, key), line=line),
    )
    start_key, end_key, in_ms = next((t for t in _TIME_KEYS if t[0] in item), (None, None, None))
    start = _time(item[start_key]) if start_key else None
    end = _time(item.get(end_key)) if end_key else None
    return _Said(turn, key in _TYPED_KEYS, start, end, in_ms)


def _said_pair(item: list[str], where: str) -> _Said | None:
    speaker, text = item
    if not text.strip():
        return None
    turn = Turn(
        0, "unknown", text, speaker.strip(), locator=Locator(pointer=child_pointer(where, 1))
    )
    return _Said(turn, False, None, None, None)


def _time(value: Any) -> float | str | None:
    """A number (its unit decided for the whole file), a clock string, or None."""
    if isinstance(value, str) and is_clock(value.strip()):
        return value.strip()
    if isinstance(value, str):
        try:
            value = float(value)
        except ValueError:
            return None
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return value if 0 <= value < _EPOCH_SECONDS else None


def _scale(said: list[_Said]) -> int:
    """Milliseconds per unit of the numbers whose key does not say their unit."""
    numbers = [s for s in said if s.in_ms is None and isinstance(s.start, int | float)]
    values = [v for s in numbers for v in (s.start, s.end) if isinstance(v, int | float)]
    spans = [s.end - s.start for s in numbers if isinstance(s.end, int | float)]
    spans = spans or [b.start - a.start for a, b in zip(numbers, numbers[1:], strict=False)]
    whole = all(float(v).is_integer() for v in values)
    return 1 if whole and spans and median(spans) >= _TYPICAL_MS else 1000


def _ms(value: float | str | None, scale: int) -> int | None:
    if isinstance(value, str):
        return time_ms(value)
    return None if value is None else round(value * scale)


def _conversation(
    said: list[_Said | None],
    conversation_id: str | None,
    source: Source,
    options: ReadOptions,
    language: Any = None,
) -> Conversation:
    kept = [s for s in said if s is not None]
    scale = _scale(kept)
    for index, (turn, _, start, end, in_ms) in enumerate(kept):
        unit = 1 if in_ms else scale
        turn.index, turn.start_ms, turn.end_ms = index, _ms(start, unit), _ms(end, unit)
    turns = [s.turn for s in kept]
    label_roles(turns, options)
    conversation_id = conversation_id or source.path.stem
    # Utterances that last a while were spoken; messages were typed.
    spoken = any(turn.end_ms is not None for turn in turns)
    typed = any(s.typed for s in kept)
    return Conversation(
        id=conversation_id,
        path=source.display,
        source_format=READER.name,
        turns=turns,
        channel="voice" if spoken else "chat" if typed else "unknown",
        agent_id=options.agent_for(conversation_id, source.path.name, source.path.stem),
        language=language if isinstance(language, str) else None,
    )


def _id_of(item: dict, more_keys: tuple[str, ...] = ()) -> str | None:
    """The call's id; an utterance's own `id` is not its call's."""
    keys = _ID_KEYS + more_keys
    value = next((item[k] for k in keys if item.get(k) not in (None, "")), None)
    return str(value) if isinstance(value, str | int) else None


class TurnListReader:
    name = "turn-list"
    description = (
        "A generic list of turns: JSON Lines of utterances, WhisperX segments, AssemblyAI or "
        "Deepgram utterances, an array of {speaker, text, start}"
    )
    sniff_object = staticmethod(sniff_object)
    read_object = staticmethod(read_object)

    def sniff(self, source: Source) -> bool:
        if not is_json_lines(source):
            return sniff_json(source, sniff_object)
        first = loads(source.head.lstrip().partition("\n")[0])
        return _turns_in([first]) and reader_for_object(first, _other_readers()) is None

    def read(self, source: Source, options: ReadOptions) -> Iterator[Conversation]:
        if not is_json_lines(source):
            document = parse_json(source)
            if not sniff_object(document):
                raise InputFileError(_NOT_A_TURN_LIST)
            yield from read_object(document, source, options)
            return
        said: list[_Said | None] = []
        current_id: str | None = None
        held = 0  # characters of the conversation being gathered
        for number, line in enumerate(source.lines(options.max_line_chars), start=1):
            if not line.strip():
                continue
            held += len(line)
            if held > MAX_WHOLE_FILE_BYTES:
                raise InputFileError(_TOO_LONG)
            try:
                item = loads(line.rstrip("\r\n"), one_line=True)
            except InputFileError as exc:
                raise InputFileError(f"line {number}: {exc.reason}") from None
            if not isinstance(item, dict):
                raise InputFileError(f"line {number}: not a JSON object")
            line_id = _id_of(item)
            if said and line_id != current_id:
                yield _conversation(said, current_id, source, options)
                said, held = [], len(line)
            current_id = line_id
            said.append(_said(item, "", number))
        if not any(said):
            raise InputFileError("JSON Lines file has no utterances with text")
        yield _conversation(said, current_id, source, options)


def _other_readers() -> list:
    """The readers before this one: a line one of them takes is that vendor's document."""
    # detect imports this module, so the registry is looked up when sniffing, not at import.
    from ccaudit.ingest.detect import object_readers

    readers = object_readers()
    return readers[: readers.index(READER)]


READER = TurnListReader()
