"""Where each format keeps its word items, as the readers find them.

- turns rebuilt from words (Transcribe without audio segments, diarised Speech-to-Text,
  Deepgram in a vCon): the reader's own word order, so a turn's words are exactly its text;
- fields that words spell again (a Transcribe audio segment's items, a Speech-to-Text
  result's words, a CCAI Insights segment's words);
- twins: the same word listed twice (Transcribe's per-channel item lists, the words v1
  diarisation repeats in its last result), found by word and time.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ccaudit.ingest.google_stt_words import diarised_words, result_words
from ccaudit.ingest.json_document import child_pointer
from ccaudit.ingest.transcribe_items import item_words
from ccaudit.redact.json_strings import resolve
from ccaudit.redact.words import WordRef

_CONTENT = "/alternatives/0/content"
_SEGMENT = re.compile(r"(?P<results>.*/results)/audio_segments/\d+/transcript")
_STT_RESULT = re.compile(r"(?P<result>.*/results/\d+)/alternatives/0/transcript")
_CCAI_SEGMENT = re.compile(r"(?P<segment>.*/transcriptSegments/\d+)/text")


def turn_words(
    document: object, source_format: str, first_word: str | None
) -> list[WordRef] | None:
    """Every word of the document in reading order, for a turn whose first word is at
    `first_word`; None when the format rebuilds no turns from words."""
    if first_word is None:
        return None
    if source_format == "transcribe":
        results = first_word[: first_word.index("/results/")] + "/results"
        words = item_words(resolve(document, results), results)
        return [WordRef(w.pointer, (w.pointer + _CONTENT,), w.content) for w in words]
    if source_format == "google-stt":
        root = first_word[: first_word.index("/results/")]
        results = resolve(document, root + "/results")
        per_result = [
            result_words(result, child_pointer(root, "results", i))
            for i, result in enumerate(results)
        ]
        return [
            WordRef(w.pointer, (w.pointer + "/word",), w.content)
            for w in diarised_words(per_result)
        ]
    if source_format == "vcon":
        listing = first_word.rsplit("/", 1)[0]
        return [
            _deepgram_word(child_pointer(listing, i), word)
            for i, word in enumerate(resolve(document, listing) or [])
        ]
    return None


def _deepgram_word(pointer: str, word: dict) -> WordRef:
    fields = [f for f in ("punctuated_word", "word") if isinstance(word.get(f), str)]
    content = str(word.get("punctuated_word") or word.get("word", ""))
    return WordRef(pointer, tuple(child_pointer(pointer, f) for f in fields), content)


def spelling_words(document: object, field: str) -> list[WordRef]:
    """The word items that spell the text field at pointer `field` again, if any."""
    if match := _SEGMENT.fullmatch(field):
        results = match["results"]
        wanted = resolve(document, field.rsplit("/", 1)[0] + "/items") or []
        items = resolve(document, results + "/items") or []
        by_id = {item.get("id"): i for i, item in enumerate(items) if isinstance(item, dict)}
        return [
            _item(document, child_pointer(results, "items", by_id[k])) for k in wanted if k in by_id
        ]
    for pattern, words in ((_STT_RESULT, "result"), (_CCAI_SEGMENT, "segment")):
        if match := pattern.fullmatch(field):
            listing = match[words] + ("/alternatives/0/words" if words == "result" else "/words")
            return [
                WordRef(
                    child_pointer(listing, i),
                    (child_pointer(listing, i, "word"),),
                    str(w.get("word", "")),
                )
                for i, w in enumerate(resolve(document, listing) or [])
                if isinstance(w, dict)
            ]
    return []


def _item(document: object, pointer: str) -> WordRef:
    content = resolve(document, pointer + _CONTENT)
    return WordRef(pointer, (pointer + _CONTENT,), content if isinstance(content, str) else "")


def word_twins(document: object) -> Iterator[list[str]]:
    """Groups of word strings that are one word listed twice (same word, same times)."""
    groups: dict[tuple, list[str]] = {}
    for key, leaf in _timed_words(document, ""):
        groups.setdefault(key, []).append(leaf)
    yield from (leaves for leaves in groups.values() if len(leaves) > 1)


def _timed_words(value: object, pointer: str) -> Iterator[tuple[tuple, str]]:
    if isinstance(value, list):
        for i, item in enumerate(value):
            yield from _timed_words(item, child_pointer(pointer, i))
    elif isinstance(value, dict):
        content = resolve(value, _CONTENT)
        if isinstance(content, str) and "start_time" in value:
            yield (value["start_time"], value.get("end_time"), content), pointer + _CONTENT
        elif isinstance(value.get("word"), str) and _stt_time(value) is not None:
            yield (_stt_time(value), value["word"]), child_pointer(pointer, "word")
        for key, item in value.items():
            if isinstance(item, list | dict):
                yield from _timed_words(item, child_pointer(pointer, key))


def _stt_time(word: dict) -> object:
    for key in ("startOffset", "startTime", "endOffset", "endTime"):
        if key in word:
            return (key, str(word[key]))
    return None
