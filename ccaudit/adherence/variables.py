"""Pack variables: what a deployment says its calls must contain (its organisation's name, its
products, the agent's name). A pack's `vars:` gives defaults; the project's config file
(`ccaudit.yaml` in the current folder, `vars:`) and then `--var NAME=VALUE` override them.
A variable may have several values (`--var org="Acme Bank" --var org=Acme`): any will do.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from ccaudit.adherence.yaml_files import read_yaml
from ccaudit.errors import CcauditError

Values = tuple[str, ...]
CONFIG_FILE = "ccaudit.yaml"


def as_values(value: str | list[str] | None) -> Values:
    if value is None:
        return ()
    items = [value] if isinstance(value, str) else value
    return tuple(str(v).strip() for v in items if str(v).strip())


def parse_var_options(items: Iterable[str]) -> dict[str, Values]:
    """`--var org=Acme` options; a name given twice collects both values, `org=` none."""
    values: dict[str, list[str]] = {}
    for item in items:
        name, equals, value = item.partition("=")
        name = name.strip()
        if not equals or not name.isidentifier():
            raise CcauditError(f"--var {item!r}: expected NAME=VALUE, e.g. --var org='Acme Bank'")
        values.setdefault(name, []).extend(as_values(value))
    return {name: tuple(v) for name, v in values.items()}


def project_variables(folder: Path | None = None) -> dict[str, Values]:
    """The `vars:` of the project's config file, if there is one."""
    path = (folder or Path.cwd()) / CONFIG_FILE
    if not path.is_file():
        return {}
    data, _ = read_yaml(path)
    block = data.get("vars", {}) if isinstance(data, dict) else None
    if not isinstance(block, dict):
        raise CcauditError(f"{path}: `vars:` must map names to a value or a list of values")
    return {str(name): as_values(value) for name, value in block.items()}


def run_variables(options: Iterable[str]) -> dict[str, Values]:
    """The config file's variables, then --var options over them."""
    return {**project_variables(), **parse_var_options(options)}
