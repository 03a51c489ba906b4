"""Expected PII apart from incidents, so the headline counts only what went wrong.

Expected, and shown apart:
- the agent's own name in her introduction: a PERSON said by the agent in the opening turns;
- a value the agent asked for to verify the caller, given by the customer in a voice call:
  the agent's last turn before it (at most REQUEST_LOOKBACK turns back) asks for that kind of
  value (an ID, a date of birth, a phone number, a name).
Everything else is an incident: card data read back or typed, card data or IDs in notes,
tickets or chats, a secret (OTP, CVV, PIN) said or asked for, a value volunteered.
Only incidents count towards scores, coaching and the headline.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Literal

from ccaudit.model import Conversation, Finding, Turn

Disposition = Literal["expected", "incident"]
OPENING_TURNS = 3
REQUEST_LOOKBACK = 3
# Text transcripts often do not say their channel; chats, tickets and notes always do.
SPOKEN_CHANNELS = ("voice", "unknown")
# What an agent says when asking for each kind of value; English cues match as whole words.
REQUEST_CUES: dict[str, tuple[str, ...]] = {
    "TH_TNIN": ("บัตรประชาชน", "เลขประจำตัว", "ID number", "national ID", "ID card"),
    "DATE_OF_BIRTH": ("วันเกิด", "เกิดวันที่", "date of birth", "birth date", "birthday", "DOB"),
    "PHONE_NUMBER": ("เบอร์โทร", "เบอร์ติดต่อ", "phone number", "mobile number", "contact number"),
    "PERSON": ("ขอชื่อ", "ขอทราบชื่อ", "นามสกุล", "your name", "full name"),
}


def _cue_pattern(cues: Sequence[str]) -> re.Pattern[str]:
    parts = [
        re.escape(cue) if re.search("[\u0e00-\u0e7f]", cue) else rf"\b{re.escape(cue)}\b"
        for cue in cues
    ]
    return re.compile("|".join(parts), re.IGNORECASE)


_REQUESTS = {entity: _cue_pattern(cues) for entity, cues in REQUEST_CUES.items()}


def dispositions(conversation: Conversation, findings: Sequence[Finding]) -> list[Disposition]:
    """One disposition per finding, in order."""
    turns = {turn.index: turn for turn in conversation.turns}
    return [_disposition(conversation, turns, finding) for finding in findings]


def _disposition(conversation: Conversation, turns: dict[int, Turn], finding: Finding) -> str:
    if finding.turn is None or finding.in_internal_note:
        return "incident"
    if finding.entity_type == "PERSON" and finding.speaker == "agent":
        return "expected" if finding.turn < OPENING_TURNS else "incident"
    request = _REQUESTS.get(finding.entity_type)
    if (
        request is None
        or finding.speaker != "customer"
        or conversation.channel not in SPOKEN_CHANNELS
    ):
        return "incident"
    asked = _last_agent_turn(turns, finding.turn)
    return "expected" if asked is not None and request.search(asked.text) else "incident"


def _last_agent_turn(turns: dict[int, Turn], index: int) -> Turn | None:
    for earlier in range(index - 1, max(index - 1 - REQUEST_LOOKBACK, -1), -1):
        turn = turns.get(earlier)
        if turn is not None and turn.role == "agent" and not turn.is_internal_note:
            return turn
    return None
