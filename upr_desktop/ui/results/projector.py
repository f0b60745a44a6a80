"""A round on the room's projector: full screen on the second screen, very large type, nothing else.

While the round is open it shows only the turnout ("23 of 41 have voted") and that results appear when
voting closes; when the round closes it switches to the results by itself. It follows the workshop's
change announcements, so nobody has to touch it during the vote. Esc or a double click closes it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QGuiApplication, QKeyEvent, QMouseEvent, QPainter, QPainterPath
from PySide6.QtWidgets import QLabel, QProgressBar, QSizePolicy, QStackedWidget, QVBoxLayout, QWidget

from ...domain.errors import WorkshopError
from ...domain.rounds import RoundStatus
from ...domain.voting import Method
from ...io.results_export import number_text, rank_label, statement_groups
from ..common import theme
from ..common.translation import translate

# One strong accent on near-black: legible from the back of a room and on washed-out projectors.
BACKGROUND = "#0d1117"
TEXT = "#ffffff"
MUTED = "#b4bec9"
DIM = "#5c6773"
ACCENT = "#ffc53d"
TRACK = "#252c36"

MAX_ROWS = 8
MAX_STATEMENTS = 2


def _tr(text: str) -> str:
    return QCoreApplication.translate("ProjectorView", text)


def figure_words(method: Method, value: float) -> str:
    """'12 dots', '1 win': the figure the ranking is by, with its unit."""
    one = abs(value - 1) < 1e-9
    units = {
        Method.DOT: ("%1 dot", "%1 dots"), Method.POINTS: ("%1 point", "%1 points"),
        Method.APPROVAL: ("%1 approval", "%1 approvals"), Method.SCORE: ("%1 point", "%1 points"),
        Method.BORDA: ("%1 point", "%1 points"), Method.SCHULZE: ("%1 win", "%1 wins"),
        Method.MOSCOW: ("%1 point", "%1 points"),
    }[method]
    return _tr(units[0] if one else units[1]).replace("%1", number_text(value))


def _font(pixels: float, weight: QFont.Weight = QFont.Weight.Normal) -> QFont:
    font = QFont(theme.font_family())
    font.setPixelSize(max(8, round(pixels)))
    font.setWeight(weight)
    font.setStyleStrategy(QFont.StyleStrategy.PreferAntialias)
    return font


class ResultBars(QWidget):
    """The top candidates as big horizontal bars: rank, reference, a short text, the bar and its figure."""

    shown_changed = Signal(int)  # how many candidates fit

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.rows: list[dict] = []  # every candidate, in rank order
        self.unit = 1.0
        self.shown = 0  # how many fitted at the last paint

    def set_rows(self, rows: list[dict]) -> None:
        self.rows = rows
        self._count()
        self.update()

    def set_unit(self, unit: float) -> None:
        self.unit = unit
        self._count()
        self.update()

    def _count(self) -> int:
        n = self.rows_that_fit()
        if n != self.shown:
            self.shown = n
            self.shown_changed.emit(n)
        return n

    def row_height(self) -> float:
        return 76 * self.unit

    def rows_that_fit(self) -> int:
        if not self.rows:
            return 0
        n = min(len(self.rows), MAX_ROWS, max(3, int(self.height() // self.row_height())))
        # Never cut through a tie: squeeze the rows a little to show the whole group, else stop before it.
        if n < len(self.rows) and self.rows[n]["rank"] == self.rows[n - 1]["rank"]:
            rank = self.rows[n]["rank"]
            start = next(i for i, row in enumerate(self.rows) if row["rank"] == rank)
            end = start + sum(1 for row in self.rows if row["rank"] == rank)
            if end <= MAX_ROWS and self.height() / end >= self.row_height() * 0.75:
                n = end
            elif start >= 3:
                n = start
        return n

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self._count()

    def paintEvent(self, _event) -> None:  # noqa: N802 - Qt API
        if not self.rows:
            return
        u = self.unit
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        n = self._count()
        rows = self.rows[:n]
        height = min(self.height() / n, 110 * u)
        width = self.width()
        u *= min(1.0, height / self.row_height())  # squeezed rows get smaller type
        rank_font = _font(40 * u, QFont.Weight.Bold)
        ref_font = _font(28 * u, QFont.Weight.Bold)
        text_font = _font(23 * u)
        figure_font = _font(28 * u, QFont.Weight.Bold)
        tie_font = _font(16 * u, QFont.Weight.Bold)
        rank_w = QFontMetrics(rank_font).horizontalAdvance("=00") + 22 * u
        figure_w = max(QFontMetrics(figure_font).horizontalAdvance(r["figure"]) for r in rows) + 24 * u
        top_value = max((r["value"] for r in self.rows), default=0) or 1
        bar_room = max(40.0, width - rank_w - figure_w)
        for i, row in enumerate(rows):
            y = i * height
            line = height * 0.46
            bar_h = height * 0.30
            # rank
            painter.setFont(rank_font)
            painter.setPen(QColor(ACCENT if row["rank"] == 1 else TEXT))
            painter.drawText(QRectF(0, y, rank_w - 14 * u, height * 0.9),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, row["rank_text"])
            x = rank_w
            # reference, "tied", short text
            painter.setFont(ref_font)
            painter.setPen(QColor(TEXT))
            ref_w = QFontMetrics(ref_font).horizontalAdvance(row["reference"])
            painter.drawText(QRectF(x, y, ref_w + 2, line), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom,
                             row["reference"])
            x += ref_w + 16 * u
            if row["tied"]:
                label = translate("ProjectorView", "tied")
                metrics = QFontMetrics(tie_font)
                pill = QRectF(x, y + line - metrics.height() - 8 * u, metrics.horizontalAdvance(label) + 20 * u,
                              metrics.height() + 4 * u)
                painter.setPen(QColor(ACCENT))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRoundedRect(pill, pill.height() / 2, pill.height() / 2)
                painter.setFont(tie_font)
                painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, label)
                x = pill.right() + 16 * u
            painter.setFont(text_font)
            painter.setPen(QColor(MUTED))
            room = width - x
            if room > 60 * u:
                short = QFontMetrics(text_font).elidedText(row["text"], Qt.TextElideMode.ElideRight, int(room))
                painter.drawText(QRectF(x, y, room, line), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom,
                                 short)
            # the bar and its figure
            bar_y = y + line + height * 0.10
            track = QRectF(rank_w, bar_y, bar_room, bar_h)
            path = QPainterPath()
            path.addRoundedRect(track, 4 * u, 4 * u)
            painter.fillPath(path, QColor(TRACK))
            length = max(bar_h * 0.5, bar_room * row["value"] / top_value) if row["value"] > 0 else 0
            if length:
                bar = QPainterPath()
                bar.addRoundedRect(QRectF(rank_w, bar_y, length, bar_h), 4 * u, 4 * u)
                painter.fillPath(bar, QColor(ACCENT))
            painter.setFont(figure_font)
            painter.setPen(QColor(TEXT))
            painter.drawText(QRectF(rank_w + bar_room + 14 * u, bar_y - height * 0.1, figure_w, bar_h + height * 0.2),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, row["figure"])
        painter.end()


class ProjectorView(QWidget):
    """One round for the room. Follows the workshop by itself until Esc or a double click closes it."""

    def __init__(self, workshop, signals, round_id: int, parent: QWidget | None = None):
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("projectorView")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setWindowTitle(self.tr("Voting results – projector"))
        self.setToolTip("")
        self.workshop = workshop
        self.signals = signals
        self.round_id = round_id
        self.state = ""  # "open", "draft", "closed" or "gone"
        self.results = None
        self.unit = 1.0

        # While voting: the title, the turnout, a progress bar and one sentence
        self.waiting = QWidget(self)
        self.kicker = QLabel(self.waiting)
        self.kicker.setObjectName("projectorKicker")
        self.title = QLabel(self.waiting)
        self.title.setObjectName("projectorTitle")
        self.title.setWordWrap(True)
        self.turnout = QLabel(self.waiting)
        self.turnout.setObjectName("projectorTurnout")
        self.progress = QProgressBar(self.waiting)
        self.progress.setObjectName("projectorProgress")
        self.progress.setTextVisible(False)
        self.note = QLabel(self.waiting)
        self.note.setObjectName("projectorNote")
        self.note.setWordWrap(True)
        wait = QVBoxLayout(self.waiting)
        wait.setContentsMargins(0, 0, 0, 0)
        wait.setSpacing(0)
        wait.addStretch(2)
        wait.addWidget(self.kicker)
        self._wait_gaps = [wait.count()]
        wait.addSpacing(0)
        wait.addWidget(self.title)
        self._wait_gaps.append(wait.count())
        wait.addSpacing(0)
        wait.addWidget(self.turnout)
        self._wait_gaps.append(wait.count())
        wait.addSpacing(0)
        wait.addWidget(self.progress)
        self._wait_gaps.append(wait.count())
        wait.addSpacing(0)
        wait.addWidget(self.note)
        wait.addStretch(3)
        self._wait_layout = wait

        # Once closed: the results
        self.showing = QWidget(self)
        self.result_kicker = QLabel(self.showing)
        self.result_kicker.setObjectName("projectorKicker")
        self.result_title = QLabel(self.showing)
        self.result_title.setObjectName("projectorResultTitle")
        self.result_title.setWordWrap(True)
        self.bars = ResultBars(self.showing)
        self.bars.shown_changed.connect(self._update_more)
        self.statements = QLabel(self.showing)
        self.statements.setObjectName("projectorStatements")
        self.statements.setWordWrap(True)
        self.more = QLabel(self.showing)
        self.more.setObjectName("projectorMore")
        show = QVBoxLayout(self.showing)
        show.setContentsMargins(0, 0, 0, 0)
        show.setSpacing(0)
        show.addWidget(self.result_kicker)
        self._show_gaps = [show.count()]
        show.addSpacing(0)
        show.addWidget(self.result_title)
        self._show_gaps.append(show.count())
        show.addSpacing(0)
        show.addWidget(self.bars, 1)
        show.addWidget(self.more, 0, Qt.AlignmentFlag.AlignRight)
        self._show_gaps.append(show.count())
        show.addSpacing(0)
        show.addWidget(self.statements)
        self._show_layout = show

        self.hint = QLabel(self.tr("Esc or double-click to close"), self)
        self.hint.setObjectName("projectorHint")

        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.waiting)
        self.stack.addWidget(self.showing)
        self._outer = QVBoxLayout(self)
        self._outer.addWidget(self.stack, 1)
        self._outer.addWidget(self.hint, 0, Qt.AlignmentFlag.AlignRight)

        self.setStyleSheet(f"""
QWidget#projectorView {{ background: {BACKGROUND}; }}
QWidget#projectorView QLabel {{ background: transparent; }}
QLabel#projectorKicker {{ color: {ACCENT}; }}
QLabel#projectorTitle, QLabel#projectorResultTitle, QLabel#projectorTurnout {{ color: {TEXT}; }}
QLabel#projectorNote, QLabel#projectorStatements, QLabel#projectorMore {{ color: {MUTED}; }}
QLabel#projectorHint {{ color: {DIM}; }}
QProgressBar#projectorProgress {{ background: {TRACK}; border: none; border-radius: 8px; }}
QProgressBar#projectorProgress::chunk {{ background: {ACCENT}; border-radius: 8px; }}
""")
        self.signals.changed.connect(self._on_workshop_changed)
        self._apply_sizes()
        self.refresh()

    # --- what is shown --------------------------------------------------------------------------------------------
    def set_round(self, round_id: int) -> None:
        self.round_id = round_id
        self.refresh()

    def refresh(self) -> None:
        try:
            rnd = self.workshop.voting_round(self.round_id)
        except WorkshopError:
            rnd = None
        self.results = None
        if rnd is None:
            self.state = "gone"
            self.kicker.setText("")
            self.title.setText(self.tr("This round is no longer in the workshop."))
            self.turnout.clear()
            self.progress.hide()
            self.note.clear()
            self.stack.setCurrentWidget(self.waiting)
            return
        if rnd.status == RoundStatus.CLOSED:
            try:
                self.results = self.workshop.results(rnd.id)
            except WorkshopError:
                self.results = None
        if self.results is not None:
            self._show_results(rnd, self.results)
            return
        self.kicker.setText(self.tr("VOTING OPEN") if rnd.status == RoundStatus.OPEN else self.tr("NOT OPEN YET"))
        self.title.setText(rnd.title)
        self.bars.set_rows([])
        self.statements.clear()
        self.more.clear()
        if rnd.status == RoundStatus.OPEN:
            self.state = "open"
            turnout = self.workshop.turnout(rnd.id)
            self.turnout.setText(self._turnout_sentence(turnout.voted, turnout.eligible))
            self._fit_turnout()
            self.progress.setRange(0, max(1, turnout.eligible))
            self.progress.setValue(min(turnout.voted, max(1, turnout.eligible)))
            self.progress.show()
            self.turnout.show()
            self.note.setText(self.tr("Results appear when voting closes"))
        else:
            self.state = "draft"
            self.turnout.clear()
            self.turnout.hide()
            self.progress.hide()
            self.note.setText(self.tr("This round has not opened for voting yet"))
        self.stack.setCurrentWidget(self.waiting)

    def _turnout_sentence(self, voted: int, eligible: int) -> str:
        if eligible == 1:
            return self.tr("%n of 1 has voted", "", voted)
        return self.tr("%1 of %2 have voted").replace("%1", str(voted)).replace("%2", str(eligible))

    def _show_results(self, rnd, results) -> None:
        self.state = "closed"
        turnout = results.turnout
        self.result_kicker.setText(self.tr("RESULTS  ·  %1").replace(
            "%1", self._turnout_sentence(turnout.voted, turnout.eligible).upper()))
        self.result_title.setText(rnd.title)
        by_id = {c.id: c for c in results.candidates}
        method = rnd.rules.method
        rows = []
        for row in results.tally.results:
            candidate = by_id.get(row.candidate)
            rows.append({"candidate": row.candidate, "rank": row.rank, "rank_text": rank_label(row),
                         "reference": candidate.label if candidate else str(row.candidate),
                         "text": " ".join((candidate.text if candidate else "").split()),
                         "value": float(row.score), "figure": figure_words(method, row.score), "tied": row.tied})
        self.bars.set_rows(rows)
        self._update_more()
        # Ties that matter first: a tie among candidates nobody voted for is worth less room on the wall.
        statements = list(results.statements)
        groups = statement_groups(results.tally)
        if len(groups) == len(statements):
            ordered = [s for s, (_, score) in zip(statements, groups) if score > 0]
            ordered += [s for s, (_, score) in zip(statements, groups) if score <= 0]
            statements = ordered
        self.statements.setText("\n".join(statements[:MAX_STATEMENTS]))
        self.statements.setVisible(bool(statements))
        self.stack.setCurrentWidget(self.showing)

    def _update_more(self, *_args) -> None:
        hidden = len(self.bars.rows) - self.bars.shown
        self.more.setText(self.tr("+ %1 more").replace("%1", str(hidden)) if hidden > 0 else "")

    def shown_text(self) -> str:
        """Every piece of text on screen, for the tests."""
        labels = [w.text() for w in self.findChildren(QLabel) if w.isVisibleTo(self) and w.text()]
        bars = [f"{r['rank_text']} {r['reference']} {r['figure']}" + (" tied" if r["tied"] else "")
                for r in self.bars.rows[:self.bars.shown]] if self.stack.currentWidget() is self.showing else []
        return "\n".join(labels + bars)

    # --- sizes ----------------------------------------------------------------------------------------------------
    def _apply_sizes(self) -> None:
        """Type and spacing follow the screen: the 1280×720 layout, scaled."""
        u = max(0.5, min(self.width() / 1280, self.height() / 720))
        self.unit = u
        margin_x, margin_y = round(64 * u), round(40 * u)
        self._outer.setContentsMargins(margin_x, margin_y, margin_x, round(14 * u))
        self._outer.setSpacing(0)
        self.kicker.setFont(_font(20 * u, QFont.Weight.Bold))
        self.result_kicker.setFont(_font(18 * u, QFont.Weight.Bold))
        self.title.setFont(_font(46 * u, QFont.Weight.Bold))
        self._fit_turnout()
        self.progress.setFixedHeight(round(26 * u))
        self.note.setFont(_font(34 * u))
        self.result_title.setFont(_font(36 * u, QFont.Weight.Bold))
        self.statements.setFont(_font(21 * u))
        self.more.setFont(_font(18 * u))
        self.hint.setFont(_font(13 * u))
        for layout, gaps, sizes in ((self._wait_layout, self._wait_gaps, (14, 30, 18, 34)),
                                    (self._show_layout, self._show_gaps, (6, 22, 14))):
            for index, size in zip(gaps, sizes):
                item = layout.itemAt(index)
                if item is not None and item.spacerItem() is not None:
                    item.spacerItem().changeSize(0, round(size * u))
            layout.invalidate()
        self.bars.set_unit(u)
        self._update_more()

    def _fit_turnout(self) -> None:
        """As big as the width allows: "128 of 150 have voted" must not lose its end."""
        room = self.width() - 2 * round(64 * self.unit)
        size = 118 * self.unit
        text = self.turnout.text() or "00 of 00 have voted"
        while size > 24 and QFontMetrics(_font(size, QFont.Weight.Bold)).horizontalAdvance(text) > room:
            size *= 0.94
        self.turnout.setFont(_font(size, QFont.Weight.Bold))

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self._apply_sizes()

    # --- closing --------------------------------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        if event.key() == Qt.Key.Key_Escape:
            self.close()
            return
        super().keyPressEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        self.close()

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt API
        self._disconnect()
        super().closeEvent(event)

    def _disconnect(self) -> None:
        try:
            self.signals.changed.disconnect(self._on_workshop_changed)
        except (RuntimeError, TypeError):
            pass

    def _on_workshop_changed(self, topic: str, ids) -> None:
        if topic in ("ballots", "rounds"):
            if not ids or self.round_id in ids:
                self.refresh()
        elif topic == "participants" and self.state == "open":
            self.refresh()  # the number who may vote changed


def target_screen(parent: QWidget | None):
    """The second screen if one is connected (the one the window is not on), else the current one."""
    current = parent.screen() if parent is not None else None
    current = current or QGuiApplication.primaryScreen()
    others = [s for s in QGuiApplication.screens() if s is not current]
    return others[0] if others else current


def show_projector(parent: QWidget | None, workshop, signals, round_id: int) -> ProjectorView:
    view = ProjectorView(workshop, signals, round_id, parent)
    screen = target_screen(parent)
    if screen is not None:
        geometry = screen.geometry()
        view.move(geometry.topLeft())
        view.resize(geometry.size())
    view.showFullScreen()
    view.activateWindow()  # so Esc reaches it
    return view
