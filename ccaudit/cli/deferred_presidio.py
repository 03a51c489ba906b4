"""Presidio's predefined recognizers, loaded the first time something asks for one.

Importing presidio_analyzer imports its predefined_recognizers package, whose ~170 patterns
are compiled as their classes are defined (the URL recognizer's alone holds some 1,500
branches): some 15% of the instructions of a one-file `ccaudit scan`, for recognizers
ccaudit runs only when `--entities` names a type of theirs. The `ccaudit` program puts a
stand-in for that package in place before Presidio loads. The stand-in hands out the NLP
engine recognizers Presidio's own registry imports, and runs the real package into itself
the first time anything else is asked of it.

Only the program does this, never an import of ccaudit: Presidio's default registry finds
its predefined recognizers among the classes already defined, so a program that imports
ccaudit and then builds Presidio's default AnalyzerEngine needs them loaded.
"""

from __future__ import annotations

import importlib
import sys
from importlib.machinery import PathFinder
from importlib.util import find_spec, module_from_spec

PACKAGE = "presidio_analyzer.predefined_recognizers"
# SpacyRecognizer, StanzaRecognizer, TransformersRecognizer: what presidio_analyzer's own
# modules import from PACKAGE while Presidio loads.
NLP_ENGINE_RECOGNIZERS = f"{PACKAGE}.nlp_engine_recognizers"


def defer_predefined_recognizers() -> None:
    """Before Presidio is imported: put the stand-in in place. Afterwards, or where the
    package cannot be found, nothing changes."""
    if "presidio_analyzer" in sys.modules or PACKAGE in sys.modules:
        return
    presidio = find_spec("presidio_analyzer")
    if presidio is None or not presidio.submodule_search_locations:
        return
    spec = PathFinder.find_spec(PACKAGE, presidio.submodule_search_locations)
    if spec is None or spec.loader is None:
        return
    stand_in = module_from_spec(spec)

    def load_on_demand(name: str):
        # Asked before Presidio itself was imported: Presidio first, whose registry asks too.
        importlib.import_module("presidio_analyzer")
        nlp_engine_recognizers = importlib.import_module(NLP_ENGINE_RECOGNIZERS)
        if name in getattr(nlp_engine_recognizers, "__all__", ()):
            return getattr(nlp_engine_recognizers, name)
        del stand_in.__getattr__
        spec.loader.exec_module(stand_in)
        return getattr(stand_in, name)

    stand_in.__getattr__ = load_on_demand
    sys.modules[PACKAGE] = stand_in
