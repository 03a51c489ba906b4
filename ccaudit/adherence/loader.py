"""Read a rule pack from YAML, validate it, and compile it; errors name the file and line."""

from __future__ import annotations

import json
import re
from importlib import resources
from pathlib import Path

import jsonschema
import yaml

from ccaudit.adherence.build import KINDS, PackError, build_rule
from ccaudit.adherence.pack import RulePack
from ccaudit.adherence.yaml_lines import line_of, load_with_lines
from ccaudit.errors import CcauditError

_CHECKOUT = Path(__file__).resolve().parents[2]
# setup.py maps the checkout's rules/ to this subpackage, so a wheel carries the packs here.
_PACKAGED_RULES = Path(__file__).resolve().parents[1] / "bundled_rules"
_RULE_FIELDS = {"id", "title", "severity", "description", "applies_to", "examples"}


def bundled_rules_dir() -> Path:
    """The checkout's rules/ when running from a checkout, else the copy inside the package.

    The checkout wins so that an edited pack takes effect without reinstalling. pyproject.toml
    marks a checkout: from a wheel, parents[2] is site-packages, where another distribution may
    own a top-level rules/ folder.
    """
    if (_CHECKOUT / "pyproject.toml").is_file() and (_CHECKOUT / "rules").is_dir():
        return _CHECKOUT / "rules"
    return _PACKAGED_RULES


def pack_schema() -> dict:
    return json.loads(resources.files("ccaudit.adherence").joinpath("schema.json").read_text())


def default_pack_paths() -> list[Path]:
    """The bundled packs (see bundled_rules_dir), sorted by name."""
    return sorted(bundled_rules_dir().glob("*.yaml"))


def load_packs(paths) -> list[RulePack]:
    packs = [load_pack(p) for p in paths]
    seen: dict[str, str] = {}
    for pack in packs:
        if pack.name in seen:
            raise CcauditError(
                f"{pack.path}: pack {pack.name!r} is also loaded from {seen[pack.name]}"
            )
        seen[pack.name] = pack.path
    return packs


def load_pack(path) -> RulePack:
    """Load and compile one pack; any problem raises CcauditError `file:line: message`."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) else "not UTF-8 text"
        reason = reason or type(exc).__name__
        raise CcauditError(f"{path}: cannot read rule pack ({reason})") from None
    try:
        data, lines = load_with_lines(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark else 1
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise CcauditError(f"{path}:{line}: YAML error: {problem}") from None
    if not isinstance(data, dict):
        raise CcauditError(f"{path}:1: a rule pack is a mapping of pack, version, language, rules")
    _check_rule_kinds(path, data, lines)
    _check_schema(path, data, lines)
    rules = []
    ids: set[str] = set()
    for index, rule_data in enumerate(data["rules"]):
        where = ("rules", index)
        if rule_data["id"] in ids:
            line = line_of(lines, where + ("id",))
            raise CcauditError(f"{path}:{line}: duplicate rule id {rule_data['id']!r}")
        ids.add(rule_data["id"])
        try:
            rules.append(build_rule(rule_data, where, lines))
        except PackError as exc:
            raise CcauditError(f"{path}:{exc.line}: {exc.message}") from None
    return RulePack(
        name=data["pack"],
        version=str(data["version"]),
        language=data["language"],
        rules=rules,
        path=str(path),
        description=data.get("description", ""),
    )


def _check_rule_kinds(path: Path, data: dict, lines) -> None:
    """Name an unknown or missing kind plainly; the schema would say 'not valid under oneOf'."""
    rules = data.get("rules")
    if not isinstance(rules, list):
        return
    for index, rule in enumerate(rules):
        if not isinstance(rule, dict):
            continue
        where = ("rules", index)
        label = f"rule {rule.get('id', index)!r}"
        unknown = [k for k in rule if k not in _RULE_FIELDS and k not in KINDS]
        if unknown:
            line = line_of(lines, where + (unknown[0],))
            raise CcauditError(
                f"{path}:{line}: {label}: unknown rule kind or field {unknown[0]!r} "
                f"(kinds: {', '.join(KINDS)})"
            )
        kinds = [k for k in rule if k in KINDS]
        if len(kinds) != 1:
            problem = "has no kind" if not kinds else f"has {len(kinds)} kinds ({', '.join(kinds)})"
            raise CcauditError(
                f"{path}:{line_of(lines, where)}: {label} {problem}; give exactly one of: "
                f"{', '.join(KINDS)}"
            )


def _check_schema(path: Path, data: dict, lines) -> None:
    """Every schema error, one `file:line: where: message` line each, in file order, as a
    linter lists them; an error under oneOf is reported by its most relevant part."""
    validator = jsonschema.Draft202012Validator(pack_schema())
    errors = [jsonschema.exceptions.best_match([e]) for e in validator.iter_errors(data)]
    if not errors:
        return
    reported = []
    for error in errors:
        location = tuple(error.absolute_path)
        where = "/".join(str(p) for p in location) or "pack"
        reported.append((line_of(lines, location), f"{where}: {_message(error)}"))
    raise CcauditError(
        "\n".join(f"{path}:{line}: {message}" for line, message in sorted(set(reported)))
    )


def _message(error: jsonschema.ValidationError) -> str:
    if error.validator == "required":
        missing = re.search(r"'([^']+)' is a required property", error.message)
        if missing:
            return f"missing field {missing.group(1)!r}"
    if error.validator == "oneOf" and isinstance(error.instance, dict):
        options = [o["required"][0] for o in error.validator_value if "required" in o]
        if options:
            return f"needs exactly one of: {', '.join(options)}"
    return error.message
