"""Reading report PDFs back as text."""

import unicodedata
from pathlib import Path

from pypdf import PdfReader

# Text extracted from shaped Thai loses marks that harfbuzz replaced with positional variant
# glyphs (the page shows them; reportlab maps those glyphs to private-use code points), so
# comparisons drop Thai marks and private-use characters.
THAI_MARKS = dict.fromkeys(
    [0x0E31, *range(0x0E34, 0x0E3B), *range(0x0E47, 0x0E4F), *range(0xE000, 0xF900)]
)


def comparable(text: str) -> str:
    return (
        unicodedata.normalize("NFKC", text).replace("\u0e4d\u0e32", "\u0e33").translate(THAI_MARKS)
    )


def pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)
