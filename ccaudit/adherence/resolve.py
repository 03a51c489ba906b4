"""Find a pack by path or by the name of a bundled pack (`th-banking` = rules/th-banking.yaml)."""

from __future__ import annotations

from pathlib import Path

from ccaudit.adherence.loader import bundled_rules_dir, default_pack_paths
from ccaudit.errors import CcauditError


def resolve_pack_path(name_or_path: str) -> Path:
    path = Path(name_or_path)
    if path.is_file():
        return path
    bundled = bundled_rules_dir() / f"{name_or_path}.yaml"
    if path.suffix == "" and bundled.is_file():
        return bundled
    names = ", ".join(p.stem for p in default_pack_paths())
    raise CcauditError(f"{name_or_path}: no such rule pack file or bundled pack ({names})")


def resolve_pack_paths(names: tuple[str, ...] | list[str]) -> list[Path]:
    """The given packs, or every bundled pack when none is given."""
    return [resolve_pack_path(n) for n in names] if names else default_pack_paths()
