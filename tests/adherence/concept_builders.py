"""Build a Matcher from a few concepts, so matching tests need no pack file."""

from ccaudit.adherence.lexicon import Concept, Lexicon
from ccaudit.adherence.loader import bundled_lexicon
from ccaudit.adherence.matcher import Matcher


def matcher(*concepts: Concept, values=None, lexicon: Lexicon | None = None) -> Matcher:
    """Compiles the given concepts, or every concept of `lexicon`."""
    base = lexicon if lexicon is not None else Lexicon()
    extended = base.extended(concepts)
    roots = [c.name for c in concepts] or list(base.concepts)
    return Matcher(extended, roots, values or {})


def phrases(*texts: str, **fields) -> Matcher:
    """A matcher whose concept `x` is these phrases."""
    return matcher(Concept("x", phrases=texts, **fields))


def said(m: Matcher, text: str, concept: str = "x") -> bool:
    return bool(m.hits(text, concept))


def bundled(concept: str, values=None) -> Matcher:
    """The bundled lexicon's concept, with its variables empty unless given."""
    lexicon = bundled_lexicon()
    all_values = {name: () for name in lexicon.variables}
    all_values.update(values or {})
    return Matcher(lexicon, [concept], all_values)
