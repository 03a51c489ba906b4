"""Load YAML into plain data while remembering the line of every mapping key and list item.

Aliases are expanded here, so this is where a hostile pack is stopped: an alias that refers
to a node containing itself (`x: &a [*a]`) and a "billion laughs" bomb, whose aliases of
aliases expand to billions of nodes from a few lines, are refused with a one-line error
before they cost memory or time.
"""

from __future__ import annotations

from typing import Any

import yaml

Path = tuple[str | int, ...]
# Far above any real pack (the bundled ones have a few thousand nodes) and far below a bomb.
MAX_NODES = 200_000


class YamlLimitError(yaml.YAMLError):
    """The document expands past MAX_NODES or an alias contains itself."""

    def __init__(self, problem: str, line: int):
        super().__init__(problem)
        self.problem = problem
        self.problem_mark = yaml.Mark("", 0, line - 1, 0, None, None)


def load_with_lines(text: str) -> tuple[Any, dict[Path, int]]:
    """Data as yaml.safe_load gives it, plus path -> 1-based line. Raises yaml.YAMLError."""
    node = yaml.compose(text, Loader=yaml.SafeLoader)
    lines: dict[Path, int] = {}
    if node is None:
        return None, lines
    return _Converter(lines).convert(node, ()), lines


def line_of(lines: dict[Path, int], path: Path) -> int:
    """The line of path, or of its nearest ancestor that has one."""
    path = tuple(path)
    while path and path not in lines:
        path = path[:-1]
    return lines.get(path, 1)


class _Converter:
    def __init__(self, lines: dict[Path, int]):
        self.lines = lines
        self.nodes = 0
        self.open: set[int] = set()  # the collections being converted, to catch an alias loop

    def convert(self, node: yaml.Node, path: Path) -> Any:
        self.nodes += 1
        line = node.start_mark.line + 1
        if self.nodes > MAX_NODES:
            raise YamlLimitError(f"more than {MAX_NODES} values once aliases are expanded", line)
        self.lines.setdefault(path, line)
        if isinstance(node, yaml.ScalarNode):
            return _scalar(node)
        if id(node) in self.open:
            raise YamlLimitError("an alias refers to a value that contains it", line)
        self.open.add(id(node))
        try:
            if isinstance(node, yaml.MappingNode):
                out = {}
                for key_node, value_node in node.value:
                    key = key_node.value
                    self.lines[path + (key,)] = key_node.start_mark.line + 1
                    out[key] = self.convert(value_node, path + (key,))
                return out
            return [self.convert(item, path + (i,)) for i, item in enumerate(node.value)]
        finally:
            self.open.discard(id(node))


def _scalar(node: yaml.ScalarNode) -> Any:
    loader = yaml.SafeLoader("")
    try:
        return loader.construct_object(node, deep=True)
    finally:
        loader.dispose()
