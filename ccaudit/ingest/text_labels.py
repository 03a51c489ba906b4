"""What a line of a plain-text transcript, ticket or note says: header, speaker label, time.

Header lines (`Call ID:`, `Agent ID:`, `รหัสพนักงาน:`, `Date:`, `Channel:`, `Language:`,
`Ticket ID:`) set metadata. `Agent:` and `พนักงาน:` are speaker labels: in a transcript
`Agent: hello` is dialogue. Only right after another header line, with a value shaped
like an id (`Agent: A-1023`, one token with a digit), are they read as the agent's id
(blank lines between headers do not count).
Any other `Key: value` line is content, so PII in it is still scanned.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import NamedTuple

from ccaudit.model import Role

_HEADER_KEYS = {
    "call_id": r"call[ _-]?id|contact[ _-]?id|conversation[ _-]?id|interaction[ _-]?id|รหัสการโทร",
    "ticket_id": r"ticket(?:[ _-]?(?:id|no\.?|number|#))?|เลขที่ตั๋ว|เลขที่เรื่อง",
    "agent_id": r"agent[ _-]?id|agent[ _-]?code|employee[ _-]?id|staff[ _-]?id"
    r"|รหัสพนักงาน|รหัสเจ้าหน้าที่",
    "date": r"date|call[ _-]?date|start[ _-]?time|วันที่",
    "channel": r"channel|ช่องทาง",
    "language": r"language|lang|ภาษา",
}
_AGENT_ID_LINE = re.compile(
    r"[ \t]*(?:agent|พนักงาน|เจ้าหน้าที่)[ \t]*[:：][ \t]*"
    r"(?P<value>[A-Za-z]{0,6}[-_]?[0-9][A-Za-z0-9_-]{0,15})[ \t]*$",
    re.IGNORECASE,
)
_HEADER = re.compile(
    r"[ \t]*(?:[-*][ \t]+)?(?:\*\*)?(?:"
    + "|".join(f"(?P<{key}>{pattern})" for key, pattern in _HEADER_KEYS.items())
    + r")(?:\*\*)?[ \t]*[:：](?:\*\*)?[ \t]*(?P<value>\S.*?)[ \t]*$",
    re.IGNORECASE,
)

# Longer alternatives first, so `internal note` wins over `note` and `ระบบอัตโนมัติ` over `ระบบ`.
_ROLE_LABELS: dict[str, str] = {
    "agent": r"agent|representative|rep|csr|operator|advisor|staff"
    r"|พนักงานรับสาย|พนักงาน|เจ้าหน้าที่",
    "customer": r"customer|caller|client|ลูกค้า|ผู้โทร|ผู้ติดต่อ",
    "ivr": r"ivr|ระบบอัตโนมัติ|ระบบ",
    "bot": r"virtual[ ]agent|chatbot|bot|บอท",
    "system": r"system",
    "note": r"internal[ ]note|agent[ ]note|note|บันทึกภายใน|บันทึก",
    "subject": r"subject|เรื่อง",
    "generic": r"speaker[ _]?\d{1,2}|speaker[ ][a-z]|spk_\d{1,2}|ch_\d{1,2}|channel[ ]\d{1,2}"
    r"|ผู้พูด[ ]?\d{1,2}",
}
_CLOCK = r"\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?"
# `[00:01:23]`, `(01:23)` or a bare `00:01:23` before the label or the text.
_TIME_PREFIX = rf"[ \t]*[\[(]?(?P<time>{_CLOCK})[\])]?[ \t]*(?:-[ \t]*)?"


class LabelledLine(NamedTuple):
    kind: str
    speaker: str | None
    start_ms: int | None
    text_start: int


@dataclass(frozen=True)
class Header:
    key: str
    value: str


def _label_regex(extra_label: str | None) -> re.Pattern[str]:
    alternatives = [f"(?P<{kind}>{pattern})" for kind, pattern in _ROLE_LABELS.items()]
    if extra_label:
        alternatives.insert(0, f"(?P<extra>{re.escape(extra_label)})")
    return re.compile(
        rf"(?:{_TIME_PREFIX})?(?:\*\*)?(?P<label>(?:{'|'.join(alternatives)})"
        r"(?:[ \t]*\([^()\r\n]{1,40}\))?)[ \t]*(?:\*\*[ \t]*[:：]|[:：](?:\*\*)?)[ \t]*",
        re.IGNORECASE,
    )


class LineClassifier:
    """Classifies lines; `agent_speaker` (--agent-speaker) is accepted as a label too."""

    def __init__(self, agent_speaker: str | None = None):
        self._label = _label_regex(agent_speaker)
        kinds = ("extra", *_ROLE_LABELS) if agent_speaker else _ROLE_LABELS
        self._kind_groups = [(kind, self._label.groupindex[kind]) for kind in kinds]
        self._time_only = re.compile(_TIME_PREFIX)

    def header(self, line: str, follows_header: bool = False) -> Header | None:
        """A metadata line; `follows_header` says the line before was one too."""
        match = _HEADER.match(line)
        if not match:
            agent = _AGENT_ID_LINE.match(line) if follows_header else None
            return Header("agent_id", agent["value"]) if agent else None
        key = next(k for k in _HEADER_KEYS if match.group(k) is not None)
        return Header(key, match.group("value"))

    def labelled(self, line: str) -> LabelledLine | None:
        match = self._label.match(line)
        if match:
            spans = match.regs
            kind = next(kind for kind, group in self._kind_groups if spans[group][0] >= 0)
            return LabelledLine(kind, match.group("label"), _ms(match["time"]), match.end())
        match = self._time_only.match(line)
        if match and match.end() < len(line.rstrip()):
            return LabelledLine("unlabelled", None, _ms(match["time"]), match.end())
        return None


def role_of(kind: str) -> Role:
    """A `Note:` line is the agent's own internal note; generic labels say nothing about roles."""
    if kind == "note":
        return "agent"
    return kind if kind in ("agent", "customer", "ivr", "bot", "system") else "unknown"


def _ms(stamp: str | None) -> int | None:
    if not stamp:
        return None
    clock, _, fraction = stamp.replace(",", ".").partition(".")
    seconds = 0
    for part in clock.split(":"):
        seconds = seconds * 60 + int(part)
    return seconds * 1000 + (int(fraction.ljust(3, "0")) if fraction else 0)
