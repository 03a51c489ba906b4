"""Concepts: named ideas ("greet", "ask for a secret") with their paraphrases, shared by packs.

The bundled lexicon is rules/concepts/*.yaml. A pack refers to concepts by name and may add
its own under `concepts:`; a pack concept with the name of a lexicon concept adds its
phrases to it (for that pack only). A concept is one of, or a combination of:

- `phrases`: wordings; `...` allows a few words in between, `{name}`, `{word}`, `{brand}`
  and `{person}` stand for one word of a name and `{alone}` for a name said on its own
  (see SLOTS), and `{org}`-style placeholders
  are the pack's variables;
- `any`: other concepts, any of which will do;
- `near`: other concepts that must all be said with at most `span` words between them, in any
  order ("ขอ CVC ของบัตร", "can you read out your password"), or as listed with `in_order`,
  and in one clause with `one_clause`;
- `unless`: concepts that, said within `unless_span` words in the same sentence (before
  the match only, with `unless_side: before`), cancel a match ("ถ้ามีคนขอ CVV อย่าให้นะคะ"
  is a warning, not a request);
- `at_start`: only a match that opens the turn counts (an agent answering "UOC Card Center
  ค่ะ" names the organisation; the same words later in a turn may be anything);
- `otherwise`: concepts used instead when every phrase needs a variable the deployment left
  empty (no organisation name configured: any organisation named in a greeting frame).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from itertools import product

PLACEHOLDER = re.compile(r"\{(\w+)\}")
# One word of a name. {word}: any word but a listed common word (part of a compound name,
# วัน|โฟน); {name}: a word that can be a name on its own (no common word, Thai stopword or
# English lexicon word); {brand}: a {name} that is not a Thai given name and {person} a Thai
# given name ("สวัสดีค่ะ วิภาค่ะ" gives the agent's name, "สวัสดีค่ะ MyMobile ค่ะ" the
# organisation's), {person_opening} one said after a pause ("…ค่ะ จิราพรยินดีให้บริการ", not
# the end of an organisation's name, "โรงพยาบาลเมืองเกษมยินดีให้บริการ"); {alone}: a name
# said between pauses, on its own ("…ธนาคารเอบีซี สมศรีค่ะ", "Acme Bank, Dana."), one to
# three words; {brand_alone} such a name that starts with a
# {brand} ("DealDee ค่ะ"), {polite_alone} and {polite_brand_alone} those that end with a
# polite particle ("Mook ค่ะ").
SLOTS = (
    "word", "name", "brand", "person", "person_opening", "alone", "brand_alone", "polite_alone",
    "polite_brand_alone",
)  # fmt: skip


@dataclass(frozen=True)
class Concept:
    name: str
    description: str = ""
    phrases: tuple[str, ...] = ()
    any: tuple[str, ...] = ()
    near: tuple[str, ...] = ()
    in_order: bool = False  # the near concepts in the order listed
    one_clause: bool = False  # the near concepts in one clause (no . ? ! ; between)
    span: int = 8  # defaults as in schema.json ($defs/concept)
    unless: tuple[str, ...] = ()
    unless_span: int = 6
    unless_side: str = "either"  # or "before": only a cue said before the match cancels it
    otherwise: tuple[str, ...] = ()
    at_start: bool = False  # only matches that open the turn
    where: str = ""  # file:line, for error messages

    def references(self) -> tuple[str, ...]:
        return self.any + self.near + self.unless + self.otherwise

    def variables(self) -> set[str]:
        return {v for p in self.phrases for v in PLACEHOLDER.findall(p) if v not in SLOTS}


@dataclass
class Lexicon:
    concepts: dict[str, Concept] = field(default_factory=dict)
    # Variable name -> what it means (for `rules list` and the README).
    variables: dict[str, str] = field(default_factory=dict)

    def extended(self, additions: Iterable[Concept]) -> Lexicon:
        """A copy with a pack's concepts added; same-named ones add their phrases and refs."""
        concepts = dict(self.concepts)
        for concept in additions:
            base = concepts.get(concept.name)
            if base is None:
                concepts[concept.name] = concept
            else:
                concepts[concept.name] = replace(
                    base, phrases=base.phrases + concept.phrases, any=base.any + concept.any
                )
        return Lexicon(concepts, dict(self.variables))


class ConceptError(ValueError):
    """A concept that refers to an unknown concept or variable, or to itself."""


def expand_phrase(phrase: str, values: dict[str, tuple[str, ...]]) -> list[str]:
    """The phrase once per combination of its variables' values; none when one is empty."""
    names = [v for v in dict.fromkeys(PLACEHOLDER.findall(phrase)) if v not in SLOTS]
    if not names:
        return [phrase]
    expanded = []
    for combination in product(*(values.get(n, ()) for n in names)):
        text = phrase
        for name, value in zip(names, combination, strict=True):
            text = text.replace("{" + name + "}", value)
        expanded.append(text)
    return expanded


def reachable(lexicon: Lexicon, roots: Iterable[str]) -> list[str]:
    """The concepts roots need, each after those it refers to; unknown names and cycles raise."""
    order: list[str] = []
    state: dict[str, str] = {}

    def visit(name: str, via: str) -> None:
        if state.get(name) == "done":
            return
        if state.get(name) == "open":
            raise ConceptError(f"concept {name!r} refers to itself (via {via!r})")
        concept = lexicon.concepts.get(name)
        if concept is None:
            raise ConceptError(f"unknown concept {name!r} (used by {via})")
        state[name] = "open"
        for ref in concept.references():
            visit(ref, name)
        state[name] = "done"
        order.append(name)

    for root in roots:
        visit(root, root)
    return order
