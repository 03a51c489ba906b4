"""Turn a validated rule mapping into a Rule with a compiled check."""

from __future__ import annotations

import re

from ccaudit.adherence.checks import ForbiddenCheck, OrderCheck, RequiredCheck
from ccaudit.adherence.conditions import (
    AllOf,
    AnyOf,
    Condition,
    NotOf,
    PatternCondition,
    PhraseCondition,
    Window,
)
from ccaudit.adherence.matching import DEFAULT_THRESHOLD, PhraseSet
from ccaudit.adherence.pack import Example, Rule
from ccaudit.adherence.pii_checks import SpokenPiiCheck, StoredPiiCheck, UnstoppedSecretCheck
from ccaudit.adherence.safe_regex import UnsafePatternError, compile_safe
from ccaudit.adherence.yaml_lines import line_of
from ccaudit.model import Severity

KINDS = ("required_phrase", "forbidden_phrase", "order", "pii_handling", "custom_pattern")


class PackError(Exception):
    """A problem at a line of the pack file; the loader adds the file name."""

    def __init__(self, line: int, message: str):
        super().__init__(message)
        self.line = line
        self.message = message


def build_rule(data: dict, where: tuple, lines: dict) -> Rule:
    kind = next(k for k in KINDS if k in data)
    applies = data.get("applies_to", {})
    role = applies.get("role", "agent")
    params = data[kind]
    at = where + (kind,)
    if kind == "required_phrase":
        check = RequiredCheck(_condition(params, role, at, lines))
    elif kind == "forbidden_phrase":
        check = ForbiddenCheck(_condition(params, role, at, lines))
    elif kind == "order":
        before = _condition(params["before"], role, at + ("before",), lines)
        after = _condition(params["after"], role, at + ("after",), lines)
        check = OrderCheck(before, after)
    elif kind == "custom_pattern":
        pattern = PatternCondition(
            _regex(params["pattern"], at + ("pattern",), lines),
            params.get("role", role),
            _window(params.get("window")),
        )
        check = RequiredCheck(pattern) if params["expect"] == "present" else ForbiddenCheck(pattern)
    else:
        check = _pii_check(params, role)
    channels = applies.get("channels")
    return Rule(
        id=data["id"],
        title=dict(data["title"]),
        severity=Severity.parse(data["severity"]),
        kind=kind,
        check=check,
        channels=frozenset(channels) if channels else None,
        description=data.get("description", "").strip(),
        examples=_examples(data.get("examples", {}), where + ("examples",), lines),
        line=line_of(lines, where),
    )


def _condition(params: dict, role: str, at: tuple, lines: dict) -> Condition:
    role = params.get("role", role)
    for combinator, cls in (("all", AllOf), ("any", AnyOf)):
        if combinator in params:
            children = params[combinator]
            return cls(
                tuple(
                    _condition(c, role, at + (combinator, i), lines) for i, c in enumerate(children)
                )
            )
    if "not" in params:
        return NotOf(_condition(params["not"], role, at + ("not",), lines))
    window = _window(params.get("window"))
    if "pattern" in params:
        return PatternCondition(_regex(params["pattern"], at + ("pattern",), lines), role, window)
    threshold = params.get("threshold", DEFAULT_THRESHOLD)
    exceptions = params.get("exceptions")
    return PhraseCondition(
        PhraseSet(params["phrases"], threshold),
        role,
        window,
        PhraseSet(exceptions, threshold) if exceptions else None,
    )


def _window(params: dict | None) -> Window:
    return Window(**params) if params else Window()


def _regex(pattern: str, at: tuple, lines: dict) -> re.Pattern:
    try:
        return compile_safe(pattern)
    except (re.error, UnsafePatternError) as exc:
        raise PackError(line_of(lines, at), f"bad regex {pattern!r}: {exc}") from None


def _pii_check(params: dict, role: str):
    entities = frozenset(e.upper() for e in params["entities"])
    check = params["check"]
    if check == "read_back":
        return SpokenPiiCheck(entities, params.get("role", role))
    if check == "unstopped_secret":
        stop = params.get("stop_phrases") or ["please don't", "ไม่ต้องแจ้ง"]
        threshold = params.get("threshold", DEFAULT_THRESHOLD)
        within = params.get("within_turns", 2)
        return UnstoppedSecretCheck(entities, PhraseSet(stop, threshold), within)
    return StoredPiiCheck(entities, params.get("scope", "notes"))


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
