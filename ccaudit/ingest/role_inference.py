"""Which of two unnamed speakers is the agent, from what each says (role_cues).

The opening (each speaker's first turns) and the close (the last turns: "anything else?",
"thanks for your help") carry most of the evidence. Each turn there scores for the agent's
cues and against the customer's; a speaker is the agent only when the evidence clearly
favours them, otherwise nobody is (roles stay unknown: a wrong role is worse than none).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from ccaudit.ingest.role_cues import AGENT_CUES, CUSTOMER_CUES, IVR_CUES
from ccaudit.model import Turn

# The opening: the first turns of each speaker; the close: the last turns of the call.
OPENING_TURNS = 12
TURNS_PER_SPEAKER = 4
CLOSING_TURNS = 4
# The agent's score must reach MIN_SCORE and beat the other speaker's by MARGIN.
MIN_SCORE = 2
MARGIN = 3


def _compiled(cues: tuple[tuple[str, int], ...]) -> tuple[tuple[re.Pattern[str], int], ...]:
    return tuple((re.compile(pattern), weight) for pattern, weight in cues)


_AGENT = _compiled(AGENT_CUES)
_CUSTOMER = _compiled(CUSTOMER_CUES)
_IVR = _compiled(IVR_CUES)
# A recorded menu speaks at the opening only, and says at least this much that menus say.
IVR_TURNS = 2
MIN_IVR_SCORE = 3


def agent_score(text: str) -> int:
    """How much one turn sounds like the agent (positive) or the customer (negative)."""
    text = text.lower()
    said = sum(weight for cue, weight in _AGENT if cue.search(text))
    return said - sum(weight for cue, weight in _CUSTOMER if cue.search(text))


def _scored_turns(turns: Sequence[Turn], people: tuple[str, str]) -> list[tuple[str, str]]:
    """(speaker, text) of the opening and closing turns of `people`, each turn once."""
    counted: Counter[str] = Counter()
    chosen: dict[int, tuple[str, str]] = {}
    for position, turn in enumerate(turns[:OPENING_TURNS]):
        speaker = turn.speaker.casefold() if turn.speaker else None
        if speaker in people and counted[speaker] < TURNS_PER_SPEAKER:
            counted[speaker] += 1
            chosen[position] = (speaker, turn.said)
    start = max(len(turns) - CLOSING_TURNS, 0)
    for position, turn in enumerate(turns[start:], start):
        speaker = turn.speaker.casefold() if turn.speaker else None
        if speaker in people:
            chosen[position] = (speaker, turn.said)
    return list(chosen.values())


def infer_agent(turns: Sequence[Turn], people: tuple[str, str]) -> str | None:
    """Which of `people` (two speaker labels, casefolded) is clearly the agent, or None."""
    scores = dict.fromkeys(people, 0)
    for speaker, text in _scored_turns(turns, people):
        scores[speaker] += agent_score(text)
    first, second = people
    for agent, other in ((first, second), (second, first)):
        if scores[agent] >= MIN_SCORE and scores[agent] - scores[other] >= MARGIN:
            return agent
    return None


def infer_ivr(turns: Sequence[Turn], people: Sequence[str]) -> str | None:
    """Which of `people` (casefolded labels) is a recorded menu: the call's first speaker, who
    speaks only in the call's first turns and sounds like a menu ("press 1", "please hold
    while we connect you", "กรุณารอสักครู่")."""
    if not turns or not turns[0].speaker:
        return None
    first = turns[0].speaker.casefold()
    if first not in people:
        return None
    said = [
        (position, turn.said)
        for position, turn in enumerate(turns)
        if turn.speaker and turn.speaker.casefold() == first
    ]
    if any(position >= IVR_TURNS for position, _ in said):
        return None
    text = " ".join(words for _, words in said).lower()
    score = sum(weight for cue, weight in _IVR if cue.search(text))
    return first if score >= MIN_IVR_SCORE else None
