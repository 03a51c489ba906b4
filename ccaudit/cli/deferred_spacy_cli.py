"""spaCy's own command line (spacy.cli), loaded the first time something asks for it.

Importing spacy imports spacy.cli only for the `spacy.info` function, and spacy.cli imports
every spaCy command with typer, weasel, httpx, requests, rich and jinja2: some 0.85 G of
the 8.7 G instructions of a one-file `ccaudit scan`, which runs no spaCy command. Presidio
imports spacy whatever ccaudit asks of it, so the `ccaudit` program has the import system
serve stand-ins for spacy.cli and spacy.cli.info while spaCy loads. The first time anything
else is asked of spacy.cli, or `spacy.info` is called, the real package runs into its
stand-in, and imports the real spacy.cli.info.

As with ccaudit.cli.deferred_presidio, only the program does this, never an import of ccaudit.
"""

from __future__ import annotations

import sys
from importlib.abc import Loader, MetaPathFinder
from importlib.machinery import ModuleSpec, PathFinder
from importlib.util import find_spec
from types import ModuleType

PACKAGE = "spacy.cli"
INFO = f"{PACKAGE}.info"


def defer_spacy_cli() -> None:
    """Before spaCy is imported: have the stand-ins served. Afterwards, or where the package
    cannot be found, nothing changes."""
    if "spacy" in sys.modules or PACKAGE in sys.modules:
        return
    spacy = find_spec("spacy")
    if spacy is None or not spacy.submodule_search_locations:
        return
    package = PathFinder.find_spec(PACKAGE, spacy.submodule_search_locations)
    if package is None or package.loader is None:
        return
    sys.meta_path.insert(0, _StandIns(package))


class _StandIns(MetaPathFinder):
    """Serves spacy.cli as a _DeferredPackage and spacy.cli.info as an _InfoStandIn, once
    each; found through the import system, they are bound on their parents as usual."""

    def __init__(self, package: ModuleSpec):
        self._package = package

    def find_spec(self, name, path=None, target=None):
        if name == PACKAGE:
            self._package.loader = _DeferredPackage(self._package.loader)
            return self._package
        if name == INFO:
            sys.meta_path.remove(self)
            return ModuleSpec(name, _InfoStandIn())
        return None


class _DeferredPackage(Loader):
    def __init__(self, real: Loader):
        self._real = real

    def exec_module(self, module: ModuleType) -> None:
        def load_on_demand(name: str):
            load_real_package(module)
            return getattr(module, name)

        module.__getattr__ = load_on_demand
        module.__spec__.loader = module.__loader__ = self._real


def load_real_package(package: ModuleType) -> None:
    """Runs the real spacy.cli into its stand-in, once; it imports the real spacy.cli.info."""
    if "__getattr__" not in vars(package):
        return
    del package.__getattr__
    sys.modules.pop(INFO, None)
    package.__loader__.exec_module(package)


class _InfoStandIn(Loader):
    def exec_module(self, module: ModuleType) -> None:
        def info(*args, **kwargs):
            """spacy.info, which spaCy's import binds before anything can ask for it."""
            package = sys.modules[PACKAGE]
            load_real_package(package)
            return package.info(*args, **kwargs)

        module.info = info
