r"""Characters that stand for an ASCII digit, space or hyphen in a number, made that character.

Text copied from web pages, PDFs and word processors groups digits with a no-break space
(`4111\u00a01111 …`), a narrow or thin one (`081\u202f234\u202f5678`) or an ideographic one,
joins them with a typographic hyphen or dash (`081–234–5678`), or is typed with full-width
digits (`０８１…`, an East Asian keyboard); an HTML export writes `&nbsp;` or `&#160;`; Thai
text carries zero-width spaces as word breaks, between digits too. The recognizers read ASCII.
Each such space becomes a space, a full-width digit its digit, and a dash or zero-width space
between digits a hyphen or a space: one character for one, so no offset moves. Dashes
elsewhere stay (a signature's `— Somchai`). An HTML space entity becomes a space by a
replacement that maps back.
"""

from __future__ import annotations

import re

from ccaudit.normalize.offsets import Replacement

# No-break, Ogham, the en quad to the hair space, narrow no-break, mathematical, ideographic.
_SPACES = "\u00a0\u1680" + "".join(map(chr, range(0x2000, 0x200B))) + "\u202f\u205f\u3000"
_FULL_WIDTH_DIGITS = "".join(map(chr, range(0xFF10, 0xFF1A)))
# Hyphen, non-breaking hyphen, figure dash, en and em dash, minus, small and full-width hyphen.
_DASHES = "\u2010\u2011\u2012\u2013\u2014\u2212\ufe63\uff0d"
_ZERO_WIDTH = "\u200b\u2060"
_UNUSUAL = re.compile(f"[{_SPACES}{_FULL_WIDTH_DIGITS}{_DASHES}{_ZERO_WIDTH}]")
_TO_ASCII = str.maketrans(_SPACES + _FULL_WIDTH_DIGITS, " " * len(_SPACES) + "0123456789")
_BETWEEN_DIGITS = re.compile(
    f"(?<=[0-9])(?P<zero_width>[{_ZERO_WIDTH}])(?=[0-9])"
    f"|(?<=[0-9])[{_DASHES}](?=[ ]?[0-9])|(?<=[0-9] )[{_DASHES}](?=[ ]?[0-9])"
)
_ENTITY = re.compile(r"&(?:nbsp|#160|#x0*a0|#8239|#x0*202f);", re.IGNORECASE)


def lookalikes_as_ascii(text: str) -> str:
    """The text with each such character made ASCII; the same text when there is none. Only
    text with characters beyond ASCII can hold one."""
    if _UNUSUAL.search(text) is None:
        return text
    text = text.translate(_TO_ASCII)
    return _BETWEEN_DIGITS.sub(lambda m: " " if m["zero_width"] else "-", text)


def html_space_entities(text: str) -> list[Replacement]:
    """A space for each HTML space entity."""
    if "&" not in text:
        return []
    return [Replacement(match.start(), match.end(), " ") for match in _ENTITY.finditer(text)]
