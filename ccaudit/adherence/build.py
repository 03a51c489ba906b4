"""Turn a validated rule mapping into a Rule: its kind builds the check (see kinds/), with the
conditions, windows, roles and regexes made here, each error pointing at its line."""

from __future__ import annotations

from dataclasses import replace

from ccaudit.adherence.conditions import (
    AllOf,
    AnyOf,
    ConceptCondition,
    Condition,
    NotOf,
    PatternCondition,
)
from ccaudit.adherence.kinds import KIND_NAMES, KINDS
from ccaudit.adherence.lexicon import Concept, Lexicon, reachable
from ccaudit.adherence.matcher import Matcher
from ccaudit.adherence.pack import Example, Rule
from ccaudit.adherence.safe_regex import UnsafePatternError, compile_safe
from ccaudit.adherence.schema_defaults import defaults, severity_weight
from ccaudit.adherence.window import Roles, Window, parse_roles
from ccaudit.adherence.yaml_lines import line_of
from ccaudit.display_safe import display_safe, display_safe_prose
from ccaudit.model import Severity


class PackError(Exception):
    """A problem at a line of the pack file; the loader adds the file name."""

    def __init__(self, line: int, message: str):
        super().__init__(message)
        self.line = line
        self.message = message


class PackContext:
    """What the rules of one pack share while it is read: the lexicon with the pack's own
    concepts, its variables' values, and, once every rule is read, the compiled matcher."""

    def __init__(self, lexicon: Lexicon, values: dict[str, tuple[str, ...]], language: str):
        self.lexicon = lexicon
        self.values = values
        self.language = language  # reasons quote a phrase in the pack's language
        self.inline: list[Concept] = []
        self.matcher: Matcher | None = None

    def add_inline(self, concept: Concept) -> str:
        self.inline.append(concept)
        return concept.name

    def compile(self) -> None:
        lexicon = self.lexicon.extended(self.inline)
        self.matcher = Matcher(lexicon, [c.name for c in self.inline], self.values)


_INHERIT = ("inherit",)  # a condition without `role` listens to its parent's roles


class RuleBuilder:
    """What a kind's build() uses: conditions, windows, roles and regexes at YAML lines.
    Paths (`at`) are relative to the rule's kind mapping, as the kind sees its parameters."""

    def __init__(self, pack: PackContext, data: dict, where: tuple, lines: dict):
        self.pack = pack
        self.data = data
        self.kind = next(k for k in KIND_NAMES if k in data)
        self.base = where + (self.kind,)
        self.lines = lines
        self.default_roles = parse_roles(data.get("applies_to", {}).get("role"))
        self.concepts: list[str] = []

    def line(self, at: tuple) -> int:
        return line_of(self.lines, self.base + at)

    def roles(self, role, inherited: Roles = _INHERIT) -> Roles:
        return parse_roles(role, self.default_roles if inherited is _INHERIT else inherited)

    def skip_condition(self, params: dict, where: tuple, key: str = "skip_if") -> Condition:
        """`applies_to.skip_if`: when it holds, the rule does not apply (the call dropped);
        `applies_to.excuse_if`: when it holds, a failure is excused."""
        self.base = where + ("applies_to", key)
        return self.condition(params)

    def window(self, params: dict | None, at: tuple = (), roles: Roles = _INHERIT) -> Window:
        if not params:
            return Window()
        until = params.get("until")
        fields = {k: v for k, v in params.items() if k != "until"}
        if until is not None:
            fields["until"] = self.condition(until, at + ("until",), roles)
        return Window(**fields)

    def condition(self, params: dict, at: tuple = (), roles: Roles = _INHERIT) -> Condition:
        roles = self.roles(params.get("role"), roles)
        for combinator, cls in (("all", AllOf), ("any", AnyOf)):
            if combinator in params:
                return cls(
                    tuple(
                        self.condition(child, at + (combinator, i), roles)
                        for i, child in enumerate(params[combinator])
                    )
                )
        if "not" in params:
            return NotOf(self.condition(params["not"], at + ("not",), roles))
        if "pattern" in params:
            pattern = self.regex(params["pattern"], at + ("pattern",))
            return PatternCondition(pattern, roles, self.window(params.get("window"), at, roles))
        concept = self._inline_concept(params, at)
        window = self.window(params.get("window"), at + ("window",), roles)
        return ConceptCondition(self.pack, concept, roles, window)

    def regex(self, pattern: str, at: tuple):
        try:
            return compile_safe(pattern)
        except UnsafePatternError as exc:
            raise PackError(self.line(at), f"bad regex {pattern!r}: {exc}") from None

    def _inline_concept(self, params: dict, at: tuple) -> str:
        name = "/".join(str(p) for p in (self.data["id"], *self.base[2:], *at))
        concepts = tuple(params.get("concepts", ()))
        for concept in concepts + tuple(params.get("unless", ())):
            if concept not in self.pack.lexicon.concepts:
                line = self.line(at + ("concepts",))
                raise PackError(line, f"unknown concept {concept!r}")
        self.concepts += [c for c in concepts if c not in self.concepts]
        unless = tuple(params.get("unless", ()))
        if params.get("exceptions"):
            exceptions = Concept(f"{name}#exceptions", phrases=tuple(params["exceptions"]))
            unless += (self.pack.add_inline(exceptions),)
        phrases = tuple(params.get("phrases", ()))
        return self.pack.add_inline(Concept(name, phrases=phrases, any=concepts, unless=unless))


def build_rule(pack: PackContext, data: dict, where: tuple, lines: dict) -> Rule:
    rule = RuleBuilder(pack, data, where, lines)
    params = {**defaults(rule.kind), **data[rule.kind]}
    check = KINDS[rule.kind].build(params, rule)
    applies = data.get("applies_to", {})
    skip_if = applies.get("skip_if")
    severity = Severity.parse(data["severity"])
    channels = applies.get("channels")
    built = Rule(
        id=data["id"],
        title={lang: display_safe(title) for lang, title in data["title"].items()},
        severity=severity,
        kind=rule.kind,
        check=check,
        channels=frozenset(channels) if channels else None,
        description=display_safe_prose(data.get("description", "").strip()),
        examples=_examples(data.get("examples", {}), where + ("examples",), lines),
        line=line_of(lines, where),
        section=data.get("section", defaults("rule")["section"]),
        weight=float(data.get("weight", severity_weight(severity))),
        auto_fail=bool(data.get("auto_fail", defaults("rule")["auto_fail"])),
    )
    if skip_if is not None:
        built = replace(built, skip_if=rule.skip_condition(skip_if, where))
    excuse_if = applies.get("excuse_if")
    if excuse_if is not None:
        built = replace(built, excuse_if=rule.skip_condition(excuse_if, where, "excuse_if"))
    concepts = tuple(rule.concepts)
    variables = {v for c in reachable(pack.lexicon, concepts) for v in _variables(pack, c)}
    return replace(built, concepts=concepts, variables=tuple(sorted(variables)))


def _variables(pack: PackContext, concept: str) -> set[str]:
    return pack.lexicon.concepts[concept].variables()


def _examples(data: dict, at: tuple, lines: dict) -> list[Example]:
    examples = []
    for kind in ("pass", "fail", "not_applicable"):
        for index, item in enumerate(data.get(kind, [])):
            line = line_of(lines, at + (kind, index))
            if isinstance(item, str):
                examples.append(Example(kind, index, item, line=line))
            else:
                channel = item.get("channel", "voice")
                examples.append(Example(kind, index, item["transcript"], channel, line))
    return examples
