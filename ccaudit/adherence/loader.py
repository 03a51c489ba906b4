"""Read a rule pack from YAML, validate it, and compile it; errors name the file and line.

Everything that can be wrong with a pack is found here, at load time: its schema, unknown
kinds, concepts and variables, regexes RE2 cannot take. A check never fails on a pack.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from pathlib import Path

import jsonschema

from ccaudit.adherence.build import PackContext, PackError, build_rule
from ccaudit.adherence.concept_files import LEXICON_FOLDER, concepts_from, load_lexicon
from ccaudit.adherence.kinds import KIND_NAMES
from ccaudit.adherence.lexicon import ConceptError, Lexicon
from ccaudit.adherence.pack import RulePack
from ccaudit.adherence.schema_defaults import pack_schema
from ccaudit.adherence.variables import Values, as_values
from ccaudit.adherence.yaml_files import read_yaml, schema_errors
from ccaudit.adherence.yaml_lines import line_of
from ccaudit.display_safe import display_safe_prose
from ccaudit.errors import CcauditError

_CHECKOUT = Path(__file__).resolve().parents[2]
# setup.py maps the checkout's rules/ to this subpackage, so a wheel carries the packs here.
_PACKAGED_RULES = Path(__file__).resolve().parents[1] / "bundled_rules"
_RULE_FIELDS = {
    "id", "title", "severity", "description", "applies_to", "examples", "section", "weight",
    "auto_fail",
}  # fmt: skip


def bundled_rules_dir() -> Path:
    """The checkout's rules/ when running from a checkout, else the copy inside the package.

    The checkout wins so that an edited pack takes effect without reinstalling. pyproject.toml
    marks a checkout: from a wheel, parents[2] is site-packages, where another distribution may
    own a top-level rules/ folder.
    """
    if (_CHECKOUT / "pyproject.toml").is_file() and (_CHECKOUT / "rules").is_dir():
        return _CHECKOUT / "rules"
    return _PACKAGED_RULES


def bundled_lexicon() -> Lexicon:
    return load_lexicon(bundled_rules_dir() / LEXICON_FOLDER)


def default_pack_paths() -> list[Path]:
    """The bundled packs (see bundled_rules_dir), sorted by name."""
    return sorted(bundled_rules_dir().glob("*.yaml"))


def load_packs(paths: Iterable, variables: Mapping[str, Values] | None = None) -> list[RulePack]:
    """Load packs; `variables` (from --var or the project's config) override the packs' own."""
    packs = [load_pack(p, variables) for p in paths]
    declared = {name for pack in packs for name in pack.variables}
    unknown = sorted(set(variables or {}) - declared)
    if unknown and packs:
        known = ", ".join(sorted(declared)) or "none"
        raise CcauditError(f"unknown pack variable {unknown[0]!r} (the packs use: {known})")
    seen: dict[str, str] = {}
    for pack in packs:
        if pack.name in seen:
            raise CcauditError(
                f"{pack.path}: pack {pack.name!r} is also loaded from {seen[pack.name]}"
            )
        seen[pack.name] = pack.path
    return packs


def load_pack(path, variables: Mapping[str, Values] | None = None) -> RulePack:
    """Load and compile one pack; any problem raises CcauditError `file:line: message`."""
    path = Path(path)
    data, lines = read_yaml(path)
    if not isinstance(data, dict):
        raise CcauditError(f"{path}:1: a rule pack is a mapping of pack, version, language, rules")
    _check_rule_kinds(path, data, lines)
    errors = schema_errors(jsonschema.Draft202012Validator(pack_schema()), data, lines)
    if errors:
        raise CcauditError("\n".join(f"{path}:{line}: {message}" for line, message in errors))
    lexicon = bundled_lexicon()
    own = concepts_from(data.get("concepts", {}), lines, ("concepts",), str(path))
    values = {name: () for name in lexicon.variables}
    values.update({k: as_values(v) for k, v in data.get("vars", {}).items()})
    values.update({k: v for k, v in (variables or {}).items() if k in values})
    context = PackContext(lexicon.extended(own), values, data["language"])
    rules = []
    ids: set[str] = set()
    for index, rule_data in enumerate(data["rules"]):
        where = ("rules", index)
        if rule_data["id"] in ids:
            line = line_of(lines, where + ("id",))
            raise CcauditError(f"{path}:{line}: duplicate rule id {rule_data['id']!r}")
        ids.add(rule_data["id"])
        try:
            rules.append(build_rule(context, rule_data, where, lines))
        except PackError as exc:
            raise CcauditError(f"{path}:{exc.line}: {exc.message}") from None
    try:
        context.compile()
    except ConceptError as exc:
        raise CcauditError(f"{path}: {exc}") from None
    return RulePack(
        name=data["pack"],
        version=str(data["version"]),
        language=data["language"],
        rules=rules,
        path=str(path),
        description=display_safe_prose(data.get("description", "")),
        variables=values,
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
        unknown = [k for k in rule if k not in _RULE_FIELDS and k not in KIND_NAMES]
        if unknown:
            line = line_of(lines, where + (unknown[0],))
            raise CcauditError(
                f"{path}:{line}: {label}: unknown rule kind or field {unknown[0]!r} "
                f"(kinds: {', '.join(KIND_NAMES)})"
            )
        kinds = [k for k in rule if k in KIND_NAMES]
        if len(kinds) != 1:
            problem = "has no kind" if not kinds else f"has {len(kinds)} kinds ({', '.join(kinds)})"
            raise CcauditError(
                f"{path}:{line_of(lines, where)}: {label} {problem}; give exactly one of: "
                f"{', '.join(KIND_NAMES)}"
            )
