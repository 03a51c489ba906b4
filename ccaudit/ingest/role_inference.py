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
  clear agent cues; the one who talks throughout is the customer, the others agents;
- some roles stated (`Customer:`, `Agent 2:`) and a speaker named only by name: that speaker
  is an agent when they clearly sound like one against the customer.
Anything else (two callers on one line, a conference) stays unknown.

Lines with no speaker label at all are read as two people taking turns line by line only
when the text clearly is such a dialogue: MIN_ALTERNATING_LINES to MAX_ALTERNATING_LINES
spoken lines (a line wholly in brackets, `[line drops]`, is nobody's; far longer text is a
log or a document, not one call), agent cues on two or more lines of one side and no line of
either side that sounds like the other (or few such lines, far outweighed), or one full
opening (greeting, organisation, name) in the first two lines with a line opposite that
sounds like the customer. A turn that runs over two lines, or a second caller taking the
phone, shifts the sides once: such a reading counts when the agent's cues sit on both sides
of the shift, and lines it cannot place are nobody's.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from functools import cache
from typing import NamedTuple

from ccaudit.ingest.role_cues import AGENT_CUES, CUSTOMER_CUES, IVR_CUES
from ccaudit.model import Role, Turn
from ccaudit.pattern_set import PatternSet
from ccaudit.thai_script import THAI_LETTER

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
# What one opening line alone must score to tell the sides: a greeting with the organisation
# and the agent's name, or their like.
MIN_OPENING_SCORE = 5
# A line or two may sound like the other side ("thanks for your help" from a polite agent)
# when the evidence for the reading outweighs them this many times, and the other reading
# is not clear.
WRONG_SIDE_RATIO = 2
_NOT_SPOKEN = re.compile(r"\s*(?:\[[^\]]*\]|\([^)]*\))\s*")
# A space between two Thai characters: ASR output spaced by syllable or word.
_THAI_SPACE = re.compile(r"(?<=[\u0e01-\u0e4e])[ \t]+(?=[\u0e01-\u0e4e])")
# Mai han-akat, tone marks, mai taikhu and thanthakhat: ASR output and hurried typing drop
# them ("สวสดีคะ ยินดีใหบริการ"), so a Thai turn is matched without them.
_UNMARKED = re.compile("[\u0e31\u0e47-\u0e4c]")


class _Cues(NamedTuple):
    patterns: PatternSet
    # The same patterns without the marks ASR text often leaves out (_UNMARKED).
    unmarked: PatternSet
    weights: tuple[int, ...]


def _weighted(cues: tuple[tuple[str, int], ...]) -> _Cues:
    return _Cues(
        PatternSet([re.compile(p) for p, _ in cues]),
        PatternSet([re.compile(_UNMARKED.sub("", p)) for p, _ in cues]),
        tuple(w for _, w in cues),
    )


# Built the first time a speaker's role is inferred: a file whose turns name their roles
# never asks, and building both sets is some 25 ms of a one-file scan's start.
@cache
def _agent_or_customer() -> _Cues:
    """The customer's cues count against the agent: one set, searched once per turn."""
    return _weighted(AGENT_CUES + tuple((p, -w) for p, w in CUSTOMER_CUES))


@cache
def _ivr() -> _Cues:
    return _weighted(IVR_CUES)


def _forms(text: str) -> tuple[str, ...]:
    """The turn lower-cased, and also with the spaces between Thai characters taken out."""
    text = text.lower()
    joined = _THAI_SPACE.sub("", text)
    return (text,) if joined == text else (text, joined)


def _cue_score(cues: _Cues, forms: tuple[str, ...]) -> int:
    """The weights of the cues found in any of the forms, each cue counted once. A Thai turn
    is matched without its marks only: what the cues find with them, they find without."""
    if THAI_LETTER.search(forms[0]):
        patterns, forms = cues.unmarked, tuple(_UNMARKED.sub("", form) for form in forms)
    else:
        patterns = cues.patterns
    found = set().union(*(patterns.matching(form) for form in forms))
    return sum(cues.weights[i] for i in found)


def agent_score(text: str) -> int:
    """How much one turn sounds like the agent (positive) or the customer (negative)."""
    return _cue_score(_agent_or_customer(), _forms(text))


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
    return first if sum(_cue_score(_ivr(), forms) for forms in said) >= MIN_IVR_SCORE else None


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


def sounds_like_another_agent(
    turns: Sequence[Turn], speaker: str, customers: Sequence[str]
) -> bool:
    """Whether `speaker`, with no stated role in a call whose customer is known, clearly sounds
    like an agent (the agent before or after a transfer, named only by their name)."""
    scores = _scores(turns, (speaker, *customers), opening=len(turns))
    return scores[speaker] >= MIN_SCORE and all(
        scores[speaker] - scores[customer] >= MARGIN for customer in customers
    )


def alternating_roles(lines: Sequence[str]) -> list[Role] | None:
    """The role of each of a document's unlabelled lines when they clearly alternate between
    an agent and a customer (see above): `unknown` for lines nobody says. None otherwise."""
    spoken = [i for i, line in enumerate(lines) if not _NOT_SPOKEN.fullmatch(line)]
    if not MIN_ALTERNATING_LINES <= len(spoken) <= MAX_ALTERNATING_LINES:
        return None
    scores = [agent_score(lines[i]) for i in spoken]
    sides = (
        _alternating_sides(scores, tolerant=False)
        or _sides_shifted_once(scores)
        or _alternating_sides(scores, tolerant=True)
        or _opened_by_the_agent(scores)
    )
    if sides is None:
        return None
    roles: list[Role] = ["unknown"] * len(lines)
    for i, role in zip(spoken, sides, strict=True):
        roles[i] = role
    return roles


def _alternating_sides(scores: Sequence[int], tolerant: bool) -> list[Role] | None:
    """The one reading, agent on even or on odd lines, that the evidence clearly supports."""
    readings = [_alternating(side, len(scores)) for side in (0, 1)]
    clear = [sides for sides in readings if _clearly(scores, sides, tolerant)]
    return clear[0] if len(clear) == 1 else None


def _opened_by_the_agent(scores: Sequence[int]) -> list[Role] | None:
    """Sides where one of the first two lines is an agent's full opening (a greeting, the
    organisation and a name: MIN_OPENING_SCORE), a line of the other side sounds like the
    customer, and no line sounds like the wrong side."""
    for side in (0, 1):
        agents = scores[side::2]
        customers = scores[1 - side :: 2]
        if (
            agents[0] >= MIN_OPENING_SCORE
            and min(agents) >= 0
            and min(customers, default=0) < 0
            and max(customers, default=0) <= 0
        ):
            return _alternating(side, len(scores))
    return None


def _alternating(side: int, count: int) -> list[Role]:
    """The agent on the even (side 0) or the odd (side 1) lines, the customer on the others."""
    return ["agent" if position % 2 == side else "customer" for position in range(count)]


def _sides_shifted_once(scores: Sequence[int]) -> list[Role] | None:
    """Sides that alternate except once, where one side says two lines running (a turn over
    two lines, or a second caller taking the phone), with agent cues before and after the
    shift. Where the shift could be at more than one line, the lines those readings disagree
    on are nobody's."""
    if sum(score > 0 for score in scores) < 2:
        return None
    count = len(scores)
    # For the agent on even (parity 0) or odd (1) lines: running totals, from the start, of
    # lines that sound like the wrong side and of the agent's cued lines and cue weights.
    running = {parity: _running_evidence(scores, parity) for parity in (0, 1)}
    readings = []
    for side in (0, 1):
        before, after = running[side], running[1 - side]
        for shift in range(1, count):
            wrong = before[shift][0] + after[count][0] - after[shift][0]
            cued_before = before[shift][1]
            cued_after = after[count][1] - after[shift][1]
            weight = before[shift][2] + after[count][2] - after[shift][2]
            if (
                not wrong
                and cued_before
                and cued_after
                and cued_before + cued_after >= 2
                and weight >= MIN_ALTERNATING_SCORE
            ):
                readings.append(
                    [
                        "agent" if (position + (position >= shift)) % 2 == side else "customer"
                        for position in range(count)
                    ]
                )
    if not readings:
        return None
    return [
        sides[0] if len(set(sides)) == 1 else "unknown" for sides in zip(*readings, strict=True)
    ]


def _running_evidence(scores: Sequence[int], parity: int) -> list[tuple[int, int, int]]:
    """(wrong-sounding lines, cued agent lines, agent cue weight) over scores[:i], for each i,
    with the agent on the lines of this parity."""
    totals = [(0, 0, 0)]
    wrong = cued = weight = 0
    for position, score in enumerate(scores):
        if position % 2 == parity:
            wrong += score < 0
            if score > 0:
                cued, weight = cued + 1, weight + score
        else:
            wrong += score > 0
        totals.append((wrong, cued, weight))
    return totals


def _clearly(scores: Sequence[int], sides: Sequence[Role], tolerant: bool) -> bool:
    """Agent cues on two or more of the agent's lines, and no line of either side that sounds
    like the other (`tolerant`: lines that do are outweighed WRONG_SIDE_RATIO times by the
    evidence for the reading)."""
    agents = [score for score, role in zip(scores, sides, strict=True) if role == "agent"]
    customers = [score for score, role in zip(scores, sides, strict=True) if role != "agent"]
    cued = [score for score in agents if score > 0]
    support = sum(cued) - sum(score for score in customers if score < 0)
    against = sum(score for score in customers if score > 0) - sum(s for s in agents if s < 0)
    return (
        len(cued) >= 2
        and sum(cued) >= MIN_ALTERNATING_SCORE
        and (against == 0 or (tolerant and against * WRONG_SIDE_RATIO <= support))
    )
