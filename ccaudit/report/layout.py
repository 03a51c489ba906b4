"""Page furniture and styles shared by the agent and team reports."""

from __future__ import annotations

from dataclasses import dataclass
from typing import BinaryIO
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Table, TableStyle

from ccaudit.report.thai_text import FONT, FONT_BOLD, WrappedText, register_fonts

MARGIN = 18 * mm
# reportlab's default left plus right padding of a table cell.
CELL_PADDING = 12
ACCENT = colors.HexColor("#1f4e79")


@dataclass(frozen=True)
class Styles:
    title: ParagraphStyle
    heading: ParagraphStyle
    body: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    small: ParagraphStyle
    figure: ParagraphStyle


def make_styles() -> Styles:
    register_fonts()
    body = ParagraphStyle("body", fontName=FONT, fontSize=10.5, leading=15, shaping=1)
    return Styles(
        title=ParagraphStyle(
            "title",
            parent=body,
            fontName=FONT_BOLD,
            fontSize=20,
            leading=28,
            textColor=ACCENT,
            spaceAfter=2,
        ),
        heading=ParagraphStyle(
            "heading",
            parent=body,
            fontName=FONT_BOLD,
            fontSize=14,
            leading=21,
            textColor=ACCENT,
            spaceBefore=10,
            spaceAfter=5,
            keepWithNext=1,
        ),
        body=body,
        cell=ParagraphStyle("cell", parent=body, fontSize=8.5, leading=12),
        cell_bold=ParagraphStyle(
            "cell_bold", parent=body, fontName=FONT_BOLD, fontSize=8.5, leading=12
        ),
        small=ParagraphStyle(
            "small", parent=body, fontSize=8.5, leading=12, textColor=colors.HexColor("#455a64")
        ),
        figure=ParagraphStyle(
            "figure", parent=body, fontName=FONT_BOLD, fontSize=17, leading=24, textColor=ACCENT
        ),
    )


def text(value: object, style: ParagraphStyle, link: str | None = None) -> WrappedText:
    return WrappedText("" if value is None else str(value), style, link)


def grid(
    rows: list[list[object]],
    styles: Styles,
    widths: list[float],
    header: bool = True,
    cell_style: ParagraphStyle | None = None,
) -> Table:
    """A table whose cells wrap (Thai at word boundaries); the first row is the header. A cell
    is text, a flowable, or a list of flowables stacked in it."""
    plain = cell_style or styles.cell
    cells = [
        [
            cell
            if isinstance(cell, Flowable | list)
            else text(cell, styles.cell_bold if header and i == 0 else plain)
            for cell in row
        ]
        for i, row in enumerate(rows)
    ]
    table = Table(cells, colWidths=widths, repeatRows=1 if header else 0)
    commands = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("GRID", (0, 0), (-1, -1), 0.25, colors.HexColor("#b0bec5")),
        # Thai stacks a tone mark over an upper vowel; give the stack room below the rule.
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    if header:
        commands.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e3ecf5")))
    table.setStyle(TableStyle(commands))
    return table


@dataclass(frozen=True)
class Footer:
    confidential: str
    generated: str
    page_label: str

    def draw(self, canvas, document) -> None:
        """Drawn as paragraphs, not canvas strings: without python-bidi installed reportlab's
        canvas.drawString ignores shaping=True, and unshaped Thai tone marks collide."""
        style = ParagraphStyle(
            "footer", fontName=FONT, fontSize=8, leading=10, shaping=1,
            textColor=colors.HexColor("#455a64"),
        )  # fmt: skip
        width = content_width()
        y = 10 * mm
        lines = [(self.confidential, y, TA_LEFT), (self.generated, y - 10, TA_LEFT)]
        lines.append((f"{self.page_label} {document.page}", y, TA_RIGHT))
        canvas.saveState()
        for line, baseline, alignment in lines:
            paragraph = Paragraph(escape(line), ParagraphStyle("f", style, alignment=alignment))
            paragraph.wrap(width, 20)
            paragraph.drawOn(canvas, MARGIN, baseline - 2)
        canvas.setStrokeColor(ACCENT)
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN, y + 14, A4[0] - MARGIN, y + 14)
        canvas.restoreState()


def build_pdf(stream: BinaryIO, story: list[Flowable], footer: Footer, title: str) -> None:
    document = SimpleDocTemplate(
        stream,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN + 8 * mm,
        title=title,
        author="ccaudit",
        invariant=False,
    )
    document.build(story, onFirstPage=footer.draw, onLaterPages=footer.draw)


def content_width() -> float:
    return A4[0] - 2 * MARGIN
