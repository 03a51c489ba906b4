"""Google Speech-to-Text words with their times and speaker tags, and which of them to read.

v1 diarisation repeats every word, tagged, in its last result (the earlier results carry the
same words untagged); v2 tags each result's own words. Times are protobuf durations, `"1.400s"`
or, as older clients print them, `{seconds, nanos}`.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from typing import Any

from ccaudit.errors import InputFileError
from ccaudit.ingest.json_document import child_pointer
from ccaudit.ingest.transcribe_items import Word


def duration_ms(value: Any, where: str) -> int | None:
    """A protobuf duration (`"1.400s"` or `{"seconds": 1, "nanos": 400000000}`) in ms."""
    if value is None:
        return None
    try:
        if isinstance(value, str) and value.endswith("s"):
            seconds = Decimal(value[:-1])
        elif isinstance(value, dict):
            nanos = Decimal(str(value.get("nanos", 0))) / 10**9
            seconds = Decimal(str(value.get("seconds", 0))) + nanos
        else:
            raise InvalidOperation
    except InvalidOperation:
        raise InputFileError(f"{where} is not a duration") from None
    return int((seconds * 1000).to_integral_value())


def diarised_words(words_by_result: list[list[Word]]) -> list[Word]:
    """Every word once when any word has a speaker tag, else none."""
    per_result = [words for words in words_by_result if words]
    if not any(word.speaker for words in per_result for word in words):
        return []
    *earlier, last = per_result
    earlier_words = [word for words in earlier for word in words]
    if any(word.speaker for word in last) and _repeats(last, earlier_words):
        return last
    return earlier_words + last


def _repeats(last: list[Word], earlier: list[Word]) -> bool:
    """The last result starts with all the earlier words again (v1 diarisation)."""
    prefix = last[: len(earlier)]
    return len(prefix) == len(earlier) and all(
        (a.content, a.start_ms) == (b.content, b.start_ms)
        for a, b in zip(earlier, prefix, strict=True)
    )


def best_alternative(result: dict, where: str) -> dict | None:
    alternatives = result.get("alternatives")
    if not isinstance(alternatives, list) or not alternatives:
        return None
    if not isinstance(alternatives[0], dict):
        raise InputFileError(f"{where}/alternatives/0 is not an object")
    return alternatives[0]


def result_words(result: dict, where: str) -> list[Word]:
    """The best alternative's words; a tag of 0 or none leaves the speaker unknown."""
    best = best_alternative(result, where)
    words = best.get("words") if best else None
    found = []
    for w, word in enumerate(words if isinstance(words, list) else []):
        at = child_pointer(where, "alternatives", 0, "words", w)
        if not isinstance(word, dict) or not isinstance(word.get("word"), str):
            raise InputFileError(f"{at} has no word")
        start_key = "startOffset" if "startOffset" in word else "startTime"
        end_key = "endOffset" if "endOffset" in word else "endTime"
        end_ms = duration_ms(word.get(end_key), f"{at}/{end_key}")
        start_ms = duration_ms(word.get(start_key), f"{at}/{start_key}")
        # Proto3 JSON leaves zero values out: a word at the very start has no start time.
        if start_ms is None and end_ms is not None:
            start_ms = 0
        tag = word.get("speakerLabel") or word.get("speakerTag")
        found.append(
            Word(
                pointer=at,
                content=word["word"],
                kind="pronunciation",
                start_ms=start_ms,
                end_ms=end_ms,
                speaker=f"spk_{tag}" if tag else None,
                redaction_type=None,
            )
        )
    return found
