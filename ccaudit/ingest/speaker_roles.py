"""Roles from speaker labels, for formats whose turns name a speaker but not a role.

Captions, SRT prefixes, Transcribe's `spk_0`/`ch_1` and vCon parties without a role all end
here: the user's `--agent-speaker`/`--agent-channel` decides, else the label's own words do.
"""

from __future__ import annotations

from ccaudit.ingest.base import ReadOptions
from ccaudit.model import Role, Turn

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
