"""Script adherence: rule packs (schema, loader), speech-tolerant matching, and the checker."""

from ccaudit.adherence.checker import Checker, adherence_score, call_language
from ccaudit.adherence.examples import ExampleOutcome, example_conversation, run_pack_examples
from ccaudit.adherence.loader import default_pack_paths, load_pack, load_packs
from ccaudit.adherence.pack import Example, Rule, RulePack
from ccaudit.adherence.schema_defaults import pack_schema

__all__ = [
    "Checker",
    "Example",
    "ExampleOutcome",
    "Rule",
    "RulePack",
    "adherence_score",
    "call_language",
    "default_pack_paths",
    "example_conversation",
    "load_pack",
    "load_packs",
    "pack_schema",
    "run_pack_examples",
]
