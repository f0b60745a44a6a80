"""The top of a closed round as horizontal bars (QtCharts): first place at the top, ties in a second colour."""

from __future__ import annotations

from PySide6.QtCharts import (
    QAbstractBarSeries,
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QWidget

from ...io.results_export import rank_label, score_figure
from ..common import theme

TOP = 15  # more bars than this stop being readable next to the table


def _nice_ceiling(value: float) -> float:
    """A round axis end a little above the longest bar, so its figure fits after it."""
    if value <= 0:
        return 1
    target = value * 1.18
    for step in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000, 10000):
        if target / step <= 8:
            return step * -(-target // step)
    return target


class ResultsChart(QChartView):
    """Bars of the figure the ranking is by, for the top candidates (up to TOP, as many as fit)."""

    shown_changed = Signal(int)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(QChart(), parent)
        self.setObjectName("resultsChart")
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumWidth(240)
        self._palette = theme.CALM
        self._zoom = 1.0
        self._results = None
        self._rows: list[tuple[str, float, bool]] = []
        self._ranks: list[int] = []
        self._shown = 0
        self._total = 0
        self._title = ""

    # --- what is shown (top first; the tests read these) ----------------------------------------------------
    @property
    def categories(self) -> list[str]:
        return [label for label, _, _ in self._rows[:self._shown]]

    @property
    def values(self) -> list[float]:
        return [value for _, value, _ in self._rows[:self._shown]]

    @property
    def tied(self) -> list[bool]:
        return [tied for _, _, tied in self._rows[:self._shown]]

    @property
    def axis_title(self) -> str:
        return self._title

    def set_results(self, results) -> None:
        self._results = results
        self._rows = []  # (label, value, tied) for the top TOP
        self._ranks: list[int] = []
        self._title = ""
        self._total = 0
        if results is not None:
            by_id = {c.id: c for c in results.candidates}
            _key, self._title = score_figure(results.tally)
            self._total = len(results.tally.results)
            seen: set[str] = set()
            for row in results.tally.results[:TOP]:
                candidate = by_id.get(row.candidate)
                label = f"{rank_label(row)} · {candidate.label if candidate else row.candidate}"
                while label in seen:  # a category axis needs distinct labels
                    label += "\u200b"
                seen.add(label)
                self._rows.append((label, float(row.score), row.tied))
                self._ranks.append(row.rank)
        self._shown = self._fitting()
        self._rebuild()
        self.shown_changed.emit(self._shown)

    @property
    def shown(self) -> int:
        return self._shown

    @property
    def total(self) -> int:
        return self._total

    def _fitting(self) -> int:
        """As many bars as the height allows, each label readable (QtCharts drops labels that collide)."""
        if not self._rows:
            return 0
        line = QFontMetrics(self._font(0.95, bold=True)).height()
        room = self.viewport().height() - 80 * self._zoom
        n = max(min(3, len(self._rows)), min(len(self._rows), int(room // (line * 1.5))))
        # Never cut through a tie: stop before a group that would be split, if that leaves enough.
        if n < len(self._ranks) and self._ranks[n] == self._ranks[n - 1]:
            start = self._ranks.index(self._ranks[n])
            if start >= 3:
                n = start
        return n

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        fitting = self._fitting()
        if fitting != self._shown:
            self._shown = fitting
            self._rebuild()
            self.shown_changed.emit(fitting)

    def set_palette(self, palette: theme.Palette) -> None:
        self._palette = palette
        self._rebuild()

    def set_zoom(self, factor: float) -> None:
        self._zoom = factor
        self._rebuild()

    # --- drawing --------------------------------------------------------------------------------------------
    def _font(self, scale: float = 1.0, bold: bool = False) -> QFont:
        font = theme.base_font(theme.BASE_POINT_SIZE * self._zoom * scale)
        if bold:
            font.setWeight(QFont.Weight.DemiBold)
        return font

    @staticmethod
    def _new_chart() -> QChart:
        chart = QChart()
        chart.legend().hide()
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        chart.setBackgroundRoundness(0)
        chart.setMargins(QMargins(4, 4, 16, 4))
        return chart

    def _install(self, chart: QChart) -> None:
        """A fresh chart each time: axes removed from a shown QChart linger on screen."""
        old = self.chart()
        self.setChart(chart)  # the view lets go of the old chart: delete it
        if old is not None:
            old.deleteLater()

    def _rebuild(self) -> None:
        chart = self._new_chart()
        p = self._palette
        self.setBackgroundBrush(QColor(p.surface))
        self.setStyleSheet(f"QChartView#resultsChart {{ background: {p.surface}; border: none; }}")
        chart.setBackgroundBrush(QColor(p.surface))
        chart.setBackgroundPen(QPen(Qt.PenStyle.NoPen))
        chart.setPlotAreaBackgroundVisible(False)
        if not self._shown:
            self._install(chart)
            return
        # A horizontal bar chart draws its first category at the bottom: rank 1 goes last.
        categories = list(reversed(self.categories))
        values = list(reversed(self.values))
        tied = list(reversed(self.tied))
        bars = QBarSet(self._title)
        bars.append(values)
        bars.setColor(QColor(p.accent))
        bars.setBorderColor(QColor(p.accent))
        bars.setSelectedColor(QColor(p.banner_border))  # tied bars
        bars.setLabelColor(QColor(p.text))
        bars.setLabelFont(self._font(0.9, bold=True))
        for index, is_tied in enumerate(tied):
            if is_tied:
                bars.selectBar(index)
        series = QHorizontalBarSeries()
        series.append(bars)
        series.setBarWidth(0.68)
        series.setLabelsVisible(True)
        series.setLabelsPosition(QAbstractBarSeries.LabelsPosition.LabelsOutsideEnd)
        whole = all(v.is_integer() for v in values)
        series.setLabelsFormat("@value")
        series.setLabelsPrecision(6 if not whole else 12)
        chart.addSeries(series)

        names = QBarCategoryAxis()
        names.append(categories)
        names.setLabelsFont(self._font(0.95, bold=True))
        names.setLabelsColor(QColor(p.text))
        names.setGridLineVisible(False)
        names.setTruncateLabels(False)
        names.setLinePen(QPen(QColor(p.border_strong)))
        # Right to left (Arabic): the names on the right and the bars growing leftwards, as the page reads.
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        chart.addAxis(names, Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(names)

        amounts = QValueAxis()
        amounts.setRange(0, _nice_ceiling(max(values)))
        amounts.setLabelFormat("%d" if whole else "%.1f")
        amounts.setTickType(QValueAxis.TickType.TicksDynamic)
        top = amounts.max()
        interval = next((s for s in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2500, 5000)
                         if top / s <= 6), max(1, top / 6))
        amounts.setTickInterval(interval)
        amounts.setTickAnchor(0)
        amounts.setLabelsFont(self._font(0.85))
        amounts.setLabelsColor(QColor(p.muted))
        amounts.setGridLineColor(QColor(p.border))
        amounts.setLinePen(QPen(Qt.PenStyle.NoPen))
        amounts.setTitleText(self._title)
        amounts.setTitleFont(self._font(0.85, bold=True))
        amounts.setTitleBrush(QColor(p.muted))
        amounts.setReverse(rtl)
        chart.addAxis(amounts, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(amounts)
        self._install(chart)
