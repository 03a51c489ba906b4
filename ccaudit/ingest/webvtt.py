"""WebVTT captions (Teams, Zoom, Transcribe subtitles): one turn per voice span of each cue.

The speaker is the cue's voice span (`<v Agent Ploy>`). ASR tools that export captions without
voice spans write the speaker after the timing instead (`00:00:03.120 --> 00:00:06.900
Speaker 1`, where WebVTT puts cue settings such as `align:start`) or open the cue with a bare
label (`Speaker 2` alone on its line, `SPEAKER_01: ...`), and often leave out the `WEBVTT`
header: a file that starts with a cue is read as one. Others open each cue with a role word
(`Agent: ...`, `ลูกค้า: ...`) or, as Zoom does, the participant's name (`Somchai Jaidee: ...`).
A name counts as a label as in a chat (text_patterns.chat_names): the speakers are two or
more, each opens two cues or more, and between them they open most cues; otherwise `Note: ...`
stays text. A label holding a name stays in the turn's text, where it is scanned
(Turn.said_from); a role word alone is taken out.
A turn is located by file offset and line. Where tags (`<i>`, `<c.x>`, inline timestamps)
or entities were removed, the turn keeps an index back to the file (see caption_text), so
findings in it still carry exact file offsets.
"""

from __future__ import annotations

import html
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, replace

from ccaudit.errors import InputFileError
from ccaudit.ingest.base import ReadOptions, Source
from ccaudit.ingest.caption_text import (
    CaptionText,
    CaptionTurns,
    Cue,
    TextLine,
    parse_cue,
    remove_markup,
    speaker_after_timing,
    split_lines,
    text_blocks,
)
from ccaudit.ingest.speaker_labels import GENERIC_LABEL, role_of_label
from ccaudit.ingest.text_patterns import CHAT_NAME_SHARE, LABEL_HOLDS_NAME, NAME_OPENING
from ccaudit.model import Conversation

_HEADER = re.compile(r"\ufeff?WEBVTT(?:[ \t].*)?")
_TIMESTAMP = r"(?:\d+:)?\d{2}:\d{2}\.\d{3}"
_TIMING = re.compile(rf"[ \t]*({_TIMESTAMP})[ \t]+-->[ \t]+({_TIMESTAMP})(?:[ \t].*)?")
# A timing line first, or after a cue id that is not a bare number (that would be SRT).
_HEADLESS_START = re.compile(
    rf"\s*(?:(?![ \t]*\d+[ \t]*\r?\n)[^\n]*\n)?[ \t]*{_TIMESTAMP}[ \t]+-->"
)
# A bare diarisation label opening a cue, alone on its line or before a colon. A name in that
# place stays in the text, where it is scanned.
_SPEAKER_OPENING = re.compile(
    rf"(?P<label>SPEAKER_\d{{1,3}}|{GENERIC_LABEL})(?:[ \t]*[:：][ \t]*|[ \t]*(?=\r?\n))\s*"
)
_TAG = re.compile(r"<[^>\n]*>")
_VOICE = re.compile(r"<v(?:\.[^\s>]*)?(?:[ \t]+([^>]*))?>")
_SKIPPED_BLOCK = re.compile(r"(?:NOTE|STYLE|REGION)(?:[ \t].*)?")


@dataclass
class _Span:
    speaker: str | None
    caption: CaptionText
    start_ms: int
    end_ms: int
    said_from: int = 0

    @property
    def text(self) -> str:
        return self.caption.text


def read_webvtt(source: Source, options: ReadOptions) -> Iterator[Conversation]:
    text = source.text()
    lines = split_lines(text)
    if lines and _HEADER.fullmatch(lines[0].content):
        lines = lines[1:]
    elif not _starts_with_a_cue(lines):
        raise InputFileError("WebVTT file starts with neither WEBVTT nor a cue")
    captions = CaptionTurns(text)
    spans = [
        span
        for block in text_blocks(lines)
        if not _SKIPPED_BLOCK.fullmatch(block[0].content)
        for span in _cue_spans(block, text)
    ]
    previous: _Span | None = None
    for span in _labelled_by_openings(spans):
        span, previous = _without_rolled_lines(span, previous), span
        if span.text:
            captions.add(span.caption, span.speaker, span.start_ms, span.end_ms, span.said_from)
        elif captions.turns:
            last = captions.turns[-1]
            last.end_ms = max(last.end_ms or 0, span.end_ms)
    yield captions.conversation(source, options, READER.name)


def _labelled_by_openings(spans: list[_Span]) -> list[_Span]:
    """Spans without a speaker whose cue opens with a label take it as their speaker."""
    openings = [NAME_OPENING.match(span.text) if span.speaker is None else None for span in spans]
    counts = Counter(opening["name"] for opening in openings if opening)
    speakers = [name for name, count in counts.items() if count >= 2]
    named_cues = sum(counts[name] for name in speakers)
    chat = len(speakers) >= 2 and named_cues >= CHAT_NAME_SHARE * len(spans)
    labelled = []
    for span, opening in zip(spans, openings, strict=True):
        name = opening["name"] if opening else ""
        role_word = bool(name) and role_of_label(name) != "unknown"
        if not name or not (role_word or (chat and counts[name] >= 2)):
            labelled.append(span)
        elif role_word and not LABEL_HOLDS_NAME.search(name):
            said = span.caption.sliced(opening.end()).stripped()
            labelled.append(_Span(name, said, span.start_ms, span.end_ms))
        else:
            labelled.append(replace(span, speaker=name, said_from=opening.end()))
    return labelled


def _starts_with_a_cue(lines: list[TextLine]) -> bool:
    first = next(text_blocks(lines), [])
    return any("-->" in line.content for line in first[:2])


def _cue_spans(block: list[TextLine], text: str) -> list[_Span]:
    cue = parse_cue(block, text, _TIMING, "WebVTT")
    if cue is None:
        return []
    spans = []
    speaker, piece_start = speaker_after_timing(cue), 0
    opening = _SPEAKER_OPENING.match(cue.text)
    if speaker is None and opening and "<v" not in cue.text and opening.end() < len(cue.text):
        speaker, piece_start = opening["label"], opening.end()
    for tag in _TAG.finditer(cue.text):
        voice = _VOICE.fullmatch(tag.group())
        if voice or tag.group().startswith("</v"):
            spans.append(_span(speaker, cue, piece_start, tag.start()))
            speaker = (html.unescape(voice.group(1) or "").strip() or None) if voice else None
            piece_start = tag.end()
    spans.append(_span(speaker, cue, piece_start, len(cue.text)))
    return [span for span in spans if span.text.strip()]


def _span(speaker: str | None, cue: Cue, start: int, end: int) -> _Span:
    caption = remove_markup(cue.text[start:end], cue.offset + start, _TAG).stripped()
    return _Span(speaker, caption, cue.start_ms, cue.end_ms)


def _without_rolled_lines(span: _Span, previous: _Span | None) -> _Span:
    """Rolling captions repeat what the previous cue showed; keep only what is new.

    Either whole lines repeat (the previous cue's last lines come first) or the last line
    grows word by word (`my card` then `my card 4532`).
    """
    if previous is None or previous.speaker != span.speaker:
        return span
    lines = span.text.split("\n")
    before = [line.strip() for line in previous.text.split("\n")]
    repeated = next(
        (k for k in range(len(lines), 0, -1) if [x.strip() for x in lines[:k]] == before[-k:]), 0
    )
    last = before[-1]
    if repeated:
        dropped = sum(len(line) + 1 for line in lines[:repeated])
    elif last and span.text.startswith(last) and span.text[len(last) : len(last) + 1].isspace():
        dropped = len(last)
    else:
        return span
    rest = span.caption.sliced(dropped).stripped()
    return _Span(span.speaker, rest, span.start_ms, span.end_ms)


class WebVttReader:
    name = "webvtt"
    description = (
        "WebVTT captions with <v Name> voice spans (Teams, Zoom, Transcribe), or a speaker "
        "after each timing (ASR exports, with or without the WEBVTT header)"
    )

    def sniff(self, source: Source) -> bool:
        head = source.head
        if _HEADER.fullmatch(head.split("\n", 1)[0].rstrip("\r")):
            return True
        # Many ASR tools leave the header out: a file that starts with a cue is captions.
        return bool(_HEADLESS_START.match(head))

    read = staticmethod(read_webvtt)


READER = WebVttReader()
