"""How the recommendations' statuses stood after each round of assessment, as stacked bars (QtCharts)."""

from __future__ import annotations

from PySide6.QtCharts import QBarCategoryAxis, QBarSet, QChart, QChartView, QStackedBarSeries, QValueAxis
from PySide6.QtCore import QCoreApplication, QMargins, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter
from PySide6.QtWidgets import QWidget

from ...domain.followup import STATUS_ORDER
from ..common import theme
from ..common.translation import translate

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
        # The axes are made once and kept: QtCharts leaves a removed axis's labels behind in the scene.
        self.x_axis = QBarCategoryAxis()
        self.y_axis = QValueAxis()
        chart.addAxis(self.x_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(self.y_axis, Qt.AlignmentFlag.AlignLeft)

    @staticmethod
    def legend_html() -> str:
        return "&nbsp;&nbsp; ".join(f'<span style="color:{STATUS_COLOURS[s.value]}">&#9632;</span>&nbsp;'
                                    + tr(s.label).replace(" ", "&nbsp;") for s in STATUS_ORDER)

    @property
    def dates(self) -> list[str]:
        return [on for on, _ in self._history]

    def set_history(self, history) -> None:
        """(ISO date, counts) for each day something was assessed; shown one bar per month (its last day)."""
        by_month: dict[str, dict[str, int]] = {}
        for on, counts in history:
            by_month[on[:7]] = counts
        self._history = list(by_month.items())[-MAX_POINTS:]
        self._draw()

    LABEL_FORMATS = ("MMM yyyy", "MMM yy", "MM/yy")

    def _labels(self, font) -> list[str]:
        """The longest month format whose labels fit their bar's slot: QtCharts elides (even slanted) a label wider
        than its slot, and "Nov…" says nothing."""
        from PySide6.QtCore import QDate, QLocale

        metrics = QFontMetrics(font)
        slot = self.width() * 0.82 / max(1, len(self._history))
        days = [QDate.fromString(on + "-01", "yyyy-MM-dd") for on, _ in self._history]
        for form in self.LABEL_FORMATS:
            labels = [QLocale().toString(day, form) if day.isValid() else on
                      for day, (on, _) in zip(days, self._history)]
            if max(metrics.horizontalAdvance(label) for label in labels) + 14 <= slot:
                return labels
        return labels

    @property
    def labels(self) -> list[str]:
        return list(self.x_axis.categories())

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self._draw()  # the labels' length and slant follow the width

    def set_palette(self, palette: theme.Palette) -> None:
        self._palette = palette
        self._draw()

    def set_zoom(self, factor: float) -> None:
        self._zoom = factor
        self._draw()

    def _draw(self) -> None:
        chart = self.chart()
        chart.removeAllSeries()
        x, y = self.x_axis, self.y_axis
        x.clear()
        p = self._palette
        chart.setBackgroundBrush(QColor(p.surface))
        font = theme.base_font(theme.BASE_POINT_SIZE * self._zoom * 0.9)
        chart.legend().hide()  # the dashboard draws its own legend, which wraps on a narrow page
        x.setVisible(bool(self._history))
        y.setVisible(bool(self._history))
        if not self._history:
            chart.setTitle(translate("FollowUpChart", "Nothing assessed yet"))
            chart.setTitleFont(font)
            chart.setTitleBrush(QColor(p.muted))
            return
        chart.setTitle("")
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
        x.append(self._labels(font))
        x.setLabelsAngle(0)
        x.setLabelsFont(font)
        x.setLabelsColor(QColor(p.muted))
        x.setGridLineVisible(False)
        top = max(sum(c.values()) for _, c in self._history) or 1
        step = next(s for s in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000, 10000, 10 ** 9)
                    if top / s <= 6)
        ticks = -(-top // step)
        y.setRange(0, ticks * step)
        y.setLabelFormat("%d")
        y.setTickCount(ticks + 1)
        y.setLabelsFont(font)
        y.setLabelsColor(QColor(p.muted))
        y.setGridLineColor(QColor(p.border))
        series.attachAxis(x)
        series.attachAxis(y)
