"""Thai text in PDFs: the Sarabun font, harfbuzz shaping, and line breaks between words.

Sarabun (the face of Thai official documents) comes from the fontpkg-sarabun package and is
registered as shapable, and paragraph styles set shaping=1, so reportlab runs uharfbuzz and
tone marks and upper vowels sit on their consonants instead of colliding.

Thai is written without spaces between words and reportlab breaks lines only at whitespace.
The usual trick, a zero-width space (U+200B) between words, does not work here: reportlab
treats U+200B as whitespace, splits on it and then joins the words of a line with an ordinary
space, so every Thai word would be followed by a visible gap; and Sarabun has no glyph for
U+200B, so one left in the text is drawn as a box. Instead we break lines ourselves: pythainlp
cuts the text into words, we fill each line up to the measured width of the frame, and hand
reportlab a paragraph whose lines are already broken (`<br/>`), so it has nothing to split.
"""

from __future__ import annotations

import re
from functools import lru_cache
from xml.sax.saxutils import escape

from fontpkg_sarabun import ROOT as SARABUN_ROOT
from pythainlp.tokenize import word_tokenize
from reportlab.lib.fonts import addMapping
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Flowable, Paragraph

FONT = "Sarabun"
FONT_BOLD = "Sarabun-Bold"
ZERO_WIDTH = dict.fromkeys(map(ord, "\u200b\u200c\u200d\ufeff"))
THAI = re.compile(r"[\u0e00-\u0e7f]")
THAI_RUN = re.compile(r"([\u0e00-\u0e7f]+)")
# Latin runs break at spaces, after a colon or slash before a letter, and at a hyphen between
# letters, so rule ids such as pci-dss:no-card-data-in-notes wrap at their parts rather than
# mid-word, and a time such as 00:30 stays whole.
LATIN_BREAK = re.compile(r"(\s+)|(?<=[:/])(?=[A-Za-z])|(?<=[A-Za-z]-)(?=[A-Za-z])")
# Shaped and measured widths can differ by rounding; a line a hair too wide would be split
# again by reportlab, inside a word.
WIDTH_SLACK = 1.0
LINK_COLOUR = "#1a5fb4"


@lru_cache(maxsize=1)
def register_fonts() -> tuple[str, str]:
    files = SARABUN_ROOT / "files"
    pdfmetrics.registerFont(TTFont(FONT, str(files / "Sarabun-Regular.ttf"), shapable=True))
    pdfmetrics.registerFont(TTFont(FONT_BOLD, str(files / "Sarabun-Bold.ttf"), shapable=True))
    addMapping(FONT, 0, 0, FONT)
    addMapping(FONT, 1, 0, FONT_BOLD)
    addMapping(FONT, 0, 1, FONT)
    addMapping(FONT, 1, 1, FONT_BOLD)
    return FONT, FONT_BOLD


@lru_cache(maxsize=4096)
def words(text: str) -> tuple[str, ...]:
    """Pieces a line may break between; joined they give the text back.

    Thai runs are cut into words by pythainlp; other runs at LATIN_BREAK, so a masked value
    such as 453201******0366 is never split across lines.
    """
    pieces: list[str] = []
    for run in THAI_RUN.split(text):
        if not run:
            continue
        if THAI_RUN.fullmatch(run):
            pieces.extend(word_tokenize(run, engine="newmm", keep_whitespace=True))
        else:
            pieces.extend(p for p in LATIN_BREAK.split(run) if p)
    return tuple(pieces)


def break_lines(text: str, font: str, size: float, width: float) -> list[str]:
    """Lines that fit `width`, broken only between words (or inside a word too long alone)."""
    lines = []
    limit = width - WIDTH_SLACK
    for paragraph in text.translate(ZERO_WIDTH).split("\n"):
        current, used = "", 0.0
        for word in words(paragraph):
            advance = pdfmetrics.stringWidth(word, font, size)
            if current.strip() and used + advance > limit and not word.isspace():
                lines.append(current.rstrip())
                current, used = "", 0.0
            if not current and word.isspace():
                continue
            current += word
            used += advance
        lines.append(current.rstrip())
    return lines


@lru_cache(maxsize=64)
def unshaped(style: ParagraphStyle) -> ParagraphStyle:
    """Latin text needs no harfbuzz pass, and shaping is most of the cost of a table cell."""
    return ParagraphStyle(f"{style.name}-unshaped", parent=style, shaping=0)


# Wrapped paragraphs by (text, style, link, width). A wrapped Paragraph draws the same
# wherever it is placed, so equal cells share one; the style is kept with it so that its id
# cannot be reused by another style while the entry lives.
_WRAPPED: dict[tuple, tuple[Paragraph, tuple[float, float], ParagraphStyle]] = {}
WRAPPED_CACHE = 2048


class WrappedText(Flowable):
    """A paragraph of plain text (Thai, English or both) broken at word boundaries."""

    def __init__(self, text: str, style: ParagraphStyle, link: str | None = None):
        super().__init__()
        self.text = text
        self.style = style
        self.link = link
        self.keepWithNext = getattr(style, "keepWithNext", 0)
        self._width: float | None = None
        self._paragraph: Paragraph | None = None
        self._size: tuple[float, float] | None = None

    def _paragraph_for(self, width: float) -> Paragraph:
        style = self.style
        inner = width - style.leftIndent - style.rightIndent
        lines = break_lines(self.text, style.fontName, style.fontSize, inner)
        markup = "<br/>".join(escape(line) for line in lines)
        shaped = style if THAI.search(markup) else unshaped(style)
        if self.link:
            href = escape(self.link, {'"': "&quot;"})
            markup = f'<link href="{href}" color="{LINK_COLOUR}">{markup}</link>'
        return Paragraph(markup, shaped)

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        """Tables ask a cell to wrap several times at one width, and reports repeat the same
        cells (severities, review statuses, dates); each is broken and shaped once."""
        if self._paragraph is None or self._width != available_width:
            key = (self.text, id(self.style), self.link, available_width)
            cached = _WRAPPED.get(key)
            if cached is None:
                paragraph = self._paragraph_for(available_width)
                size = paragraph.wrap(available_width, available_height)
                cached = _WRAPPED[key] = (paragraph, size, self.style)
                if len(_WRAPPED) > WRAPPED_CACHE:
                    del _WRAPPED[next(iter(_WRAPPED))]
            self._paragraph, self._size, _ = cached
            self._width = available_width
        return self._size

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        return self._paragraph_for(available_width).split(available_width, available_height)

    def draw(self) -> None:
        self._paragraph.drawOn(self.canv, 0, 0)

    def getSpaceBefore(self) -> float:  # noqa: N802 (reportlab's name)
        return self.style.spaceBefore

    def getSpaceAfter(self) -> float:  # noqa: N802 (reportlab's name)
        return self.style.spaceAfter
