"""The data model every stage shares: read -> normalise -> detect -> check -> store -> report.

Offsets are Unicode code points. For text inputs a turn's text is an exact slice of the
decoded file, so `Locator.offset + offset inside the turn` is an offset into the file.
For structured inputs the locator names the field (JSON pointer or CSV row/column) and
offsets count from the start of that field's text.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import IntEnum
from typing import Literal

from ccaudit.display_safe import display_safe

Role = Literal["agent", "customer", "ivr", "bot", "system", "unknown"]

Channel = Literal["voice", "chat", "email", "ticket", "note", "unknown"]

RuleStatus = Literal["pass", "fail", "violation", "not_applicable"]
# What a supervisor is shown and a score counts against: a rule failed or violated.
FLAGGED_STATUSES: tuple[RuleStatus, ...] = ("fail", "violation")


class Severity(IntEnum):
    info = 0
    low = 1
    medium = 2
    high = 3
    critical = 4

    @classmethod
    def parse(cls, name: str) -> Severity:
        return cls[name.strip().lower()]


# Diarisation labels (spk_0, ch_1, SPEAKER_00, party_2) are safe to print; caption speaker
# names (`<v Somchai Jaidee>`) are often a customer's real name, so they never leave the model.
# This is the only way a speaker label leaves it, so labels need no display_safe of their own
# (and turns, made by the thousand, do not pay for one).
_MACHINE_LABEL = re.compile(r"[A-Za-z]{2,8}_?\d{1,3}")


def machine_speaker_label(label: str | None) -> str | None:
    return label if label and _MACHINE_LABEL.fullmatch(label) else None


@dataclass(frozen=True)
class Locator:
    """Where a turn's text sits in its source file."""

    offset: int = 0
    pointer: str | None = None
    row: int | None = None
    column: str | None = None
    line: int | None = None

    def as_dict(self) -> dict:
        """For outputs: a CSV header or a JSON key is a name from the file, shown display-safe."""
        return {
            k: display_safe(v) if isinstance(v, str) else v
            for k, v in self.__dict__.items()
            if v is not None and k != "offset"
        }


@dataclass(frozen=True)
class RedactionSpan:
    """A vendor's own redaction marker (`[PII]`, `[CREDIT_DEBIT_NUMBER]`, `{{SSN}}`, `▇▇▇`)."""

    start: int
    end: int
    label: str


@dataclass
class Turn:
    """One utterance, comment or note paragraph; `index` is its position in Conversation.turns."""

    index: int
    role: Role
    text: str
    speaker: str | None = None
    start_ms: int | None = None
    end_ms: int | None = None
    is_internal_note: bool = False
    redactions: tuple[RedactionSpan, ...] = ()
    locator: Locator = field(default_factory=Locator)
    # Set when the text was cleaned (caption tags, HTML entities removed) and so is no longer
    # a slice of the file: source_index[i] is where character i came from, from locator.offset.
    source_index: tuple[int, ...] | None = None
    # The role was inferred from what the speaker said, not stated by a label, option or field.
    role_inferred: bool = False
    # Where the speaker's words start in `text`: after a speaker label the text keeps because
    # it holds a name (`Somchai J.: ...`, `Customer (Dana): ...`), which is scanned for PII
    # but is nobody's words to check.
    said_from: int = 0

    @property
    def said(self) -> str:
        return self.text[self.said_from :] if self.said_from else self.text

    def file_span(self, start: int, end: int) -> tuple[int, int]:
        """Offsets in this turn's text -> offsets in the file (or in the structured field)."""
        base = self.locator.offset
        if self.source_index is None or start >= end:
            return base + start, base + end
        return base + self.source_index[start], base + self.source_index[end - 1] + 1

    def text_span(self, file_start: int, file_end: int) -> tuple[int, int]:
        """The inverse of file_span: a finding's offsets -> offsets in this turn's text."""
        start, end = file_start - self.locator.offset, file_end - self.locator.offset
        if self.source_index is None:
            return start, end
        return bisect_left(self.source_index, start), bisect_left(self.source_index, end)


@dataclass
class Conversation:
    id: str
    path: str
    source_format: str
    turns: list[Turn]
    channel: Channel = "unknown"
    agent_id: str | None = None
    language: str | None = None
    vendor_redacted: bool = False
    metadata: dict[str, str] = field(default_factory=dict)
    # Set when the file holds many documents (ndjson, json-array); `source_format` is then
    # the format of this conversation's own document.
    file_format: str | None = None
    # A huge transcript is read in parts (`<id>-part2`, ...), each starting with a repeat of
    # the end of the part before: the file up to this offset was in that part already.
    overlap_end: int = 0

    def __post_init__(self) -> None:
        """Names and ids from the file are made display-safe once, here, for every output."""
        self.id = display_safe(self.id)
        self.path = display_safe(self.path)
        if self.agent_id is not None:
            self.agent_id = display_safe(self.agent_id)
        self.metadata = {
            key: display_safe(value) if isinstance(value, str) else value
            for key, value in self.metadata.items()
        }

    @property
    def roles_known(self) -> bool:
        return any(t.role != "unknown" for t in self.turns)


def file_format_label(file_format: str | None, document_formats: Iterable[str]) -> str:
    """What a file is, as tables and the store name it: `zendesk`, or for a file of many
    documents its own format and theirs in the order first seen, `ndjson (zendesk, freshdesk)`."""
    names = ", ".join(dict.fromkeys(document_formats))
    return f"{file_format} ({names})" if file_format else names


@dataclass
class Finding:
    path: str
    conversation_id: str
    entity_type: str
    start: int
    end: int
    score: float
    validated: bool
    masked: str
    severity: Severity
    turn: int | None = None
    speaker: Role = "unknown"
    speaker_label: str | None = None
    start_ms: int | None = None
    group: str | None = None
    locator: Locator = field(default_factory=Locator)
    fingerprint: str | None = None
    recognizer: str = ""
    missed_by_vendor: bool = False
    in_internal_note: bool = False
    speaker_inferred: bool = False

    def as_dict(self) -> dict:
        row = {
            "path": self.path,
            "conversation_id": self.conversation_id,
            "entity_type": self.entity_type,
            "start": self.start,
            "end": self.end,
            "score": round(self.score, 3),
            "validated": self.validated,
            "masked": self.masked,
            "severity": self.severity.name,
            "speaker": self.speaker,
            "speaker_inferred": self.speaker_inferred,
            "speaker_label": machine_speaker_label(self.speaker_label),
            # Turns are counted from 1 wherever a person reads them (ccaudit.moments).
            "turn": None if self.turn is None else self.turn + 1,
            "start_ms": self.start_ms,
            "group": self.group,
            "recognizer": self.recognizer,
            "missed_by_vendor": self.missed_by_vendor,
            "internal_note": self.in_internal_note,
        }
        locator = self.locator.as_dict()
        if locator:
            row["locator"] = locator
        if self.fingerprint:
            row["fingerprint"] = self.fingerprint
        return row


@dataclass
class RuleResult:
    path: str
    call_id: str
    agent_id: str | None
    pack: str
    rule_id: str
    title: str
    status: RuleStatus
    severity: Severity
    turn: int | None = None
    start_ms: int | None = None
    evidence: str = ""
    reason: str = ""
    # The same reason worded in Thai (ccaudit/adherence/reason_templates.py).
    reason_th: str = ""
    locator: Locator = field(default_factory=Locator)
    # Scorecards (from the rule's pack): the section the rule scores in, its weight within
    # the section, and whether failing it zeroes the call's score.
    section: str = ""
    weight: float = 1.0
    auto_fail: bool = False
    # One incident per event: the other `pack:rule` ids that the same turn and evidence fail;
    # the incident is reported and scored once, under this result.
    also: tuple[str, ...] = ()

    def reason_in(self, lang: str) -> str:
        """The reason in a report's language: Thai when asked for and known, else English."""
        return self.reason_th if lang == "th" and self.reason_th else self.reason

    def as_dict(self) -> dict:
        row = {
            "path": self.path,
            "call_id": self.call_id,
            "agent_id": self.agent_id,
            "pack": self.pack,
            "rule_id": self.rule_id,
            "title": self.title,
            "status": self.status,
            "severity": self.severity.name,
            "turn": None if self.turn is None else self.turn + 1,
            "start_ms": self.start_ms,
            "evidence": self.evidence,
            "reason": self.reason,
            "reason_th": self.reason_th,
            "section": self.section,
            "weight": self.weight,
            "auto_fail": self.auto_fail,
            "also_rules": list(self.also),
        }
        locator = self.locator.as_dict()
        if locator:
            row["locator"] = locator
        return row


def new_findings(conversation: Conversation, findings: list[Finding]) -> list[Finding]:
    """Without what the previous part of a huge transcript already reported: findings lying
    wholly in the repeated overlap, unless their group reaches past it (a number split across
    the seam). Parts come from plain text, whose findings' offsets are file offsets."""
    end = conversation.overlap_end
    if not end:
        return findings
    reaching = {f.group for f in findings if f.group and f.end > end}
    return [f for f in findings if f.end > end or (f.group and f.group in reaching)]


@dataclass
class InputError:
    """A file that could not be read; reported in one line, the batch goes on."""

    path: str
    reason: str

    def __post_init__(self) -> None:
        self.path = display_safe(self.path)
        self.reason = display_safe(self.reason)

    def __str__(self) -> str:
        return f"{self.path}: {self.reason}"


@dataclass
class InputWarning:
    """Something the user should know about a file that was still read (a line cut in pieces)."""

    path: str
    reason: str

    def __post_init__(self) -> None:
        self.path = display_safe(self.path)
        self.reason = display_safe(self.reason)

    def __str__(self) -> str:
        return f"{self.path}: {self.reason}"
