"""Which unnamed speakers are the agent, the customer or a recorded message, from what each
says (role_cues).

The opening (each speaker's first turns) and the close (the last turns: "anything else?",
"thanks for your help") carry most of the evidence. Each turn there scores for the agent's
cues and against the customer's; a speaker is the agent only when the evidence clearly
favours them, otherwise nobody is (roles stay unknown: a wrong role is worse than none).

Three or more unnamed speakers are read as two shapes only:
- a recorded message first: a speaker who talks only before anyone else does, asking the
  caller to hold or press a key, is the IVR; the others are then read as above;
- a transfer: one speaker talks throughout and the others one after another, each with
  clear agent cues; the one who talks throughout is the customer, the others agents.
Anything else (two callers on one line, a conference) stays unknown.

Lines with no speaker label at all are read as two people taking turns line by line only
when the text clearly is such a dialogue: MIN_ALTERNATING_LINES to MAX_ALTERNATING_LINES
spoken lines (a line wholly in brackets, `[line drops]`, is nobody's; far longer text is a
log or a document, not one call), agent cues on two or more lines of
one side and no line of either side that sounds like the other. A turn that runs over two
lines would put the agent's cues on both sides, and then nobody gets a role.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from ccaudit.ingest.role_cues import AGENT_CUES, CUSTOMER_CUES, IVR_CUES
from ccaudit.model import Role, Turn

# The opening: the first turns of each speaker; the close: the last turns of the call.
OPENING_TURNS = 12
TURNS_PER_SPEAKER = 4
CLOSING_TURNS = 4
# The agent's score must reach MIN_SCORE and beat the other speaker's by MARGIN.
MIN_SCORE = 2
MARGIN = 3
# A recorded message scores at least this on IVR_CUES.
MIN_IVR_SCORE = 2
# Unlabelled lines: how many spoken lines, and how much agent evidence on one side, it takes.
MIN_ALTERNATING_LINES = 6
MAX_ALTERNATING_LINES = 400
MIN_ALTERNATING_SCORE = 4
_NOT_SPOKEN = re.compile(r"\s*(?:\[[^\]]*\]|\([^)]*\))\s*")
# A space between two Thai characters: ASR output spaced by syllable or word.
_THAI_SPACE = re.compile(r"(?<=[\u0e01-\u0e4e])[ \t]+(?=[\u0e01-\u0e4e])")


def _compiled(cues: tuple[tuple[str, int], ...]) -> tuple[tuple[re.Pattern[str], int], ...]:
    return tuple((re.compile(pattern), weight) for pattern, weight in cues)


_AGENT = _compiled(AGENT_CUES)
_CUSTOMER = _compiled(CUSTOMER_CUES)
_IVR = _compiled(IVR_CUES)


def _forms(text: str) -> tuple[str, ...]:
    """The turn lower-cased, and also with the spaces between Thai characters taken out."""
    text = text.lower()
    joined = _THAI_SPACE.sub("", text)
    return (text,) if joined == text else (text, joined)


def _cue_score(cues: tuple[tuple[re.Pattern[str], int], ...], forms: tuple[str, ...]) -> int:
    if len(forms) == 1:
        text = forms[0]
        return sum(weight for cue, weight in cues if cue.search(text))
    text, joined = forms
    return sum(weight for cue, weight in cues if cue.search(text) or cue.search(joined))


def agent_score(text: str) -> int:
    """How much one turn sounds like the agent (positive) or the customer (negative)."""
    forms = _forms(text)
    return _cue_score(_AGENT, forms) - _cue_score(_CUSTOMER, forms)


def _speaker(turn: Turn) -> str | None:
    return turn.speaker.casefold() if turn.speaker else None


def _scored_turns(
    turns: Sequence[Turn], people: tuple[str, ...], opening: int
) -> list[tuple[str, str]]:
    """(speaker, text) of the opening (each speaker's first turns among the first `opening`)
    and closing turns of `people`, each turn once."""
    counted: Counter[str] = Counter()
    chosen: dict[int, tuple[str, str]] = {}
    for position, turn in enumerate(turns[:opening]):
        speaker = _speaker(turn)
        if speaker in people and counted[speaker] < TURNS_PER_SPEAKER:
            counted[speaker] += 1
            chosen[position] = (speaker, turn.said)
    start = max(len(turns) - CLOSING_TURNS, 0)
    for position, turn in enumerate(turns[start:], start):
        speaker = _speaker(turn)
        if speaker in people:
            chosen[position] = (speaker, turn.said)
    return list(chosen.values())


def _scores(
    turns: Sequence[Turn], people: tuple[str, ...], opening: int = OPENING_TURNS
) -> dict[str, int]:
    scores = dict.fromkeys(people, 0)
    for speaker, text in _scored_turns(turns, people, opening):
        scores[speaker] += agent_score(text)
    return scores


def infer_agent(turns: Sequence[Turn], people: tuple[str, str]) -> str | None:
    """Which of `people` (two speaker labels, casefolded) is clearly the agent, or None."""
    scores = _scores(turns, people)
    first, second = people
    for agent, other in ((first, second), (second, first)):
        if scores[agent] >= MIN_SCORE and scores[agent] - scores[other] >= MARGIN:
            return agent
    return None


def _spans(turns: Sequence[Turn], people: Sequence[str]) -> dict[str, tuple[int, int]]:
    """Each speaker's first and last turn positions."""
    spans: dict[str, tuple[int, int]] = {}
    for position, turn in enumerate(turns):
        speaker = _speaker(turn)
        if speaker in people:
            first = spans.get(speaker, (position, position))[0]
            spans[speaker] = (first, position)
    return spans


def recorded_opening(turns: Sequence[Turn], people: Sequence[str]) -> str | None:
    """The speaker of `people` who is a recorded message: the first to talk, silent once
    anyone else has talked, and asking the caller to hold or press a key."""
    spans = _spans(turns, people)
    if len(spans) < 3:
        return None
    first = min(spans, key=lambda speaker: spans[speaker][0])
    others_start = min(start for speaker, (start, _) in spans.items() if speaker != first)
    if spans[first][1] > others_start:
        return None
    said = [_forms(turn.said) for turn in turns[:others_start] if _speaker(turn) == first]
    return first if sum(_cue_score(_IVR, forms) for forms in said) >= MIN_IVR_SCORE else None


def infer_transfer(turns: Sequence[Turn], people: Sequence[str]) -> str | None:
    """The customer of a call passed from agent to agent (three or more of `people`): the
    one speaker who talks from the start to the end of the others while they talk one after
    another, each clearly sounding like an agent. None for any other shape."""
    spans = _spans(turns, people)
    if len(spans) < 3 or len(spans) != len(people):
        return None
    # An agent taking over later opens later: each speaker's first turns count wherever they are.
    scores = _scores(turns, tuple(people), opening=len(turns))
    for customer in people:
        agents = sorted((s for s in people if s != customer), key=lambda s: spans[s][0])
        one_after_another = all(
            spans[earlier][1] < spans[later][0]
            for earlier, later in zip(agents, agents[1:], strict=False)
        )
        throughout = spans[customer][0] < spans[agents[-1]][0] and (
            spans[customer][1] > spans[agents[0]][1]
        )
        clearly_agents = all(
            scores[agent] >= MIN_SCORE and scores[agent] - scores[customer] >= MARGIN
            for agent in agents
        )
        if one_after_another and throughout and clearly_agents:
            return customer
    return None


def alternating_roles(lines: Sequence[str]) -> list[Role] | None:
    """The role of each of a document's unlabelled lines when they clearly alternate between
    an agent and a customer (see above): `unknown` for lines nobody says. None otherwise."""
    spoken = [i for i, line in enumerate(lines) if not _NOT_SPOKEN.fullmatch(line)]
    if not MIN_ALTERNATING_LINES <= len(spoken) <= MAX_ALTERNATING_LINES:
        return None
    scores = _alternation_scores([lines[i] for i in spoken])
    if scores is None:
        return None
    for side in (0, 1):
        agents, customers = scores[side::2], scores[1 - side :: 2]
        cued = [score for score in agents if score > 0]
        if (
            len(cued) >= 2
            and sum(cued) >= MIN_ALTERNATING_SCORE
            and min(agents) >= 0
            and max(customers) <= 0
        ):
            roles: list[Role] = ["unknown"] * len(lines)
            for position, i in enumerate(spoken):
                roles[i] = "agent" if position % 2 == side else "customer"
            return roles
    return None


def _alternation_scores(lines: Sequence[str]) -> list[int] | None:
    """Each line's agent_score, or None once neither side can be the agent's: a side is not
    when one of its lines sounds like the customer or a line of the other side like the agent,
    and the lines after that need no scoring."""
    scores = []
    possible = [True, True]  # [side]: lines side, side + 2, ... may still be the agent's
    for position, line in enumerate(lines):
        score = agent_score(line)
        scores.append(score)
        if score:
            own, other = position % 2, 1 - position % 2
            if score < 0:
                possible[own] = False
            else:
                possible[other] = False
            if not (possible[0] or possible[1]):
                return None
    return scores
