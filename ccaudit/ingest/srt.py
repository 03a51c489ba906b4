"""SRT subtitles: numbered cues, `hh:mm:ss,ttt` timings, speakers by prefix convention.

SRT has no speaker field. Diarizing tools write `Agent:`, `ลูกค้า:`, `SPEAKER_00:` or
`[SPEAKER_01]:` at the start of a cue; a cue without a prefix continues the previous speaker.
A turn is an exact slice of the decoded file (locator offset and line) unless tags such as
`<i>` or `<font>` had to be removed; then it is the cleaned text located at the cue's text.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator

from ccaudit.errors import InputFileError
from ccaudit.ingest.base import ReadOptions, Source
from ccaudit.ingest.webvtt import TextLine, label_roles, split_lines, timestamp_ms
from ccaudit.model import Conversation, Locator, Turn

_TIMESTAMP = r"\d{1,2}:\d{2}:\d{2}[,.]\d{3}"
_TIMING = re.compile(rf"[ \t]*({_TIMESTAMP})[ \t]*-->[ \t]*({_TIMESTAMP})(?:[ \t].*)?")
_SNIFF = re.compile(rf"\A\s*\d+[ \t]*\r?\n{_TIMESTAMP}[ \t]*-->")
# Brackets, or a short label without digits (times and amounts also contain colons), or
# a diarizer's SPEAKER_00 / spk_0.
_LETTER = r"(?:[^\W\d]|[\u0E30-\u0E4F])"  # Thai vowel and tone marks are not \w
_PREFIX = re.compile(
    r"(?:\[(?P<bracketed>[^\]\n]{1,40})\]|(?P<numbered>(?:SPEAKER|spk)_\d+)"
    rf"|(?P<named>{_LETTER}+(?: {_LETTER}+){{0,2}}))[ \t]*:[ \t]*"
)
_TAG = re.compile(r"<[^>\n]*>|\{\\[^}\n]*\}")


def read_srt(source: Source, options: ReadOptions) -> Iterator[Conversation]:
    text = source.text()
    turns: list[Turn] = []
    speaker = None
    line, counted_to = 1, 0
    for block in _blocks(split_lines(text)):
        cue = _cue(block)
        if cue is None:
            continue
        start_ms, end_ms, payload = cue
        begin = payload[0].offset
        raw = text[begin : payload[-1].offset + len(payload[-1].content)]
        prefix = _PREFIX.match(raw)
        if prefix:
            speaker = next(v for v in prefix.group("bracketed", "numbered", "named") if v).strip()
            begin, raw = begin + prefix.end(), raw[prefix.end() :]
        cleaned = html.unescape(_TAG.sub("", raw))
        if not cleaned.strip():
            continue
        exact = cleaned == raw
        offset = begin + (len(raw) - len(raw.lstrip()) if exact else 0)
        line, counted_to = line + text.count("\n", counted_to, offset), offset
        turns.append(
            Turn(
                index=len(turns),
                role="unknown",
                text=cleaned.strip(),
                speaker=speaker,
                start_ms=start_ms,
                end_ms=end_ms,
                locator=Locator(offset=offset, line=line),
            )
        )
    if not turns:
        raise InputFileError("SRT file has no cues with text")
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
            yield block
            block = []


def _cue(block: list[TextLine]) -> tuple[int, int, list[TextLine]] | None:
    """(start_ms, end_ms, text lines) of a cue block, or None for a block that is no cue."""
    timing_at = next((i for i, line in enumerate(block[:2]) if "-->" in line.content), None)
    if timing_at is None:
        return None
    timing = _TIMING.fullmatch(block[timing_at].content)
    if not timing:
        raise InputFileError(f"line {block[timing_at].number}: invalid SRT cue timing")
    payload = block[timing_at + 1 :]
    if not payload:
        return None
    return timestamp_ms(timing.group(1)), timestamp_ms(timing.group(2)), payload


class SrtReader:
    name = "srt"
    description = "SRT subtitles with Agent:/Customer:/[SPEAKER_01]: speaker prefixes"

    def sniff(self, source: Source) -> bool:
        return bool(_SNIFF.match(source.head))

    read = staticmethod(read_srt)


READER = SrtReader()
