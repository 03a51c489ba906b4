"""Read a pack or lexicon file and list its schema errors, each as `file:line: message`."""

from __future__ import annotations

import re
from pathlib import Path

import jsonschema
import yaml

from ccaudit.adherence.yaml_lines import line_of, load_with_lines
from ccaudit.errors import CcauditError


def read_yaml(path: Path) -> tuple[object, dict]:
    """The file's data and the line of each path; any problem is one CcauditError line."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) else "not UTF-8 text"
        reason = reason or type(exc).__name__
        raise CcauditError(f"{path}: cannot read rule pack ({reason})") from None
    try:
        return load_with_lines(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark else 1
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise CcauditError(f"{path}:{line}: YAML error: {problem}") from None
    except RecursionError:
        raise CcauditError(f"{path}:1: YAML error: nested too deeply") from None


def schema_errors(validator, data, lines: dict) -> list[tuple[int, str]]:
    """Every schema error, one (line, `where: message`) each, in file order, as a linter lists
    them; an error under oneOf is reported by its most relevant part."""
    errors = [jsonschema.exceptions.best_match([e]) for e in validator.iter_errors(data)]
    reported = set()
    for error in errors:
        location = tuple(error.absolute_path)
        where = "/".join(str(p) for p in location) or "pack"
        reported.add((line_of(lines, location), f"{where}: {_message(error)}"))
    return sorted(reported)


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
