"""WebVTT captions (Teams, Zoom, Transcribe subtitles): one turn per voice span of each cue.

A turn whose text has no tags or entities is an exact slice of the decoded file (its locator
holds the file offset and line). Where tags (`<i>`, `<c.x>`, inline timestamps) or entities
had to be removed, the turn text is the cleaned text; its locator points at the start of the
span in the cue, and offsets inside it count in the cleaned text.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from dataclasses import dataclass

from ccaudit.errors import InputFileError
from ccaudit.ingest.base import ReadOptions, Source
from ccaudit.model import Conversation, Locator, Role, Turn

_HEADER = re.compile(r"\ufeff?WEBVTT(?:[ \t].*)?")
_TIMESTAMP = r"(?:\d+:)?\d{2}:\d{2}\.\d{3}"
_TIMING = re.compile(rf"[ \t]*({_TIMESTAMP})[ \t]+-->[ \t]+({_TIMESTAMP})(?:[ \t].*)?")
# A timing line first, or after a cue id that is not a bare number (that would be SRT).
_HEADLESS_START = re.compile(
    rf"\s*(?:(?![ \t]*\d+[ \t]*\r?\n)[^\n]*\n)?[ \t]*{_TIMESTAMP}[ \t]+-->"
)
_TAG = re.compile(r"<[^>\n]*>")
_VOICE = re.compile(r"<v(?:\.[^\s>]*)?(?:[ \t]+([^>]*))?>")
_SKIPPED_BLOCK = re.compile(r"(?:NOTE|STYLE|REGION)(?:[ \t].*)?")


@dataclass
class _Span:
    speaker: str | None
    text: str
    offset: int
    start_ms: int
    end_ms: int
    exact: bool


@dataclass(frozen=True)
class TextLine:
    number: int
    offset: int
    content: str


def split_lines(text: str) -> list[TextLine]:
    """Lines with their 1-based number, file offset and content without the line ending."""
    lines, offset = [], 0
    for number, line in enumerate(text.splitlines(keepends=True), start=1):
        lines.append(TextLine(number, offset, line.rstrip("\r\n")))
        offset += len(line)
    return lines


# Captions and SRT prefixes often name the role itself ("Agent Ploy", "ลูกค้า").
_AGENT_WORDS = ("agent", "operator", "representative", "advisor", "พนักงาน", "เจ้าหน้าที่")
_CUSTOMER_WORDS = ("customer", "caller", "client", "ลูกค้า", "ผู้โทร")


def label_roles(turns: list[Turn], options: ReadOptions) -> None:
    """Set each turn's role from its speaker label, as the user or the label itself says.

    `--agent-speaker`/`--agent-channel` name the agent's label (`spk_0`, `ch_1`, `1`); the single
    other label is then the customer. Bare labels such as `spk_0` never become the agent alone.
    """
    labels = list(dict.fromkeys(t.speaker for t in turns if t.speaker))
    agent = _agent_label(labels, options)
    for turn in turns:
        turn.role = _label_role(turn.speaker, agent, labels)


def _agent_label(labels: list[str], options: ReadOptions) -> str | None:
    for wanted in (options.agent_speaker, options.agent_channel):
        if wanted:
            for label in labels:
                if wanted.strip() in (label, label.rsplit("_", 1)[-1]):
                    return label
    return None


def _label_role(label: str | None, agent: str | None, labels: list[str]) -> Role:
    if label is None:
        return "unknown"
    if agent is not None:
        if label == agent:
            return "agent"
        if len(labels) == 2:
            return "customer"
    first_word = (label.strip().lower().split() or [""])[0]
    if first_word.startswith(_AGENT_WORDS):
        return "agent"
    if first_word.startswith(_CUSTOMER_WORDS):
        return "customer"
    if first_word in ("ivr", "bot"):
        return first_word
    return "unknown"


def timestamp_ms(value: str) -> int:
    """`hh:mm:ss.ttt` or `mm:ss.ttt` (SRT's comma accepted too) in milliseconds."""
    *rest, seconds = value.replace(",", ".").split(":")
    hours, minutes = (int(rest[0]), int(rest[1])) if len(rest) == 2 else (0, int(rest[0]))
    whole, millis = seconds.split(".")
    return ((hours * 60 + minutes) * 60 + int(whole)) * 1000 + int(millis)


def read_webvtt(source: Source, options: ReadOptions) -> Iterator[Conversation]:
    text = source.text()
    lines = split_lines(text)
    if not lines or not _HEADER.fullmatch(lines[0].content):
        raise InputFileError("WebVTT file does not start with WEBVTT")
    turns: list[Turn] = []
    previous: _Span | None = None
    line, counted_to = 1, 0
    for block in _blocks(lines[1:]):
        for span in _cue_spans(block, text):
            span, previous = _without_rolled_lines(span, previous), span
            if not span.text:
                if turns:
                    turns[-1].end_ms = max(turns[-1].end_ms or 0, span.end_ms)
                continue
            line, counted_to = line + text.count("\n", counted_to, span.offset), span.offset
            turns.append(
                Turn(
                    index=len(turns),
                    role="unknown",
                    text=span.text,
                    speaker=span.speaker,
                    start_ms=span.start_ms,
                    end_ms=span.end_ms,
                    locator=Locator(offset=span.offset, line=line),
                )
            )
    label_roles(turns, options)
    stem = source.path.stem
    yield Conversation(
        id=stem,
        path=source.display,
        source_format=READER.name,
        turns=turns,
        channel="voice",
        agent_id=options.agent_for(stem, source.path.name),
    )


def _blocks(lines: list[TextLine]) -> Iterator[list[TextLine]]:
    block: list[TextLine] = []
    for line in lines + [TextLine(0, 0, "")]:
        if line.content.strip():
            block.append(line)
        elif block:
            if not _SKIPPED_BLOCK.fullmatch(block[0].content):
                yield block
            block = []


def _cue_spans(block: list[TextLine], text: str) -> list[_Span]:
    timing_at = next((i for i, line in enumerate(block[:2]) if "-->" in line.content), None)
    if timing_at is None:
        return []
    timing = _TIMING.fullmatch(block[timing_at].content)
    if not timing:
        raise InputFileError(f"line {block[timing_at].number}: invalid WebVTT cue timing")
    payload = block[timing_at + 1 :]
    if not payload:
        return []
    start_ms, end_ms = timestamp_ms(timing.group(1)), timestamp_ms(timing.group(2))
    begin = payload[0].offset
    raw = text[begin : payload[-1].offset + len(payload[-1].content)]
    spans = []
    speaker, piece_start = None, 0
    for tag in _TAG.finditer(raw):
        voice = _VOICE.fullmatch(tag.group())
        if voice or tag.group().startswith("</v"):
            spans.append(_span(speaker, raw, piece_start, tag.start(), begin, start_ms, end_ms))
            speaker = (html.unescape(voice.group(1) or "").strip() or None) if voice else None
            piece_start = tag.end()
    spans.append(_span(speaker, raw, piece_start, len(raw), begin, start_ms, end_ms))
    return [span for span in spans if span.text.strip()]


def _span(
    speaker: str | None, raw: str, start: int, end: int, begin: int, start_ms: int, end_ms: int
) -> _Span:
    piece = raw[start:end]
    cleaned = html.unescape(_TAG.sub("", piece))
    exact = cleaned == piece
    lead = len(cleaned) - len(cleaned.lstrip())
    offset = begin + start + (lead if exact else 0)
    return _Span(speaker, cleaned.strip(), offset, start_ms, end_ms, exact)


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
    rest = span.text[dropped:]
    dropped += len(rest) - len(rest.lstrip())
    offset = span.offset + (dropped if span.exact else 0)
    return _Span(span.speaker, rest.strip(), offset, span.start_ms, span.end_ms, span.exact)


class WebVttReader:
    name = "webvtt"
    description = "WebVTT captions with <v Name> voice spans (Teams, Zoom, Transcribe)"

    def sniff(self, source: Source) -> bool:
        head = source.head
        if _HEADER.fullmatch(head.split("\n", 1)[0].rstrip("\r")):
            return True
        # A caption file that lost its header still has VTT timings: claim it so the user
        # hears what is wrong instead of it being read as plain text.
        return bool(_HEADLESS_START.match(head))

    read = staticmethod(read_webvtt)


READER = WebVttReader()
