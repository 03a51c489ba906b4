"""Who is the agent and who the customer, for every reader whose turns name their speaker.

Plain-text labels, SRT prefixes, WebVTT voices, Transcribe's `spk_0`/`ch_1`, Google's and
Twilio's channels and vCon parties without a role all end here. For each speaker label, the
first that answers decides:
1. a role the reader already knows (a vendor's role field, a role word in a text label);
2. the user's --agent-speaker/--agent-channel, naming the agent's label (`spk_0`, `ch_1`, `1`);
3. the label's own words (`Agent Ploy`, `CUSTOMER (Dana)`, `ลค.`, see speaker_labels);
4. with exactly two people, when one's role is known, the other has the other role;
5. with exactly two people and neither role known, what they say (role_inference); with
   three or more, a recorded message before anyone else talks is the IVR, and a call handed
   from agent to agent has one customer throughout, and where the customer is stated a
   speaker who clearly sounds like an agent is one. Such roles are marked `role_inferred`,
   and --no-infer-roles turns this off.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import NamedTuple

from ccaudit.ingest.base import ReadOptions
from ccaudit.ingest.role_inference import (
    infer_agent,
    infer_transfer,
    recorded_opening,
    sounds_like_another_agent,
)
from ccaudit.ingest.speaker_labels import role_of_label
from ccaudit.model import Role, Turn

_PEOPLE: tuple[Role, ...] = ("agent", "customer", "unknown")
_OTHER: dict[Role, Role] = {"agent": "customer", "customer": "agent"}


class SpeakerRole(NamedTuple):
    role: Role
    inferred: bool = False


def label_roles(turns: list[Turn], options: ReadOptions) -> None:
    """Set the role of every turn that has a speaker label, as described above."""
    apply_speaker_roles(turns, speaker_roles(turns, options))


def speaker_roles(turns: Sequence[Turn], options: ReadOptions) -> dict[str, SpeakerRole]:
    """Speaker label -> role, for every label in `turns`; labels that differ only in case
    (`Agent`, `AGENT`) are one speaker, keyed by the label casefolded."""
    stated: dict[str, Role] = {}
    written: dict[str, str] = {}  # as first written: `SkyBot` says bot, `skybot` does not
    for turn in turns:
        if turn.speaker is not None:
            label = turn.speaker.casefold()
            written.setdefault(label, turn.speaker)
            if stated.get(label, "unknown") == "unknown":
                stated[label] = turn.role
    agent = _named_by_option(list(stated), options)
    roles: dict[str, Role] = {}
    for label, role in stated.items():
        if role == "unknown":
            role = "agent" if label == agent else role_of_label(written[label])
        roles[label] = role
    people = [label for label, role in roles.items() if role in _PEOPLE]
    known = [label for label in people if roles[label] != "unknown"]
    result = {label: SpeakerRole(role) for label, role in roles.items()}
    if options.infer_roles and len(people) > 2:
        ivr = recorded_opening(turns, people)
        if ivr and ivr not in known:
            result[ivr] = SpeakerRole("ivr", inferred=True)
            people.remove(ivr)
    customers = [label for label in known if roles[label] == "customer"]
    if len(people) > 2 and customers and options.infer_roles:
        for label in people:
            if label not in known and sounds_like_another_agent(turns, label, customers):
                result[label] = SpeakerRole("agent", inferred=True)
        return result
    if len(people) > 2 and not known and options.infer_roles:
        customer = infer_transfer(turns, people)
        if customer:
            for label in people:
                role = "customer" if label == customer else "agent"
                result[label] = SpeakerRole(role, inferred=True)
        return result
    if len(people) != 2:
        return result
    if len(known) == 1:
        other = next(label for label in people if label not in known)
        result[other] = SpeakerRole(_OTHER[roles[known[0]]])
    elif not known and options.infer_roles:
        inferred = infer_agent(turns, (people[0], people[1]))
        if inferred:
            customer = people[1] if inferred == people[0] else people[0]
            result[inferred] = SpeakerRole("agent", inferred=True)
            result[customer] = SpeakerRole("customer", inferred=True)
    return result


def apply_speaker_roles(turns: Sequence[Turn], roles: dict[str, SpeakerRole]) -> None:
    """Give each turn with a speaker label its label's role; turns already known keep theirs."""
    for turn in turns:
        if turn.role == "unknown" and turn.speaker is not None:
            found = roles.get(turn.speaker.casefold())
            if found:
                turn.role, turn.role_inferred = found


def _named_by_option(labels: list[str], options: ReadOptions) -> str | None:
    """The casefolded label --agent-speaker or --agent-channel names: whole (`spk_0`) or its
    last part (`1` for `ch_1` or `Speaker 1`), without regard to case."""
    for wanted in (options.agent_speaker, options.agent_channel):
        wanted = (wanted or "").strip().casefold()
        if not wanted:
            continue
        for label in labels:
            if wanted in (label, re.split(r"[ _]", label)[-1]):
                return label
    return None
