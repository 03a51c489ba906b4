"""What WebVTT and SRT share: lines and blank-line blocks, cue timings, caption turns.

A caption turn is located by its offset in the decoded file and its 1-based line number.
Where markup had to be removed, the turn keeps an index from each of its characters back to
the file, so findings still point at exact file offsets.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from ccaudit.errors import InputFileError
from ccaudit.ingest.base import ReadOptions, Source
from ccaudit.ingest.speaker_roles import label_roles
from ccaudit.model import Conversation, Locator, Turn


@dataclass(frozen=True)
class TextLine:
    number: int
    offset: int
    content: str


@dataclass(frozen=True)
class Cue:
    """A cue's timing and its text: the file from its first text line to its last one."""

    start_ms: int
    end_ms: int
    offset: int
    text: str
    # What follows the end time on the timing line: WebVTT cue settings, or a speaker.
    after_timing: str = ""


_ENTITY = r"&(?:#\d+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);"


@dataclass(frozen=True)
class CaptionText:
    """Cue text at `offset` in the file; `index` maps each character back (None: exact slice)."""

    text: str
    offset: int
    index: tuple[int, ...] | None = None

    def sliced(self, start: int, end: int | None = None) -> CaptionText:
        end = len(self.text) if end is None else end
        if self.index is None:
            return CaptionText(self.text[start:end], self.offset + start)
        return CaptionText(self.text[start:end], self.offset, self.index[start:end])

    def stripped(self) -> CaptionText:
        lead = len(self.text) - len(self.text.lstrip())
        return self.sliced(lead, lead + len(self.text.strip()))


@lru_cache(maxsize=4)
def _markup(tag_pattern: str) -> re.Pattern[str]:
    return re.compile(f"(?:{tag_pattern})|{_ENTITY}")


def remove_markup(raw: str, offset: int, tag: re.Pattern[str]) -> CaptionText:
    """Drop tags and decode HTML entities, remembering where each character came from."""
    markup = _markup(tag.pattern)
    if not markup.search(raw):
        return CaptionText(raw, offset)
    chars: list[str] = []
    index: list[int] = []
    position = 0
    for match in markup.finditer(raw):
        chars.extend(raw[position : match.start()])
        index.extend(range(position, match.start()))
        if match.group().startswith("&"):
            decoded = html.unescape(match.group())
            chars.extend(decoded)
            index.extend([match.start()] * len(decoded))
        position = match.end()
    chars.extend(raw[position:])
    index.extend(range(position, len(raw)))
    return CaptionText("".join(chars), offset, tuple(index))


def split_lines(text: str) -> list[TextLine]:
    """Lines with their 1-based number, file offset and content without the line ending."""
    lines, offset = [], 0
    for number, line in enumerate(text.splitlines(keepends=True), start=1):
        lines.append(TextLine(number, offset, line.rstrip("\r\n")))
        offset += len(line)
    return lines


def text_blocks(lines: list[TextLine]) -> Iterator[list[TextLine]]:
    """Runs of non-blank lines, as blank lines separate cues."""
    block: list[TextLine] = []
    for line in lines + [TextLine(0, 0, "")]:
        if line.content.strip():
            block.append(line)
        elif block:
            yield block
            block = []


def parse_cue(block: list[TextLine], text: str, timing: re.Pattern[str], kind: str) -> Cue | None:
    """The cue in a block (its timing on the first or second line), or None for no cue or text.

    `timing` matches a whole timing line with the start and end times as groups 1 and 2.
    """
    timing_at = next((i for i, line in enumerate(block[:2]) if "-->" in line.content), None)
    if timing_at is None:
        return None
    times = timing.fullmatch(block[timing_at].content)
    if not times:
        raise InputFileError(f"line {block[timing_at].number}: invalid {kind} cue timing")
    payload = block[timing_at + 1 :]
    if not payload:
        return None
    begin, end = payload[0].offset, payload[-1].offset + len(payload[-1].content)
    start_ms, end_ms = timestamp_ms(times.group(1)), timestamp_ms(times.group(2))
    after_timing = block[timing_at].content[times.end(2) :].strip()
    return Cue(start_ms, end_ms, begin, text[begin:end], after_timing)


# A cue setting (WebVTT `align:start`, `position:10%,line-left`; SRT `X1:40`).
_SETTING = re.compile(r"[^\s:]+:[^\s:]+")


def speaker_after_timing(cue: Cue) -> str | None:
    """The speaker that ASR tools without voice spans or prefixes write after the timing
    (`00:00:03.120 --> 00:00:06.900 Speaker 1`), where the formats put cue settings."""
    words = [word for word in cue.after_timing.split() if not _SETTING.fullmatch(word)]
    return " ".join(words).rstrip(":：").strip() or None


def timestamp_ms(value: str) -> int:
    """`hh:mm:ss.ttt` or `mm:ss.ttt` (SRT's comma accepted too) in milliseconds."""
    *rest, seconds = value.replace(",", ".").split(":")
    hours, minutes = (int(rest[0]), int(rest[1])) if len(rest) == 2 else (0, int(rest[0]))
    whole, millis = seconds.split(".")
    return ((hours * 60 + minutes) * 60 + int(whole)) * 1000 + int(millis)


class CaptionTurns:
    """The turns of one caption file, added in file order and located by offset and line."""

    def __init__(self, text: str):
        self.turns: list[Turn] = []
        self._text = text
        self._line, self._counted_to = 1, 0

    def add(
        self,
        caption: CaptionText,
        speaker: str | None,
        start_ms: int,
        end_ms: int,
        said_from: int = 0,
    ) -> None:
        first = caption.offset + (caption.index[0] if caption.index else 0)
        self._line += self._text.count("\n", self._counted_to, first)
        self._counted_to = first
        self.turns.append(
            Turn(
                index=len(self.turns),
                role="unknown",
                text=caption.text,
                speaker=speaker,
                start_ms=start_ms,
                end_ms=end_ms,
                locator=Locator(offset=caption.offset, line=self._line),
                source_index=caption.index,
                said_from=said_from,
            )
        )

    def conversation(self, source: Source, options: ReadOptions, format_name: str) -> Conversation:
        """The file's one voice conversation, roles taken from the speaker labels."""
        label_roles(self.turns, options)
        stem = source.path.stem
        return Conversation(
            id=stem,
            path=source.display,
            source_format=format_name,
            turns=self.turns,
            channel="voice",
            agent_id=options.agent_for(stem, source.path.name),
        )
