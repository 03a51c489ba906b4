"""What flows through a batch: the files handed to an engine and the events it gives back.

Every engine (in-process, `--jobs`, Spark) yields the same events in input order, so the
consumers (scan, check, audit) cannot tell them apart. A result carries what the consumers
need to know of its conversation, not the conversation's text: results cross process
boundaries and wait in buffers, and the text is both the bulk and the raw PII.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from ccaudit.model import Channel, Conversation, Finding, InputError, InputWarning, RuleResult

if TYPE_CHECKING:
    from ccaudit.store.context import CallContext


@dataclass(frozen=True)
class InputFile:
    """One file to analyse: where it is, and how outputs name it."""

    path: Path
    display: str


@dataclass(frozen=True)
class ConversationInfo:
    """A conversation without its turns."""

    id: str
    path: str
    source_format: str
    file_format: str | None = None
    channel: Channel = "unknown"
    agent_id: str | None = None
    language: str | None = None
    vendor_redacted: bool = False
    turn_count: int = 0
    vendor_markers: int = 0
    metadata: dict[str, str] = field(default_factory=dict)

    @classmethod
    def of(cls, conversation: Conversation) -> ConversationInfo:
        return cls(
            id=conversation.id,
            path=conversation.path,
            source_format=conversation.source_format,
            file_format=conversation.file_format,
            channel=conversation.channel,
            agent_id=conversation.agent_id,
            language=conversation.language,
            vendor_redacted=conversation.vendor_redacted,
            turn_count=len(conversation.turns),
            vendor_markers=sum(len(turn.redactions) for turn in conversation.turns),
            metadata=dict(conversation.metadata),
        )


@dataclass
class ConversationResult:
    conversation: ConversationInfo
    findings: list[Finding] = field(default_factory=list)
    rule_results: list[RuleResult] = field(default_factory=list)
    # For audit: what the store keeps of the text (each finding's class, the masked turns
    # around flagged items), worked out while the text is at hand.
    context: CallContext | None = None


@dataclass(frozen=True)
class FileDone:
    """Marks the end of one input file's events."""

    path: Path
    size: int


BatchEvent = ConversationResult | InputError | InputWarning | FileDone
