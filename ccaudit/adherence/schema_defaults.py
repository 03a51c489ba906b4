"""The rule-pack JSON Schema and the defaults it holds, where a compliance officer reads them:
each kind's parameter defaults and the weight each severity gives a rule in a call's score."""

from __future__ import annotations

import json
from functools import cache
from importlib import resources

from ccaudit.model import Severity


@cache
def pack_schema() -> dict:
    return json.loads(resources.files("ccaudit.adherence").joinpath("schema.json").read_text())


@cache
def defaults(name: str) -> dict:
    """`default` of every property of a kind's parameters, or of `rule` or `concept`."""
    definitions = pack_schema()["$defs"]
    schema = definitions["kinds"].get(name) or definitions[name]
    properties = schema.get("properties", {})
    return {name: spec["default"] for name, spec in properties.items() if "default" in spec}


def severity_weight(severity: Severity) -> float:
    """A rule's weight when the pack gives none: a missed critical rule weighs far more than
    a missed courtesy."""
    weights = pack_schema()["$defs"]["rule"]["properties"]["weight"]["x-default-by-severity"]
    return float(weights[severity.name])
