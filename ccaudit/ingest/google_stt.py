"""Google Cloud Speech-to-Text JSON (v1 and v2 `results[]`), per channel or diarised.

Without speaker tags each result is a turn: its best alternative's `transcript` verbatim,
labelled by `channelTag` (`ch_1`). With speaker tags (v1 `speakerTag`, v2 `speakerLabel`,
labelled `spk_1`) the turns are rebuilt from the words (see google_stt_words) as for Amazon
Transcribe items: a new turn where the speaker changes, the locator at the turn's first word.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from ccaudit.errors import InputFileError
from ccaudit.ingest.base import ReadOptions, Source
from ccaudit.ingest.google_stt_words import (
    best_alternative,
    diarised_words,
    duration_ms,
    result_words,
)
from ccaudit.ingest.json_document import child_pointer
from ccaudit.ingest.json_reader import JsonReader
from ccaudit.ingest.speaker_roles import label_roles
from ccaudit.ingest.transcribe_items import Word
from ccaudit.ingest.transcribe_words import word_turns
from ccaudit.model import Conversation, Locator, Turn


def sniff_object(obj: Any) -> bool:
    results = obj.get("results") if isinstance(obj, dict) else None
    return isinstance(results, list) and any(
        isinstance(result, dict) and isinstance(result.get("alternatives"), list)
        for result in results
    )


def read_object(
    obj: Any, source: Source, options: ReadOptions, pointer: str = ""
) -> Iterator[Conversation]:
    if not sniff_object(obj):
        raise InputFileError("Speech-to-Text JSON has no results[] with alternatives")
    results = obj["results"]
    words_by_result = []
    for i, result in enumerate(results):
        where = child_pointer(pointer, "results", i)
        if not isinstance(result, dict):
            raise InputFileError(f"{where} is not an object")
        words_by_result.append(result_words(result, where))
    words = diarised_words(words_by_result)
    turns = word_turns(words) if words else _result_turns(results, words_by_result, pointer)
    label_roles(turns, options)
    conversation_id = source.path.stem
    languages = [r.get("languageCode") for r in results]
    yield Conversation(
        id=conversation_id,
        path=source.display,
        source_format=READER.name,
        turns=turns,
        channel="voice",
        agent_id=options.agent_for(conversation_id, source.path.name, source.path.stem),
        language=next((lang for lang in languages if isinstance(lang, str) and lang), None),
    )


def _result_turns(
    results: list[dict], words_by_result: list[list[Word]], pointer: str
) -> list[Turn]:
    """One turn per result that holds speech, in order of when each result ends."""
    turns = []
    for i, (result, words) in enumerate(zip(results, words_by_result, strict=True)):
        where = child_pointer(pointer, "results", i)
        best = best_alternative(result, where)
        text = best.get("transcript") if best else None
        if text is not None and not isinstance(text, str):
            raise InputFileError(f"{where}/alternatives/0/transcript is not text")
        if not text:
            continue
        end_key = "resultEndOffset" if "resultEndOffset" in result else "resultEndTime"
        end_ms = duration_ms(result.get(end_key), f"{where}/{end_key}")
        channel = result.get("channelTag")
        turns.append(
            Turn(
                index=len(turns),
                role="unknown",
                text=text,
                speaker=f"ch_{channel}" if channel else None,
                start_ms=words[0].start_ms if words else None,
                end_ms=end_ms if end_ms is not None else (words[-1].end_ms if words else None),
                locator=Locator(pointer=child_pointer(where, "alternatives", 0, "transcript")),
            )
        )
    # Nothing promises that separately recognised channels come back in time order; sorting
    # by end time changes nothing when they do.
    if all(turn.end_ms is not None for turn in turns):
        turns.sort(key=lambda turn: turn.end_ms or 0)
        for index, turn in enumerate(turns):
            turn.index = index
    return turns


READER = JsonReader(
    name="google-stt",
    description="Google Cloud Speech-to-Text JSON results (v1/v2; channels or diarisation)",
    sniff_object=sniff_object,
    read_object=read_object,
    not_this_layout="not Google Speech-to-Text JSON (no results[] with alternatives)",
)
