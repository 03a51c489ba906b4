"""Which operator each entity type gets: `--operator ENTITY=OP` and a YAML policy file.

A policy file:

    default: mask            # for every entity not named below
    operators:
      CREDIT_CARD: replace
      PERSON: hash

`--operator` given on the command line wins over the file. Every mistake is one line.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from ccaudit.errors import CcauditError
from ccaudit.pii import DEFAULT_ENTITIES, KNOWN_ENTITIES
from ccaudit.redact.operator_names import ALIASES, OPERATOR_NAMES

DEFAULT_OPERATOR = "mask"
_FILE_KEYS = ("default", "operators")


@dataclass(frozen=True)
class RedactionPolicy:
    default: str = DEFAULT_OPERATOR
    by_entity: Mapping[str, str] = field(default_factory=dict)

    def operator_for(self, entity_type: str) -> str:
        return self.by_entity.get(entity_type, self.default)

    @property
    def operators(self) -> frozenset[str]:
        return frozenset({self.default, *self.by_entity.values()})


def build_policy(policy_file: Path | None, pairs: Iterable[str]) -> RedactionPolicy:
    default, by_entity = DEFAULT_OPERATOR, {}
    if policy_file is not None:
        default, by_entity = _read_policy_file(policy_file)
    for pair in pairs:
        name, sep, operator = pair.partition("=")
        if not sep:
            raise CcauditError(f"--operator expects ENTITY=OPERATOR, got {pair!r}")
        where = f"--operator {pair}"
        if name.strip().lower() == "default":
            default = _operator(operator, where)
        else:
            by_entity[_entity(name, where)] = _operator(operator, where)
    return RedactionPolicy(default, by_entity)


def _read_policy_file(path: Path) -> tuple[str, dict[str, str]]:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise CcauditError(f"{path}: cannot read policy ({exc.strerror})") from None
    except UnicodeDecodeError:
        raise CcauditError(f"{path}: policy is not UTF-8 text") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}" if mark else ""
        raise CcauditError(f"{path}: policy is not valid YAML{where}") from None
    if data is None:
        data = {}
    if not isinstance(data, Mapping):
        raise CcauditError(f"{path}: a policy is a mapping with keys {', '.join(_FILE_KEYS)}")
    unknown = sorted(str(k) for k in data if k not in _FILE_KEYS)
    if unknown:
        raise CcauditError(
            f"{path}: unknown key {', '.join(unknown)}; a policy has {', '.join(_FILE_KEYS)}"
        )
    default = _operator(data.get("default", DEFAULT_OPERATOR), f"{path}: default")
    operators = data.get("operators") or {}
    if not isinstance(operators, Mapping):
        raise CcauditError(f"{path}: operators must map entity types to operators")
    by_entity = {
        _entity(name, f"{path}: operators"): _operator(op, f"{path}: operators.{name}")
        for name, op in operators.items()
    }
    return default, by_entity


def _operator(value: object, where: str) -> str:
    name = str(value).strip().lower()
    name = ALIASES.get(name, name)
    if name not in OPERATOR_NAMES:
        raise CcauditError(
            f"{where}: unknown operator {value!r}; choose from {', '.join(OPERATOR_NAMES)}"
        )
    return name


def _entity(value: object, where: str) -> str:
    name = str(value).strip().upper()
    if name not in KNOWN_ENTITIES:
        raise CcauditError(
            f"{where}: unknown entity {value!r}; choose from {', '.join(DEFAULT_ENTITIES)} "
            "or an entity type of Presidio's"
        )
    return name
