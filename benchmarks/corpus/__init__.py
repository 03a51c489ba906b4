"""A labelled Thai/English/mixed call corpus, generated deterministically from a seed.

Each call is a Conversation (ccaudit's model) plus labels: for every planted value the
conversation, turn, entity, character span in the turn text and the variant it was written
or spoken in (a number split over turns has one label per fragment, sharing a group id).
Hard negatives are recorded too, so false positives can be traced to what caused them.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass, field

from benchmarks.corpus import talk
from ccaudit.model import Conversation, Role, Turn

LANGUAGES = {"th": 0.45, "en": 0.35, "mixed": 0.2}
SPEAKER_LABELS = {
    "th": {"agent": "เจ้าหน้าที่", "customer": "ลูกค้า"},
    "en": {"agent": "Agent", "customer": "Customer"},
    "mixed": {"agent": "Agent", "customer": "ลูกค้า"},
}


@dataclass(frozen=True)
class Label:
    conversation_id: str
    turn: int
    entity: str
    start: int
    end: int
    variant: str
    group: str | None = None


@dataclass(frozen=True)
class Negative:
    conversation_id: str
    turn: int
    kind: str
    start: int
    end: int


@dataclass
class Call:
    conversation: Conversation
    labels: list[Label] = field(default_factory=list)
    negatives: list[Negative] = field(default_factory=list)


class CallBuilder:
    """Appends turns to one call and records where each planted value landed."""

    def __init__(self, call_id: str, language: str, rng: random.Random):
        self.call_id = call_id
        self.language = language
        self.rng = rng
        agent_id = f"A{rng.randint(100, 999)}"
        conversation = Conversation(
            call_id, f"{call_id}.txt", "benchmark", [], "voice", agent_id, language
        )
        self.call = Call(conversation)
        self._groups = 0

    @property
    def turns(self) -> list[Turn]:
        return self.call.conversation.turns

    def say(self, role: Role, text: str) -> int:
        index = len(self.turns)
        start_ms = index * 4000
        label = SPEAKER_LABELS[self.language][role]
        self.turns.append(Turn(index, role, text, label, start_ms, start_ms + 3500))
        return index

    def say_value(
        self,
        role: Role,
        template: str,
        value: str,
        entity: str,
        variant: str,
        group: str | None = None,
    ) -> None:
        before, after = template.split("{v}")
        turn = self.say(role, before + value + after)
        span = (len(before), len(before) + len(value))
        self.call.labels.append(Label(self.call_id, turn, entity, *span, variant, group))

    def say_negative(self, role: Role, template: str, value: str, kind: str) -> None:
        before, after = template.split("{v}")
        turn = self.say(role, before + value + after)
        span = (len(before), len(before) + len(value))
        self.call.negatives.append(Negative(self.call_id, turn, kind, *span))

    def new_group(self) -> str:
        self._groups += 1
        return f"{self.call_id}:g{self._groups}"

    def chat(self, turns: int) -> None:
        """Ordinary talk, alternating speakers, as most of a real call is."""
        role: Role = "customer" if self.turns and self.turns[-1].role == "agent" else "agent"
        for _ in range(turns):
            lines = talk.AGENT if role == "agent" else talk.CUSTOMER
            self.say(role, self.rng.choice(lines[self.language]))
            role = "customer" if role == "agent" else "agent"


def generate_calls(calls: int, seed: int) -> Iterator[Call]:
    """Calls one at a time, so a large corpus can be streamed without holding it."""
    from benchmarks.corpus.events import plant_call

    rng = random.Random(seed)
    languages, weights = zip(*LANGUAGES.items(), strict=True)
    for index in range(calls):
        language = rng.choices(languages, weights)[0]
        builder = CallBuilder(f"s{seed}-c{index:05d}", language, rng)
        plant_call(builder)
        yield builder.call


def build_corpus(calls: int, seed: int) -> list[Call]:
    return list(generate_calls(calls, seed))
