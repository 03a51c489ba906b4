"""Rule kinds, one module each, registered by the name a pack uses (`required_phrase`, ...).

A kind module holds `KIND` (its name in packs), its check class and `build(params, rule)`,
which turns the kind's validated parameters into a check. Its parameters and their defaults
are in schema.json under `$defs/kinds/<name>`, and the examples that show it in a pack. Adding
a kind is a module here, its schema entry and its examples: nothing else changes.
"""

from __future__ import annotations

import importlib
import pkgutil
from types import ModuleType


def _discover() -> dict[str, ModuleType]:
    kinds = {}
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda i: i.name):
        module = importlib.import_module(f"{__name__}.{info.name}")
        kinds[module.KIND] = module
    return kinds


KINDS: dict[str, ModuleType] = _discover()
KIND_NAMES: tuple[str, ...] = tuple(KINDS)
