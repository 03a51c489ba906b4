"""Read the bundled lexicon (rules/concepts/*.yaml) and a pack's own `concepts:` block."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import jsonschema

from ccaudit.adherence.lexicon import Concept, Lexicon
from ccaudit.adherence.schema_defaults import defaults, pack_schema
from ccaudit.adherence.yaml_files import read_yaml, schema_errors
from ccaudit.adherence.yaml_lines import line_of
from ccaudit.errors import CcauditError

LEXICON_FOLDER = "concepts"


def concepts_from(data: dict, lines: dict, where: tuple, source: str) -> list[Concept]:
    """Concept mappings (already valid against the schema) as Concepts."""
    concepts = []
    spans = defaults("concept")
    for name, spec in data.items():
        line = line_of(lines, where + (name,))
        concepts.append(
            Concept(
                name=name,
                description=spec.get("description", "").strip(),
                phrases=tuple(spec.get("phrases", ())),
                any=tuple(spec.get("any", ())),
                near=tuple(spec.get("near", ())),
                in_order=spec.get("in_order", spans["in_order"]),
                one_clause=spec.get("one_clause", spans["one_clause"]),
                span=spec.get("span", spans["span"]),
                unless=tuple(spec.get("unless", ())),
                unless_span=spec.get("unless_span", spans["unless_span"]),
                unless_side=spec.get("unless_side", spans["unless_side"]),
                otherwise=tuple(spec.get("otherwise", ())),
                at_start=spec.get("at_start", spans["at_start"]),
                where=f"{source}:{line}",
            )
        )
    return concepts


@cache
def load_lexicon(folder: Path) -> Lexicon:
    """Every concept file of the folder, merged; a name defined twice is an error."""
    lexicon = Lexicon()
    schema = {"$defs": pack_schema()["$defs"], "$ref": "#/$defs/lexicon"}
    validator = jsonschema.Draft202012Validator(schema)
    for path in sorted(folder.glob("*.yaml")):
        data, lines = read_yaml(path)
        errors = schema_errors(validator, data, lines)
        if errors:
            raise CcauditError("\n".join(f"{path}:{line}: {m}" for line, m in errors))
        for concept in concepts_from(data.get("concepts", {}), lines, ("concepts",), str(path)):
            if concept.name in lexicon.concepts:
                first = lexicon.concepts[concept.name].where
                raise CcauditError(f"{concept.where}: concept {concept.name!r} also at {first}")
            lexicon.concepts[concept.name] = concept
        lexicon.variables.update(data.get("vars", {}))
    return lexicon
