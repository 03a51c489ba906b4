"""Many words as one regular expression shaped like a trie (`ab(?:c|d(?:e)?)`): at each place
it is tried, `re` follows the one branch that starts with the character there, where a plain
alternation would try every word in turn."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable


def trie_pattern(words: Iterable[str], char_pattern: Callable[[str], str] = re.escape) -> str:
    """A pattern matching the longest of `words` that starts where it is tried;
    `char_pattern` spells each character (`re.escape`, or a caseless class)."""
    trie: dict = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _node_pattern(trie, char_pattern)


def _node_pattern(node: dict, char_pattern: Callable[[str], str]) -> str:
    branches = [
        char_pattern(char) + _node_pattern(child, char_pattern)
        for char, child in node.items()
        if char
    ]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
    return f"(?:{body})?" if "" in node else body
