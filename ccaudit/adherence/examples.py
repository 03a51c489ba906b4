"""A rule's own examples: short transcripts written in the pack, run like real calls."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from ccaudit.adherence.checker import evaluate_rule
from ccaudit.adherence.pack import Example, Rule, RulePack
from ccaudit.adherence.reasons import render_reason
from ccaudit.model import Conversation, Finding, Locator, Role, Turn

Detect = Callable[[Conversation], list[Finding]]

_LINE = re.compile(
    r"^\s*(?:\[(?P<time>\d{1,2}:\d{2}(?::\d{2})?)\]\s*)?"
    r"(?:(?P<label>agent|customer|note|ivr|bot|system|เจ้าหน้าที่|พนักงาน|ลูกค้า|บันทึก|บอท)\s*:\s*)?(?P<text>.*)$",
    re.IGNORECASE,
)
_ROLES: dict[str, tuple[Role, bool]] = {
    "agent": ("agent", False),
    "เจ้าหน้าที่": ("agent", False),
    "พนักงาน": ("agent", False),
    "customer": ("customer", False),
    "ลูกค้า": ("customer", False),
    "note": ("agent", True),
    "บันทึก": ("agent", True),
    "ivr": ("ivr", False),
    "bot": ("bot", False),
    "บอท": ("bot", False),
    "system": ("system", False),
}


@dataclass(frozen=True)
class ExampleOutcome:
    pack: str
    rule_id: str
    example: Example
    status: str
    reason: str

    @property
    def test_id(self) -> str:
        return f"{self.pack}::{self.rule_id}::{self.example.kind}{self.example.index}"

    @property
    def ok(self) -> bool:
        if self.example.kind == "fail":
            return self.status in ("fail", "violation")
        return self.status == self.example.kind


def example_conversation(example: Example, call_id: str = "example") -> Conversation:
    """`Agent:`/`Customer:`/`เจ้าหน้าที่:`/`ลูกค้า:`/`Note:`/`IVR:`/`Bot:`/`System:` lines,
    optional `[mm:ss]` times; an unlabelled line is a turn of unknown role. Offsets (and so
    findings) point into `example_text(example)`."""
    turns = []
    line_start = 0
    for number, line in enumerate(example_text(example).splitlines(keepends=True), start=1):
        match = _LINE.match(line.rstrip("\r\n"))
        text = match.group("text") if match else ""
        if text.strip():
            label = (match.group("label") or "").lower()
            role, is_note = _ROLES.get(label, ("unknown", False))
            offset = line_start + match.start("text") + len(text) - len(text.lstrip())
            turns.append(
                Turn(
                    index=len(turns),
                    role=role,
                    text=text.strip(),
                    start_ms=_ms(match.group("time")),
                    is_internal_note=is_note,
                    locator=Locator(offset=offset, line=number),
                )
            )
        line_start += len(line)
    return Conversation(call_id, "<example>", "example", turns, channel=example.channel)


def example_text(example: Example) -> str:
    return example.transcript.strip()


def run_rule_example(
    rule: Rule, example: Example, pack: str, detect: Detect | None
) -> ExampleOutcome:
    conversation = example_conversation(example)
    findings = detect(conversation) if detect and rule.kind == "pii_handling" else []
    verdict = evaluate_rule(rule, conversation, findings)
    reason = render_reason(verdict.reason, "en")
    return ExampleOutcome(pack, rule.id, example, verdict.status, reason)


def run_pack_examples(pack: RulePack, detect: Detect | None = None) -> list[ExampleOutcome]:
    """Every example of every rule; pii_handling rules use the PII detector (built lazily)."""
    if detect is None and any(r.kind == "pii_handling" for r in pack.rules):
        detect = default_detect()
    return [
        run_rule_example(rule, example, pack.name, detect)
        for rule in pack.rules
        for example in rule.examples
    ]


@lru_cache(maxsize=1)
def default_detect() -> Detect:
    """The scan's own detector, built once: pii_handling examples read its findings."""
    from ccaudit.pii import Detector

    return Detector().scan


def _ms(stamp: str | None) -> int | None:
    if not stamp:
        return None
    seconds = 0
    for part in stamp.split(":"):
        seconds = seconds * 60 + int(part)
    return seconds * 1000
