"""Charts drawn with reportlab graphics. Their labels are rule ids, entity codes and run
numbers (ASCII): graphics strings are not shaped, so Thai stays in the shaped titles above."""

from __future__ import annotations

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.linecharts import HorizontalLineChart
from reportlab.graphics.shapes import Drawing
from reportlab.graphics.widgets.markers import makeMarker
from reportlab.lib import colors

from ccaudit.report.layout import ACCENT

LABEL_CHARS = 28
MAX_RULES = 15


def short(label: str, limit: int = LABEL_CHARS) -> str:
    return label if len(label) <= limit else label[: limit - 1] + "…"


def pass_rate_chart(rates: list[tuple[str, float]], width: float) -> Drawing:
    """Horizontal bars, one per rule, 0-100 %."""
    rates = rates[:MAX_RULES]
    bar_height = 14
    height = 30 + bar_height * max(len(rates), 1)
    drawing = Drawing(width, height)
    chart = HorizontalBarChart()
    chart.x, chart.y = 150, 20
    chart.width, chart.height = width - 170, height - 30
    chart.data = [[round(rate * 100, 1) for _, rate in reversed(rates)] or [0]]
    chart.categoryAxis.categoryNames = [short(rule) for rule, _ in reversed(rates)] or [""]
    chart.categoryAxis.labels.fontSize = 7
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.valueAxis.valueMin, chart.valueAxis.valueMax, chart.valueAxis.valueStep = 0, 100, 20
    chart.valueAxis.labels.fontSize = 7
    chart.bars[0].fillColor = ACCENT
    chart.barLabelFormat = "%.0f"
    chart.barLabels.fontSize = 6
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 3
    drawing.add(chart)
    return drawing


def trend_chart(points: list[tuple[str, float | None]], width: float) -> Drawing:
    """Adherence (%) per run; a run without scored calls leaves a gap."""
    drawing = Drawing(width, 140)
    chart = HorizontalLineChart()
    chart.x, chart.y = 40, 25
    chart.width, chart.height = width - 60, 100
    chart.data = [[None if score is None else round(score * 100, 1) for _, score in points]]
    chart.categoryAxis.categoryNames = [label for label, _ in points]
    chart.categoryAxis.labels.fontSize = 7
    chart.valueAxis.valueMin, chart.valueAxis.valueMax, chart.valueAxis.valueStep = 0, 100, 20
    chart.valueAxis.labels.fontSize = 7
    chart.lines[0].strokeColor = ACCENT
    chart.lines[0].strokeWidth = 1.5
    chart.lines[0].symbol = makeMarker("Circle", size=4, fillColor=ACCENT)
    scored = [score for _, score in points if score is not None]
    # reportlab cannot draw a line through fewer than two points.
    chart.joinedLines = len(scored) >= 2
    drawing.add(chart)
    return drawing


def incidents_chart(counts: list[tuple[str, int]], width: float) -> Drawing:
    """Vertical bars, one per entity type."""
    drawing = Drawing(width, 150)
    chart = VerticalBarChart()
    chart.x, chart.y = 40, 45
    chart.width, chart.height = width - 60, 95
    chart.data = [[n for _, n in counts] or [0]]
    chart.categoryAxis.categoryNames = [short(e, 16) for e, _ in counts] or [""]
    chart.categoryAxis.labels.fontSize = 7
    chart.categoryAxis.labels.angle = 30
    chart.categoryAxis.labels.boxAnchor = "ne"
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueStep = max(1, -(-max(chart.data[0]) // 5))
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.labelTextFormat = "%d"
    chart.bars[0].fillColor = colors.HexColor("#b00020")
    chart.barWidth = 10
    chart.groupSpacing = 10
    chart.barLabelFormat = "%d"
    chart.barLabels.fontSize = 6
    chart.barLabels.nudge = 6
    drawing.add(chart)
    return drawing
