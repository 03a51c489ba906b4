"""Amazon Transcribe word items rebuilt into turns: a new turn where the speaker changes.

Used when the output has no `audio_segments`. A turn's text is not one field of the file, so
its locator points at the turn's first item. Thai words are joined without spaces, as Thai is
written.
"""

from __future__ import annotations

from ccaudit.ingest.transcribe_items import Word
from ccaudit.model import Locator, RedactionSpan, Turn
from ccaudit.thai_script import THAI_CHARACTER


def word_turns(words: list[Word]) -> list[Turn]:
    """Consecutive words of one speaker as a turn; punctuation stays with its word."""
    turns: list[Turn] = []
    group: list[Word] = []
    for word in words:
        if group and word.kind != "punctuation" and word.speaker != group[0].speaker:
            turns.append(_turn_from_words(len(turns), group))
            group = []
        group.append(word)
    if group:
        turns.append(_turn_from_words(len(turns), group))
    return turns


def _turn_from_words(index: int, words: list[Word]) -> Turn:
    text = ""
    redactions = []
    for word in words:
        if text and word.kind != "punctuation" and not _glued(text[-1], word.content[:1]):
            text += " "
        if word.redaction_type:
            redactions.append(
                RedactionSpan(len(text), len(text) + len(word.content), word.redaction_type)
            )
        text += word.content
    timed = [w for w in words if w.start_ms is not None]
    return Turn(
        index=index,
        role="unknown",
        text=text,
        speaker=words[0].speaker,
        start_ms=timed[0].start_ms if timed else None,
        end_ms=max((w.end_ms for w in timed if w.end_ms is not None), default=None),
        redactions=tuple(redactions),
        locator=Locator(pointer=words[0].pointer),
    )


def _glued(before: str, after: str) -> bool:
    return bool(THAI_CHARACTER.match(before) and THAI_CHARACTER.match(after))
