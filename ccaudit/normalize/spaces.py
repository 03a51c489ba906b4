r"""Spaces other than the ASCII space, and HTML's space entities, made ASCII spaces.

Text copied from web pages, PDFs and word processors groups digits with a no-break space
(`4111\u00a01111 …`), a narrow or thin one (`081\u202f234\u202f5678`) or an ideographic one, and an
HTML export with `&nbsp;` or `&#160;`; Thai text carries zero-width spaces as word breaks,
between digits too. The recognizers group digits with ASCII spaces. Each such space becomes
one, one character for one so no offset moves, and so does a zero-width space or word joiner
between two digits; an HTML space entity becomes a space by a replacement that maps back.
"""

from __future__ import annotations

import re

from ccaudit.normalize.offsets import Replacement

# No-break, Ogham, the en quad to the hair space, narrow no-break, mathematical, ideographic.
_SPACE = "\u00a0\u1680" + "".join(map(chr, range(0x2000, 0x200B))) + "\u202f\u205f\u3000"
_ZERO_WIDTH = "\u200b\u2060"
_UNUSUAL = re.compile(f"[{_SPACE}{_ZERO_WIDTH}]")
_ZERO_WIDTH_BETWEEN_DIGITS = re.compile(f"(?<=[0-9])[{_ZERO_WIDTH}](?=[0-9])")
_TO_ASCII_SPACE = str.maketrans(_SPACE, " " * len(_SPACE))
_ENTITY = re.compile(r"&(?:nbsp|#160|#x0*a0|#8239|#x0*202f);", re.IGNORECASE)


def unusual_spaces_as_ascii(text: str) -> str:
    """The text with each such space an ASCII space; the same text when there is none. Only
    text with characters beyond ASCII can hold one."""
    if _UNUSUAL.search(text) is None:
        return text
    text = text.translate(_TO_ASCII_SPACE)
    return _ZERO_WIDTH_BETWEEN_DIGITS.sub(" ", text)


def html_space_entities(text: str) -> list[Replacement]:
    """A space for each HTML space entity."""
    if "&" not in text:
        return []
    return [Replacement(match.start(), match.end(), " ") for match in _ENTITY.finditer(text)]
