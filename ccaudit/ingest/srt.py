"""SRT subtitles: numbered cues, `hh:mm:ss,ttt` timings, speakers by prefix convention.

SRT has no speaker field. Diarizing tools write `Agent:`, `ลูกค้า:`, `SPEAKER_00:`,
`Speaker 1:` or `[SPEAKER_01]:` at the start of a cue, or the speaker after the timing
(`00:00:03,120 --> 00:00:06,900 Speaker 1`); a cue without either continues the previous
speaker. Roles come from the prefixes (speaker_roles). A prefix that holds a name
(`Somchai Jaidee:`, `Customer (Dana):`) stays in the turn's text, where it is scanned
(Turn.said_from); a role word or a diarizer's label is taken out.
A turn is located by offset and line; where tags such as `<i>` or `<font>` were removed it
keeps an index back to the file (see caption_text), so offsets stay exact.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ccaudit.errors import InputFileError
from ccaudit.ingest.base import ReadOptions, Source
from ccaudit.ingest.caption_text import (
    CaptionTurns,
    parse_cue,
    remove_markup,
    speaker_after_timing,
    split_lines,
    text_blocks,
)
from ccaudit.ingest.speaker_labels import GENERIC_LABEL
from ccaudit.ingest.text_patterns import LABEL_HOLDS_NAME, known_label
from ccaudit.model import Conversation

_TIMESTAMP = r"\d{1,2}:\d{2}:\d{2}[,.]\d{3}"
_TIMING = re.compile(rf"[ \t]*({_TIMESTAMP})[ \t]*-->[ \t]*({_TIMESTAMP})(?:[ \t].*)?")
_SNIFF = re.compile(rf"\A\s*\d+[ \t]*\r?\n{_TIMESTAMP}[ \t]*-->")
# Brackets, or a short label without digits (times and amounts also contain colons), or
# a diarizer's SPEAKER_00 / spk_0 / Speaker 1.
_LETTER = r"(?:[^\W\d]|[\u0E30-\u0E4F])"  # Thai vowel and tone marks are not \w
_PREFIX = re.compile(
    rf"(?:\[(?P<bracketed>[^\]\n]{{1,40}})\]|(?P<numbered>SPEAKER_\d+|{GENERIC_LABEL})"
    rf"|(?P<named>{_LETTER}+(?: {_LETTER}+){{0,2}}))[ \t]*[:：][ \t]*"
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
        begin, raw, said_from = cue.offset, cue.text, 0
        speaker = speaker_after_timing(cue) or speaker
        prefix = _PREFIX.match(raw)
        if prefix:
            speaker = next(v for v in prefix.group("bracketed", "numbered", "named") if v).strip()
            if _holds_name(speaker):
                said_from = prefix.end()
            else:
                begin, raw = begin + prefix.end(), raw[prefix.end() :]
        caption = remove_markup(raw, begin, _TAG).stripped()
        if caption.text:
            captions.add(caption, speaker, cue.start_ms, cue.end_ms, said_from)
    if not captions.turns:
        raise InputFileError("SRT file has no cues with text")
    yield captions.conversation(source, options, READER.name)


def _holds_name(label: str) -> bool:
    return not known_label().fullmatch(label) or bool(LABEL_HOLDS_NAME.search(label))


class SrtReader:
    name = "srt"
    description = "SRT subtitles with Agent:/Customer:/[SPEAKER_01]: speaker prefixes"

    def sniff(self, source: Source) -> bool:
        return bool(_SNIFF.match(source.head))

    read = staticmethod(read_srt)


READER = SrtReader()
