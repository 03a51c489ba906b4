"""Many patterns searched in one text, skipping those that cannot match it.

Most patterns need a literal piece somewhere: `thank(?:s| you) for (?:calling|holding)` matches
only text that holds `calling` or `holding`. Those pieces are read from each pattern's parse
tree, and one search for all of them (a pattern shaped like a trie, so that at each character
`re` tries only the pieces that begin with it) tells which patterns are worth searching. Most
turns hold no piece of the role cues (ccaudit.ingest.role_inference): some sixty searches of
a turn become one.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

# The parser `re` itself uses: what a pattern needs is read from the tree it compiles.
from re import _constants as sre
from re import _parser as sre_parser

from ccaudit.trie_pattern import trie_pattern

_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)


class PatternSet:
    def __init__(self, patterns: Sequence[re.Pattern[str]]):
        self.patterns = tuple(patterns)
        pieces = [required_pieces(p) for p in self.patterns]
        self._always = frozenset(i for i, needed in enumerate(pieces) if needed is None)
        every_piece = {piece for needed in pieces if needed for piece in needed}
        # A piece found at a position stands for every shorter piece that begins it there.
        self._needing = {
            found: frozenset(i for i, needed in enumerate(pieces) if _begins(found, needed))
            for found in every_piece
        }
        self._pieces = re.compile(trie_pattern(sorted(every_piece))) if every_piece else None

    def matching(self, text: str) -> set[int]:
        """The positions in `patterns` of those that `search` finds in `text`."""
        candidates = set(self._always)
        if self._pieces is not None:
            # From each piece's start one character on: pieces may overlap.
            found = self._pieces.search(text)
            while found is not None:
                candidates |= self._needing[found.group()]
                found = self._pieces.search(text, found.start() + 1)
        return {i for i in candidates if self.patterns[i].search(text)}


def _begins(found: str, needed: frozenset[str] | None) -> bool:
    return bool(needed) and any(map(found.startswith, needed))


def required_pieces(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """Strings of which every match of `pattern` holds at least one, or None if the pattern
    gives none (a match may be any text, or the pattern ignores case)."""
    if pattern.flags & re.IGNORECASE:
        return None
    return _needed(sre_parser.parse(pattern.pattern, pattern.flags))


def _needed(items) -> frozenset[str] | None:
    """For a sequence of parsed items: the best choice among its literal runs and the items
    that each need one of some pieces (the one whose shortest piece is longest)."""
    choices: list[frozenset[str]] = []
    run = ""
    for op, value in items:
        if op is sre.LITERAL:
            run += chr(value)
            continue
        if run:
            choices.append(frozenset([run]))
            run = ""
        needed = _needed_by_item(op, value)
        if needed:
            choices.append(needed)
    if run:
        choices.append(frozenset([run]))
    return max(choices, key=lambda pieces: (min(map(len, pieces)), -len(pieces)), default=None)


def _needed_by_item(op, value) -> frozenset[str] | None:
    if op is sre.SUBPATTERN:
        _, add_flags, del_flags, items = value
        return None if add_flags or del_flags else _needed(items)
    if op is sre.ATOMIC_GROUP:
        return _needed(value)
    if op in _REPEATS:
        low, _, items = value
        return _needed(items) if low >= 1 else None
    if op is sre.BRANCH:
        branches = [_needed(items) for items in value[1]]
        if all(branches):
            return frozenset().union(*branches)
    return None
