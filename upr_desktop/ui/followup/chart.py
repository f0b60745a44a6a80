"""How the recommendations' statuses stood after each round of assessment, as stacked bars (QtCharts)."""

from __future__ import annotations

from PySide6.QtCharts import QBarCategoryAxis, QBarSet, QChart, QChartView, QStackedBarSeries, QValueAxis
from PySide6.QtCore import QCoreApplication, QMargins, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QWidget

from ...domain.followup import STATUS_ORDER
from ..common import theme

# Red to green, with grey for "no information": the same colours as the mid-term report's chart.
STATUS_COLOURS = {"not": "#b03a2e", "partial": "#d68910", "full": "#1e8449", "no_info": "#7f8c8d"}
MAX_POINTS = 12  # the most recent dates; more bars than this stop being readable


def tr(text: str) -> str:
    return QCoreApplication.translate("FollowUpChart", text)


class StatusChart(QChartView):
    """One stacked bar per date on which something was assessed: how many stood at each status then."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(QChart(), parent)
        self.setObjectName("statusChart")
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(200)
        self._history: list[tuple[str, dict[str, int]]] = []
        self._palette = theme.CALM
        self._zoom = 1.0
        chart = self.chart()
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.layout().setContentsMargins(0, 0, 0, 0)
        chart.setBackgroundRoundness(0)

    @property
    def dates(self) -> list[str]:
        return [on for on, _ in self._history]

    def set_history(self, history) -> None:
        self._history = list(history)[-MAX_POINTS:]
        self._draw()

    def set_palette(self, palette: theme.Palette) -> None:
        self._palette = palette
        self._draw()

    def set_zoom(self, factor: float) -> None:
        self._zoom = factor
        self._draw()

    def _draw(self) -> None:
        chart = self.chart()
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        p = self._palette
        chart.setBackgroundBrush(QColor(p.surface))
        font = theme.base_font(theme.BASE_POINT_SIZE * self._zoom * 0.9)
        legend = chart.legend()
        legend.setAlignment(Qt.AlignmentFlag.AlignBottom)
        legend.setFont(font)
        legend.setLabelColor(QColor(p.text))
        if not self._history:
            chart.setTitle(tr("Nothing assessed yet"))
            chart.setTitleFont(font)
            chart.setTitleBrush(QColor(p.muted))
            legend.hide()
            return
        chart.setTitle("")
        legend.show()
        series = QStackedBarSeries()
        series.setBarWidth(0.6)
        labels = {s.value: tr(s.label) for s in STATUS_ORDER}
        for status in STATUS_ORDER:
            bar = QBarSet(labels[status.value])
            bar.setColor(QColor(STATUS_COLOURS[status.value]))
            bar.setBorderColor(QColor(p.surface))
            for _on, counts in self._history:
                bar.append(counts.get(status.value, 0))
            series.append(bar)
        chart.addSeries(series)
        x = QBarCategoryAxis()
        x.append([on for on, _ in self._history])
        x.setLabelsFont(font)
        x.setLabelsColor(QColor(p.muted))
        x.setGridLineVisible(False)
        y = QValueAxis()
        top = max(sum(c.values()) for _, c in self._history) or 1
        y.setRange(0, top)
        y.setLabelFormat("%d")
        y.setTickCount(min(6, top + 1))
        y.setLabelsFont(font)
        y.setLabelsColor(QColor(p.muted))
        y.setGridLineColor(QColor(p.border))
        chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(x)
        series.attachAxis(y)
