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
from ccaudit.ingest.caption_text import CaptionTurns, parse_cue, split_lines, text_blocks
from ccaudit.model import Conversation

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
    captions = CaptionTurns(text)
    speaker = None
    for block in text_blocks(split_lines(text)):
        cue = parse_cue(block, text, _TIMING, "SRT")
        if cue is None:
            continue
        begin, raw = cue.offset, cue.text
        prefix = _PREFIX.match(raw)
        if prefix:
            speaker = next(v for v in prefix.group("bracketed", "numbered", "named") if v).strip()
            begin, raw = begin + prefix.end(), raw[prefix.end() :]
        cleaned = html.unescape(_TAG.sub("", raw))
        if not cleaned.strip():
            continue
        exact = cleaned == raw
        offset = begin + (len(raw) - len(raw.lstrip()) if exact else 0)
        captions.add(cleaned.strip(), speaker, cue.start_ms, cue.end_ms, offset)
    if not captions.turns:
        raise InputFileError("SRT file has no cues with text")
    yield captions.conversation(source, options, READER.name)


class SrtReader:
    name = "srt"
    description = "SRT subtitles with Agent:/Customer:/[SPEAKER_01]: speaker prefixes"

    def sniff(self, source: Source) -> bool:
        return bool(_SNIFF.match(source.head))

    read = staticmethod(read_srt)


READER = SrtReader()
