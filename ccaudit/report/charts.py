"""Charts: bars that sit in table rows beside shaped labels, and a trend of two lines.

reportlab's graphics strings are not shaped by HarfBuzz, so Thai drawn inside a Drawing loses
its tone marks. No chart draws words: bar charts are table rows (a shaped label, the figures,
then a bar), and the trend chart's axis carries ASCII dates and numbers only, with its legend
in a shaped table below it.
"""

from __future__ import annotations

from reportlab.graphics.shapes import Circle, Drawing, Line, Rect, String
from reportlab.lib import colors

from ccaudit.report.layout import ACCENT

TEAM_COLOUR = colors.HexColor("#8a99a6")
INCIDENT_COLOUR = colors.HexColor("#b00020")
TRACK_COLOUR = colors.HexColor("#eceff1")
BAR_HEIGHT = 9


def bar(
    value: float | None,
    maximum: float,
    width: float,
    colour=ACCENT,
    marker: float | None = None,
) -> Drawing:
    """One horizontal bar on a light track; `marker` draws a tick (the team's value)."""
    drawing = Drawing(width, BAR_HEIGHT + 4)
    drawing.add(Rect(0, 2, width, BAR_HEIGHT, fillColor=TRACK_COLOUR, strokeColor=None))
    if value and maximum:
        length = width * min(value / maximum, 1.0)
        drawing.add(Rect(0, 2, length, BAR_HEIGHT, fillColor=colour, strokeColor=None))
    if marker is not None and maximum:
        x = width * min(marker / maximum, 1.0)
        drawing.add(Line(x, 0, x, BAR_HEIGHT + 4, strokeColor=colors.black, strokeWidth=1.5))
    return drawing


def swatch(colour, dashed: bool = False) -> Drawing:
    """A short sample of a chart line, for a legend."""
    drawing = Drawing(22, 10)
    line = Line(1, 5, 21, 5, strokeColor=colour, strokeWidth=2)
    if dashed:
        line.strokeDashArray = [3, 2]
    drawing.add(line)
    return drawing


def trend_chart(
    labels: list[str], agent: list[float | None] | None, team: list[float | None], width: float
) -> Drawing:
    """Score (%) per period: the agent's line over the team's (dashed, grey); without `agent`,
    the team's line alone, solid. A period without scored calls leaves a gap in its line."""
    height, left, bottom, top = 120, 28, 16, 6
    drawing = Drawing(width, height)
    plot_width, plot_height = width - left - 8, height - bottom - top
    step = plot_width / max(len(labels), 1)
    for percent in range(0, 101, 20):
        y = bottom + plot_height * percent / 100
        drawing.add(Line(left, y, left + plot_width, y, strokeColor=TRACK_COLOUR, strokeWidth=0.5))
        drawing.add(String(left - 4, y - 2.5, str(percent), fontSize=7, textAnchor="end"))
    every = max(1, -(-len(labels) // 12))  # at most a dozen axis labels
    for index, label in enumerate(labels):
        if index % every == 0:
            x = left + step * (index + 0.5)
            drawing.add(String(x, 4, label, fontSize=7, textAnchor="middle"))
    series = (
        [(team, ACCENT, False)]
        if agent is None
        else [(team, TEAM_COLOUR, True), (agent, ACCENT, False)]
    )
    for values, colour, dashed in series:
        points = [
            None if value is None else (left + step * (i + 0.5), bottom + plot_height * value)
            for i, value in enumerate(values)
        ]
        _draw_line(drawing, points, colour, dashed)
    return drawing


def _draw_line(drawing: Drawing, points: list, colour, dashed: bool) -> None:
    """Segments between consecutive known points, and a dot on each point."""
    for start, end in zip(points, points[1:], strict=False):
        if start and end:
            line = Line(*start, *end, strokeColor=colour, strokeWidth=1.6)
            if dashed:
                line.strokeDashArray = [3, 2]
            drawing.add(line)
    for point in points:
        if point:
            drawing.add(Circle(*point, 2.2, fillColor=colour, strokeColor=colour))
