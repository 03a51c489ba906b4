"""The patterns that find headers, speaker labels and times at the start of plain-text lines.

Header lines (`Call ID:`, `Agent ID:`, `รหัสพนักงาน:`, `Date:`, `Channel:`, `Language:`,
`Ticket ID:`) set metadata. `Agent:` and `พนักงาน:` are speaker labels: in a transcript
`Agent: hello` is dialogue. Only right after another header line, with a value shaped
like an id (`Agent: A-1023`, one token with a digit), are they read as the agent's id
(blank lines between headers do not count). Any other `Key: value` line is content, so PII
in it is still scanned.

A label is a word of the vocabulary (speaker_labels), numbered or not (`Agent 2`, the second
agent of a transferred call), a bare label (`Speaker 1`, `spk_0`), the --agent-speaker value,
or, after a time (`10:32 Somchai: ...`, a chat export), a display name. It may follow a time
(`[00:01:23]`, `00:12`, `(01:23)`, `1/5/24, 10:32 -`) or a turn number in brackets
(`[01] AGENT: ...`), be quoted as in an e-mail reply (`>> Agent: ...`), carry a name in
parentheses (`AGENT (Dana):`) or follow one with its role in brackets (`ณัฐ [เจ้าหน้าที่]:`), and
end with `:`, `：`, `>` or `>>`, ` - `, `- ` (`AGT- ...`), ` | `, an arrow (`➜`, `->`) or, for
a person's role word or a bare label, the end of its line (the text then starts on the next
line). A table of time, speaker and text (`00:39 | MARCUS | Hi`) labels its rows by its
speaker column; names in brackets or angle brackets, or that a pipe ends, label a chat's lines
as chat names do (see chat_names, piped_names). With no separator, a label may end after a
time in brackets (`Speaker 2 [00:00:58] hi`, `S1 (0:27) hi`), after a time with a tab or two spaces
(`00:51 AGT  hi`), or, in a document whose lines open that way throughout, with a space after
a role word (`agent hi`, see spaced_role_words); a label in brackets (`[IVR] ...`,
`[Agent 09:14] ...`, `[Agent - Dana] ...`) ends with its bracket, and its text follows on the
same line. The patterns never cross a line break, so they run over a whole block of lines at
once.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from dataclasses import dataclass
from functools import cached_property, lru_cache

from ccaudit.ingest.speaker_labels import (
    GENERIC_LABEL,
    LABEL_WORDS,
    LETTER_ROLES,
    PEOPLE_KINDS,
    WORD_KIND,
    caseless,
    words_pattern,
)
from ccaudit.line_starts import AtLineStarts

_HEADER_KEYS = {
    "call_id": r"call[ _-]?id|contact[ _-]?id|conversation[ _-]?id|interaction[ _-]?id|รหัสการโทร",
    "ticket_id": r"ticket(?:[ _-]?(?:id|no\.?|number|#))?|เลขที่ตั๋ว|เลขที่เรื่อง",
    "agent_id": r"agent[ _-]?id|agent[ _-]?code|employee[ _-]?id|staff[ _-]?id"
    r"|รหัสพนักงาน|รหัสเจ้าหน้าที่",
    "date": r"date|call[ _-]?date|start[ _-]?time|วันที่",
    "channel": r"channel|ช่องทาง",
    "language": r"language|lang|ภาษา",
}
_HEADER = (
    r"(?P<header>(?i:[ \t]*(?:[-*][ \t]+)?(?:\*\*)?(?:"
    + "|".join(f"(?P<{key}>{pattern})" for key, pattern in _HEADER_KEYS.items())
    + r")(?:\*\*)?[ \t]*[:：](?:\*\*)?[ \t]*(?P<value>\S[^\r\n]*?)[ \t]*(?=[\r\n]|\Z)))"
)
HEADER_KEYS = tuple(_HEADER_KEYS)
# A line of nothing but whitespace (form feeds and the like included).
_BLANK = r"(?P<blank>[^\S\r\n]*(?=[\r\n]|\Z))"
AGENT_ID_LINE = re.compile(
    r"[ \t]*(?:agent|พนักงาน|เจ้าหน้าที่)[ \t]*[:：][ \t]*"
    r"(?P<value>[A-Za-z]{0,6}[-_]?[0-9][A-Za-z0-9_-]{0,15})[ \t]*",
    re.IGNORECASE,
)

_CLOCK = r"\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?"
_CLOCK_ALONE = re.compile(_CLOCK)
_DATE = r"\d{1,4}[-/.]\d{1,2}(?:[-/.]\d{1,4})?,?[ \tT]+"
# A span in seconds, as some speech-to-text exports time a segment: `[4.12-11.80]`.
_SECONDS = r"\d{1,5}\.\d{1,3}"
_SPAN_END = rf"[ \t]*[-–][ \t]*(?:{_CLOCK}|{_SECONDS})"
# An ISO time's zone after it: `2024-03-02T10:21:48+05:30`, `...Z`.
_ZONE = r"(?:Z|[+-]\d{2}:?\d{2})(?![\d:])"
_TIME = (
    rf"[ \t]*[\[(]?(?:{_DATE})?(?P<time>{_CLOCK}|{_SECONDS}(?={_SPAN_END}))"
    rf"(?:[ \t]?[aApP]\.?[mM]\.?|{_SPAN_END}|{_ZONE})?[\])]?[ \t]*"
    r"(?:(?P<table>\|)[ \t]*|[-–·][ \t]*)?"
)
# Some exports number their turns (`[01] AGENT: ...`, `(12) Customer: ...`).
_TURN_NUMBER = r"[ \t]*[\[(]\d{1,4}[\])][ \t]+"
# A transcript quoted in an e-mail reply or a ticket (`> Agent: ...`, `>> ลูกค้า: ...`).
_QUOTED = r"(?:[ \t]*>)+[ \t]*"
_LETTER = r"(?:[^\W\d_]|[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e])"  # Thai vowel and tone marks are not \w
# A chat's display name: words of letters (with `.`, `'`, `_` or digits after the first letter:
# `marcus.h`, `P'Fah`), joined by spaces or by a shop's separators (`Sam | Shop`, `Ben (Shop)`,
# `Grace @ Shop`, `Shop · Fah`, `Shop - Admin Som`), perhaps ending with a number (`Room 1802`).
_EMOJI = "[\U0001f300-\U0001faff\u2600-\u27bf]"
_NAME_CHAR = r"[\w.'’\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]"
# Chat exports may set an emoji before each label (`👤 ลูกค้า:`, `👩‍💼 ปลา:`, `🤖 SafeBot:`).
_EMOJI_BEFORE = rf"(?:(?={_EMOJI})(?>{_EMOJI}[\uFE0F\u200D{_EMOJI[1:-1]}]{{0,5}})[ \t]*)?"
_NAME_WORD = rf"{_LETTER}{_NAME_CHAR}{{0,20}}+"


def _name_pattern(joiners: str) -> str:
    return (
        rf"{_LETTER}{_NAME_CHAR}{{1,20}}+"
        # An atomic group, not a possessive {0,4}+: Python 3.11.2's possessive repeat kept the
        # space of an attempt that failed (`ploy.k (2026-…` became `ploy.k `).
        rf"(?>(?:(?:[ ]?[{joiners}]|[ ][-–])?[ ]\(?{_NAME_WORD}\)?|[ ]?\({_NAME_WORD}\)){{0,4}})"
        r"(?:[ ]\d{1,6}(?![\d:.]))?"
        # A chat app's display name may end with emoji: `Maprang🌷`, `Nok ✨`.
        rf"(?:[ ]?{_EMOJI}[\uFE0F\u200D{_EMOJI[1:-1]}]{{0,5}})?"
    )


_NAME = _name_pattern("|@·(")
# A table's columns (`00:39 | MARCUS | Hi Mr Patel`): a name there has no `|` of its own.
_TABLE_NAME = _name_pattern("@·(")
_PIPE_END = r"[ \t]*\|(?=[ \t])"
_COLUMN_END = rf"(?(table){_PIPE_END}|(?!))"
_ANY_NAME = rf"(?(table){_TABLE_NAME}|{_NAME})"
# Names that a pipe ends without a time before them: `>> บีม | สวัสดีค่ะ` (see piped_names).
_PIPED_NAME_LINE = re.compile(rf"\n(?:[ \t]*>)*[ \t]*(?P<name>{_TABLE_NAME}){_PIPE_END}[ \t]*\S")
# Some chat exports put the time after the name (`Ploy 10:32 : hi`), perhaps with its date
# (`buyer_01 (2026-12-06 11:02): hi`).
_NAME_TIME = rf"[ \t]+[\[(]?(?:{_DATE})?{_CLOCK}[\])]?"
# A form's field, whose key may name a role in brackets: `Name (Customer): ...`.
_FORM_FIELD = (
    r"(?i:(?:full |first |last |family )?name|phone|mobile|tel|e-?mail|address|dob|id|account"
    r"|signature|ชื่อ|เบอร์|โทร|อีเมล|ที่อยู่|ลายเซ็น)(?![^\W\d_])"
)
# A label ends with a separator or, for a person's label, with its line.
_LABEL_END = (
    r"(?:\*\*[ \t]*[:：]|(?:[:：]|>{1,3})(?:\*\*)?|[ \t]*(?:[-–—|➜→»›]|=>|->)(?=[ \t])"
    r"|(?(solo)(?:\*\*)?[ \t]*(?=[\r\n]|\Z)|(?!)))"
)
# A label that holds a name (`Customer (Dana)`, `[Agent - Dana]`): the text keeps it, to be scanned.
LABEL_HOLDS_NAME = re.compile(r"[(\[]|[ \t][-–—][ \t]")
_BREAKS = re.compile(r"\r\n|\r|\n")
_WORD_START = re.compile(r"\s+(?=\S)")


_LETTER_LINE = AtLineStarts(rf"(?>{_TIME})?(?P<letter>[A-Z])(?:[ \t]*[:：]|[ \t]+[-–—](?=[ \t]))")
_ARROW_END = r"[ \t]+[›»➜→](?=[ \t])"
_NAME_LINE = AtLineStarts(
    rf"(?>{_TIME}){_EMOJI_BEFORE}(?P<name>{_ANY_NAME})"
    rf"(?:[ \t]*[:：]|\t|{_ARROW_END}|{_COLUMN_END})"
)
# Searched in "\n" + head: a literal first character lets the search skip to line starts.
_UNTIMED_NAME_LINE = re.compile(
    rf"\n{_EMOJI_BEFORE}(?:(?P<name>{_NAME})(?:{_NAME_TIME})?(?:[ \t]*[:：]|\t)"
    rf"|\[(?P<bracketed>{_NAME})\]|<(?P<angled>{_NAME})>)[ \t]*\S"
)
_MERIDIEM = r"(?: ?[AaPp]\.?[Mm]\.?)?"
# A name and a time alone on a line, the message below (see line_patterns).
_NAME_TIME_LINE = re.compile(
    rf"\n(?P<name>{_NAME})[ \t]+(?:[·•|][ \t]+)?{_CLOCK}{_MERIDIEM}[ \t]*(?=\r?\n)"
)
# Speakers named this way, each at least this often, make a chat of the layout.
MIN_NAME_TIME_LINES = 2
# Untimed names are a chat's when this share of the non-blank lines start with them.
CHAT_NAME_SHARE = 0.6
# A name or label opening a caption cue (`Somchai Jaidee: ...`, as Zoom writes transcripts).
NAME_OPENING = re.compile(rf"(?P<name>{_NAME})[ \t]*[:：][ \t]*(?=\S)")


@dataclass(frozen=True)
class LinePatterns:
    """Each finds every line of a block that matters at once. `label_lines` finds labelled
    and timed lines, `preamble_lines` header and blank lines too (before the first label).
    Their matches start with the newline before their line, so a block is searched with a
    newline put before it; the `_cr` ones are for blocks with lone CR line breaks, and their
    matches start at their line. Few files have such breaks, and compiling a pattern takes
    some 5 ms: those two are compiled when a block first needs them."""

    label_lines: re.Pattern[str]
    preamble_lines: re.Pattern[str]
    agent_speaker: str | None
    letters: str  # the single letters that label speakers (letters_label)
    body: str  # the pattern for a labelled or timed line, from its first character on
    preamble: str  # the same, or a header or blank line

    @cached_property
    def label_lines_cr(self) -> re.Pattern[str]:
        return _at_cr_line_starts(self.body)

    @cached_property
    def preamble_lines_cr(self) -> re.Pattern[str]:
        return _at_cr_line_starts(self.preamble)


def _at_cr_line_starts(pattern: str) -> re.Pattern[str]:
    return re.compile(rf"(?:^|(?<=\r)(?!\n))(?:{pattern})", re.MULTILINE)


@lru_cache(maxsize=32)
def line_patterns(
    agent_speaker: str | None,
    letters: str,
    chat: bool = False,
    spaced: str = "",
    piped: bool = False,
) -> LinePatterns:
    """The label pattern for a document; `letters` are the single letters that label speakers
    (see letters_label), `chat` accepts display names without times (see chat_names),
    `spaced` the role words that open its lines with only a space after them (see
    spaced_role_words), `piped` names that a pipe ends (see piped_names)."""
    solo = [words_pattern(PEOPLE_KINDS), GENERIC_LABEL]
    if agent_speaker:
        solo.insert(0, caseless(agent_speaker))
    others = [words_pattern(tuple(k for k in LABEL_WORDS if k not in PEOPLE_KINDS))]
    if letters:
        others.append("|".join(letters))
    # A label in brackets (`[Agent] hi`, `[ลูกค้า 09:14] hi`, `<เจ้าหน้าที่> hi`) ends with its
    # bracket, its text on the same line.
    spaced_words = rf"(?P<spaced>{spaced})|" if spaced else ""
    spaced_end = r"|(?(spaced)[ \t](?=[ \t]*\S)|(?!))" if spaced else ""
    # A label between rules alone on its line (`== เจ้าหน้าที่ ==`) has its text on the lines
    # below. A label may also end, with no separator, after a time in brackets (`Speaker 2
    # [00:00:58] hi`, `S1 (0:27) hi`; `S1` alone is too short to be a label) or, after a time,
    # with a tab or two spaces (`00:51 AGT  hi`, `Speaker 2 00:00:13.400  hi`).
    labelled = (
        rf"(?:(?P<bracket>[\[<])|\*\*|(?P<ruled>={{2,}}[ \t]*))?"
        rf"(?P<label>(?P<word>{spaced_words}(?P<solo>{'|'.join(solo)})"
        rf"|{'|'.join(others)}|(?P<short>[sS])(?=\d{{1,2}}[ \t]+[\[(]))"
        rf"(?:[ _]?\d{{1,4}}(?!:\d))?(?![^\W_])"
        rf"(?:[ \t]*\((?!\d{{1,2}}:)[^()\r\n]{{1,40}}\))?"
        rf"(?(bracket)(?:[ \t]+[-–—][ \t]+[^\]\r\n]{{1,40}}(?=\]))?|))"
        rf"(?:[ \t]+[\[(]?(?P<after>{_CLOCK})(?!:?\d)[\])]?)?"
        rf"(?:(?(short)(?!)|[ \t]*"
        rf"(?(bracket)(?:[\]>]|(?<=\]))(?:[ \t]*[:：])?(?=[ \t]*\S)"
        rf"|(?(ruled)={{2,}}[ \t]*(?=[\r\n]|\Z)|{_LABEL_END})))"
        rf"|(?(after)(?:(?<=[\])])(?=[ \t]+\S)|(?:[ ]{{2}}|\t)(?=[ \t]*\S))|(?!))"
        rf"|(?(short)(?!)|(?(time)(?:[ ]{{2}}|\t)(?=[ \t]*\S)|(?!)))"
        rf"{spaced_end})[ \t]*"
    )
    # A display name, or text, only after a time: `Somchai: hi` alone is a key and a value,
    # but in a chat without times (chat_names) names start lines.
    # A chat copied from Messenger, Teams or Slack puts the name and the time on a line of
    # their own, the message below (`Kittipong Saelim · 18:02`).
    named = (
        rf"(?P<name_bracket>[\[<])?(?P<name>{_TABLE_NAME if piped else _ANY_NAME})"
        rf"(?:[ \t]+(?:[·•|][ \t]+)?[\[(]?(?:{_DATE})?(?P<name_time>{_CLOCK})"
        rf"{_MERIDIEM}[\])]?)?"
        r"(?(name_bracket)[\]>][ \t]*(?=\S)|"
        rf"(?:[ \t]*[:：]|\t|{_ARROW_END}|(?(name_time)[ \t]*(?=[\r\n]|\Z)|(?!))"
        rf"|(?P<column>{_PIPE_END if piped else _COLUMN_END})))[ \t]*"
    )
    if not chat:
        named = rf"(?(time){named}|(?!))"
    # A name with its role in brackets: `ณัฐ [เจ้าหน้าที่]: ...`, `Ploy (Agent): ...` (as Zendesk
    # writes a chat), but not a form's field (`Name (Customer): ...`).
    role_named = (
        rf"(?!{_FORM_FIELD})(?P<role_label>{_NAME_WORD}(?:[ ]{_NAME_WORD}){{0,2}}[ \t]*"
        rf"[\[(](?P<role_word>{words_pattern(PEOPLE_KINDS)})[\])])"
        r"[ \t]*(?:[:：]|[-–—|](?=[ \t]))[ \t]*"
    )
    timed = r"(?(time)(?=\S)|(?!))"
    # Most lines start with a letter: the time's first character is checked before the time.
    body = (
        rf"(?:(?=[ \t>])(?>{_QUOTED}))?"
        rf"(?:(?=[ \t\[(\d])(?>(?:{_TURN_NUMBER})?{_TIME}|{_TURN_NUMBER}))?"
        rf"{_EMOJI_BEFORE}(?:{labelled}|{role_named}|{named}|{timed})"
    )
    preamble = f"{_HEADER}|{_BLANK}|{body}"
    return LinePatterns(
        re.compile(rf"\n(?:{body})"),
        re.compile(rf"\n(?:{preamble})"),
        agent_speaker,
        letters,
        body,
        preamble,
    )


def display_names(head: str) -> frozenset[str]:
    """Names after a time (`10:32 Somchai: hi`, a chat export) are speaker labels when they
    start at least two lines, as a chat's participants do; once, `[00:07] Balance: 500` is
    a time and text."""
    counts = Counter(match["name"] for match in _NAME_LINE.finditer(head))
    known = known_label().fullmatch
    return frozenset(name for name, count in counts.items() if count >= 2 and not known(name))


def chat_names(head: str) -> tuple[str, ...]:
    """Names that label a chat without times before them (`shop_admin: hi`, `Example Shop
    Support: ...`, a name and a tab as a spreadsheet export has it, `Ploy 10:32 : hi`, a name
    in brackets `[Mint | Orchid Air] hi`):
    the speakers (these names and labels such as `Customer`) are two or more, each starts
    two lines or more, and between them they start most lines. Otherwise `Name: Somchai` and
    `Phone: ...` stay keys and values."""
    lined = Counter(match["name"] for match in _NAME_TIME_LINE.finditer("\n" + head))
    named_on_lines = [n for n, count in lined.items() if count >= MIN_NAME_TIME_LINES]
    if len(named_on_lines) >= 2:
        return tuple(sorted(n for n in named_on_lines if not known_label().fullmatch(n)))
    counts = Counter(
        match["name"] or match["bracketed"] or match["angled"]
        for match in _UNTIMED_NAME_LINE.finditer("\n" + head)
        if (match["bracketed"] or "").casefold() not in _TRANSCRIBER_NOTES
    )
    return _speaking_names(counts, head)


def piped_names(head: str) -> tuple[str, ...]:
    """Names that a pipe ends, with no time before them (`>> บีม | สวัสดีค่ะ`), as chat_names
    counts them: two speakers or more, each starting two lines, between them most lines."""
    return _speaking_names(Counter(m["name"] for m in _PIPED_NAME_LINE.finditer("\n" + head)), head)


def _speaking_names(counts: Counter[str], head: str) -> tuple[str, ...]:
    """The names among the line openers `counts` holds, when the openers that start two lines
    or more (names and labels such as `Customer`) are two or more and start most lines."""
    speakers = [name for name, count in counts.items() if count >= 2]
    names = tuple(sorted(name for name in speakers if not known_label().fullmatch(name)))
    if not names or len(speakers) < 2:
        return ()
    lines = sum(1 for line in head.splitlines() if line.strip())
    return names if sum(counts[name] for name in speakers) >= CHAT_NAME_SHARE * lines else ()


# What a transcriber or a chat app puts in brackets at a line's start, never a speaker.
_TRANSCRIBER_NOTES = frozenset({
    "inaudible", "crosstalk", "laughter", "laughs", "music", "noise", "silence", "pause",
    "image", "photo", "sticker", "video", "file", "voice message", "รูปภาพ", "สติกเกอร์",
    "ไม่ได้ยิน", "เสียงรบกวน",
})  # fmt: skip


@lru_cache(maxsize=1)
def known_label() -> re.Pattern[str]:
    """A label of the vocabulary or a bare label, with a name in parentheses or not."""
    words = words_pattern(tuple(LABEL_WORDS))
    return re.compile(rf"(?:{words}|{GENERIC_LABEL})(?:[ \t]*\([^()]*\))?")


def letters_label(head: str) -> str:
    """The letters that label a document's speakers (`A:`, `C:`), or "". `A` and `C` (agent,
    customer) label a document consistently labelled that way: both start lines and no other
    single letter does. Two other letters (`A:`/`B:`) are bare labels, naming nobody's role,
    only when each starts two lines or more and between them they start most lines: `A: yes`
    / `B: no` once is a list, and `Q:`/`A:` a list of questions and answers."""
    counts = Counter(m["letter"] for m in _LETTER_LINE.finditer(head))
    starts = set(counts)
    if starts == set(LETTER_ROLES):
        return "".join(LETTER_ROLES)
    if len(starts) != 2 or "Q" in starts or min(counts.values()) < 2:
        return ""
    lines = sum(1 for line in head.splitlines() if line.strip())
    return "".join(sorted(starts)) if sum(counts.values()) >= CHAT_NAME_SHARE * lines else ""


_ROLE_WORD_LINE = AtLineStarts(rf"(?P<role>{words_pattern(PEOPLE_KINDS)})(?![^\W_])[ \t]+\S")


def spaced_role_words(head: str) -> str:
    """A pattern for the two role words that open a document's lines with no separator after
    them (`agent hi there` / `caller hi`, as some ASR exports write turns), or "". They do
    only when one names the agent and the other the customer, each opens two lines or more,
    between them they open most lines, and the speaker changes at every other line at least.
    An export writes its labels in one case; a sentence starts with a capital, so notes
    (`Customer said ...` / `Agent called back ...`) stay text, as do a ticket's lines that
    run `customer ...`, `customer ...`, then `agent ...`."""
    words = [m["role"] for m in _ROLE_WORD_LINE.finditer(head)]
    if not all(word.islower() or word.isupper() for word in words):
        return ""
    words = [word.casefold() for word in words]
    counts = Counter(words)
    if len(counts) != 2 or min(counts.values()) < 2:
        return ""
    changes = sum(1 for before, after in itertools.pairwise(words) if before != after)
    if 2 * changes < len(words) - 1:
        return ""
    if {WORD_KIND[word] for word in counts} != set(PEOPLE_KINDS):
        return ""
    lines = sum(1 for line in head.splitlines() if line.strip())
    if sum(counts.values()) < CHAT_NAME_SHARE * lines:
        return ""
    return "|".join(caseless(word) for word in sorted(counts))


def mostly_labelled(head: str) -> bool:
    """Most non-blank lines of `head` start with a speaker label (or a time): a transcript,
    though it starts like JSON (`[01] AGENT: ...`)."""
    lines = head.splitlines()  # any line breaks, lone CRs too
    # Every argument as parser_for gives it without options, so that the two share one compile.
    patterns = line_patterns(None, letters_label(head), False, "", False)
    starts = sum(1 for _ in patterns.label_lines.finditer("\n" + "\n".join(lines)))
    written = sum(1 for line in lines if line.strip())
    return starts > 0 and starts >= CHAT_NAME_SHARE * written


def is_clock(value: str) -> bool:
    """A time as transcripts write one: `1:23`, `00:01:23.40`, `01:23,5`."""
    return _CLOCK_ALONE.fullmatch(value) is not None


def time_ms(stamp: str | None) -> int | None:
    if not stamp:
        return None
    clock, _, fraction = stamp.replace(",", ".").partition(".")
    seconds = 0
    for part in clock.split(":"):
        seconds = seconds * 60 + int(part)
    return seconds * 1000 + (int(fraction.ljust(3, "0")) if fraction else 0)


def count_breaks(text: str, start: int = 0, end: int | None = None) -> int:
    """Line breaks in text[start:end]: `\\n`, `\\r\\n` and a lone `\\r` each count once."""
    end = len(text) if end is None else end
    newlines = text.count("\n", start, end)
    if "\r" not in text:
        return newlines
    return newlines + text.count("\r", start, end) - text.count("\r\n", start, end)


def overlap_start(text: str, chars: int) -> int:
    """Where the last `chars` or fewer characters of `text` start, at a word when there is one
    (so that a value in them is whole), never between the CR and LF of a line break."""
    start = max(len(text) - chars, 0)
    word = _WORD_START.search(text, start)
    if word:
        return word.end()
    return start + 1 if text[start - 1 : start + 1] == "\r\n" else start


def line_end(text: str, start: int) -> tuple[int, int]:
    """Where the line starting at `start` ends, and where the next one starts."""
    found = _BREAKS.search(text, start)
    return (found.start(), found.end()) if found else (len(text), len(text))
