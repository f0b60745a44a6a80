"""The follow-up at a glance: how many recommendations stand at each status, how that changed, the charter's
priorities with their milestones, what is overdue, what has gone a year without an assessment, and where
organisations disagree."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain.followup import STATUS_ORDER, Subject
from ..common import theme
from ..common.page_parts import Card
from .chart import STATUS_COLOURS, StatusChart
from .model import status_label
from ..common.translation import translate

LATE_COLOUR = "#b03a2e"
DONE_COLOUR = "#1e8449"
SubjectRole = Qt.ItemDataRole.UserRole + 2
MilestoneRole = Qt.ItemDataRole.UserRole + 3


def tr(text: str) -> str:
    return QCoreApplication.translate("FollowUpDashboard", text)


class CountTile(QFrame):
    """A big number with what it counts, and a coloured bar on its left."""

    def __init__(self, key: str, caption: str, colour: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.key = key
        self.setObjectName("countTile")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(f"QFrame#countTile {{ border-left: 5px solid {colour}; }}")
        self.number = QLabel("0", self)
        self.number.setObjectName("tileNumber")
        self.caption = QLabel(caption, self)
        self.caption.setObjectName("tileCaption")
        self.caption.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 10, 8)
        layout.setSpacing(0)
        layout.addWidget(self.number)
        layout.addWidget(self.caption)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def set_value(self, value: int) -> None:
        self.number.setText(f"{value:,}".replace(",", "\u202f"))

    def value(self) -> int:
        return int(self.number.text().replace("\u202f", ""))


def _heading(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text.upper(), parent)
    label.setObjectName("sectionHeading")
    return label


class Dashboard(QScrollArea):
    """Filled by refresh(); the page calls it when shown and when the follow-up changes."""

    subject_chosen = Signal(object, str)  # Subject, title: show its timeline
    status_chosen = Signal(str)  # list the recommendations at this status
    milestone_done = Signal(int, int, object)  # priority id, position, ISO date or None (not done after all)

    def __init__(self, workshop, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("dashboard")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self._workshop = workshop
        self.data = None
        self.read_only = workshop.read_only
        body = QWidget(self)
        body.setObjectName("dashboardBody")
        self.setWidget(body)

        self.tiles: dict[str, CountTile] = {}
        tiles = QGridLayout()
        tiles.setSpacing(8)
        specs = [(s.value, tr(s.label), STATUS_COLOURS[s.value]) for s in STATUS_ORDER]
        specs += [("none", translate("FollowUpDashboard", "Not assessed yet"), "#c5cfd9"),
                  ("overdue", translate("FollowUpDashboard", "Milestones overdue"), LATE_COLOUR),
                  ("stale", translate("FollowUpDashboard", "Not assessed for a year"), "#5d6874"),
                  ("disputed", translate("FollowUpDashboard", "Organisations disagree"), "#7d4300")]
        for n, (key, caption, colour) in enumerate(specs):
            tile = CountTile(key, caption, colour, body)
            tile.setToolTip(translate("FollowUpDashboard", "List them") if key in {s.value for s in STATUS_ORDER} | {"none"} else "")
            tile.mousePressEvent = (lambda _e, k=key: self.status_chosen.emit(k)) \
                if key in {s.value for s in STATUS_ORDER} | {"none"} else tile.mousePressEvent
            self.tiles[key] = tile
            tiles.addWidget(tile, n // 4, n % 4)

        self.summary = QLabel(body)
        self.summary.setObjectName("pageSubtitle")
        self.summary.setWordWrap(True)

        chart_card = Card("dashCard", body)
        self.chart = StatusChart(chart_card)
        chart_box = QVBoxLayout(chart_card)
        chart_box.setContentsMargins(12, 10, 12, 10)
        chart_box.addWidget(_heading(translate("FollowUpDashboard", "Status over time"), chart_card))
        chart_box.addWidget(self.chart, 1)
        legend = QLabel(StatusChart.legend_html(), chart_card)
        legend.setObjectName("chartLegend")
        legend.setWordWrap(True)
        chart_box.addWidget(legend)

        priorities_card = Card("dashCard", body)
        self.priorities = QTreeWidget(priorities_card)
        self.priorities.setObjectName("priorityTree")
        self.priorities.setColumnCount(2)
        self.priorities.setHeaderLabels([translate("FollowUpDashboard", "Priority and milestones"), translate("FollowUpDashboard", "Status")])
        self.priorities.setRootIsDecorated(True)
        self.priorities.setUniformRowHeights(True)
        self.priorities.setMinimumHeight(220)
        self.priorities.itemActivated.connect(self._on_priority)
        self.priorities.itemClicked.connect(self._on_priority)
        pri_box = QVBoxLayout(priorities_card)
        pri_box.setContentsMargins(12, 10, 12, 10)
        pri_box.addWidget(_heading(translate("FollowUpDashboard", "Priorities and their milestones"), priorities_card))
        pri_box.addWidget(self.priorities, 1)
        self.done_button = QPushButton(translate("FollowUpDashboard", "Mark done today"), priorities_card)
        self.done_button.setObjectName("secondaryButton")
        self.done_button.clicked.connect(lambda: self._mark(True))
        self.undone_button = QPushButton(translate("FollowUpDashboard", "Not done yet"), priorities_card)
        self.undone_button.setObjectName("secondaryButton")
        self.undone_button.clicked.connect(lambda: self._mark(False))
        marks = QHBoxLayout()
        marks.addWidget(QLabel(translate("FollowUpDashboard", "Selected milestone:"), priorities_card))
        marks.addWidget(self.done_button)
        marks.addWidget(self.undone_button)
        marks.addStretch(1)
        pri_box.addLayout(marks)
        self.priorities.itemSelectionChanged.connect(self._update_marks)
        self._update_marks()

        # Side by side on a wide page; the chart above the priorities on a narrow one (1024 px).
        self.middle = middle = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        middle.setSpacing(10)
        middle.addWidget(chart_card, 1)
        middle.addWidget(priorities_card, 1)

        overdue_card, self.overdue = self._list_card(body, translate("FollowUpDashboard", "Overdue"), "overdueList")
        disputed_card, self.disputed = self._list_card(body, translate("FollowUpDashboard", "Where organisations disagree"), "disputedList")

        bottom = QHBoxLayout()
        bottom.setSpacing(10)
        bottom.addWidget(overdue_card, 1)
        bottom.addWidget(disputed_card, 1)

        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 4, 4, 4)
        layout.setSpacing(10)
        layout.addLayout(tiles)
        layout.addWidget(self.summary)
        layout.addLayout(middle, 1)
        layout.addLayout(bottom)

    WIDE_FROM = 900

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        wide = self.viewport().width() >= self.WIDE_FROM
        self.middle.setDirection(QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom)
        self.chart.setMinimumHeight(220 if wide else 260)

    def set_palette(self, palette: theme.Palette) -> None:
        self.chart.set_palette(palette)

    def set_zoom(self, factor: float) -> None:
        self.chart.set_zoom(factor)

    # --- filling ---------------------------------------------------------------------------------------
    def refresh(self) -> None:
        w = self._workshop
        data = self.data = w.dashboard(with_history=True)
        for key in [s.value for s in STATUS_ORDER] + ["none"]:
            self.tiles[key].set_value(data.counts.get(key, 0))
        self.tiles["overdue"].set_value(len(data.overdue))
        self.tiles["stale"].set_value(data.stale)
        self.tiles["disputed"].set_value(data.disputed_count)
        assessed = data.total - data.counts.get("none", 0)
        self.summary.setText(translate("FollowUpDashboard", "%1 of %2 recommendations assessed at least once · as of %3")
                             .replace("%1", str(assessed)).replace("%2", str(data.total)).replace("%3", data.today))
        self.chart.set_history(data.history)
        self._fill_priorities(data)
        self._fill_overdue(data)
        self._fill_disputed(data)

    def _priority_list(self):
        if not self._workshop.has_charter():
            return []
        return [p for p in self._workshop.charter().priorities if p.id is not None]

    def _fill_priorities(self, data) -> None:
        self.priorities.clear()
        current = self._workshop.current_statuses("p")
        by_priority: dict[int, list] = {}
        for m in data.milestones:
            by_priority.setdefault(m.priority_id, []).append(m)
        from datetime import date
        today = date.fromisoformat(data.today)
        bold = QFont(self.priorities.font())
        bold.setWeight(QFont.Weight.DemiBold)
        priorities = self._priority_list()
        for n, p in enumerate(priorities, 1):
            found = current.get(f"p{p.id}")
            title = f"P{n}  {p.title}"
            item = QTreeWidgetItem([title, status_label(found[0] if found else None)
                                    + (" ⚑" if found and found[3] else "")])
            item.setData(0, SubjectRole, (Subject("p", p.id), title))
            item.setFont(0, bold)
            item.setToolTip(0, p.title)
            for m in sorted(by_priority.get(p.id, ()), key=lambda m: m.position):
                state = m.state(today)
                word = {"done": translate("FollowUpDashboard", "done on %1").replace("%1", m.done_on), "late": translate("FollowUpDashboard", "late: due %1"),
                        "not_due": translate("FollowUpDashboard", "due %1")}[state].replace("%1", m.due)
                child = QTreeWidgetItem([m.description, word])
                child.setData(0, SubjectRole, (Subject("p", p.id), title))
                child.setData(0, MilestoneRole, (p.id, m.position, m.done_on))
                child.setToolTip(0, m.description)
                if state == "late":
                    child.setForeground(1, QBrush(QColor(LATE_COLOUR)))
                    child.setText(1, "⚠ " + word)
                elif state == "done":
                    child.setForeground(1, QBrush(QColor(DONE_COLOUR)))
                item.addChild(child)
            self.priorities.addTopLevelItem(item)
            item.setExpanded(True)
        if not priorities:
            item = QTreeWidgetItem([translate("FollowUpDashboard", "The charter has no priorities yet.")])
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.priorities.addTopLevelItem(item)
        self.priorities.resizeColumnToContents(1)
        header = self.priorities.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, header.ResizeMode.Stretch)

    def _fill_overdue(self, data) -> None:
        self.overdue.clear()
        titles = {p.id: (n, p.title) for n, p in enumerate(self._priority_list(), 1)}
        for m in data.overdue:
            n, title = titles.get(m.priority_id, (0, ""))
            item = QListWidgetItem(translate("FollowUpDashboard", "P%1 · %2 — due %3").replace("%1", str(n)).replace("%2", m.description)
                                   .replace("%3", m.due))
            item.setForeground(QColor(LATE_COLOUR))
            item.setData(SubjectRole, (Subject("p", m.priority_id), f"P{n}  {title}"))
            self.overdue.addItem(item)
        if not data.overdue:
            item = QListWidgetItem(translate("FollowUpDashboard", "Nothing overdue."))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.overdue.addItem(item)

    def _fill_disputed(self, data) -> None:
        self.disputed.clear()
        titles = {p.id: (n, p.title) for n, p in enumerate(self._priority_list(), 1)}
        rec_ids = [int(k[1:]) for k in data.disputed if k.startswith("r")][:200]
        recs = self._workshop.recommendations(rec_ids) if rec_ids else {}
        for key in data.disputed[:200]:
            subject = Subject.from_key(key)
            latest: dict[str, tuple[str, str]] = {}
            for a in self._workshop.assessments(subject):
                if a.assessor not in latest or a.assessed_on >= latest[a.assessor][0]:
                    latest[a.assessor] = (a.assessed_on, status_label(a.status.value))
            if subject.kind == "r":
                rec = recs.get(subject.id)
                title = rec.reference if rec and rec.reference else translate("FollowUpDashboard", "Recommendation")
            else:
                n, name = titles.get(subject.id, (0, ""))
                title = f"P{n}  {name}"
            words = "; ".join(f"{who}: {label}" for who, (_on, label) in latest.items())
            item = QListWidgetItem(f"{title} — {words}")
            item.setData(SubjectRole, (subject, title))
            self.disputed.addItem(item)
        if not data.disputed:
            item = QListWidgetItem(translate("FollowUpDashboard", "No disagreements."))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.disputed.addItem(item)

    def selected_milestone(self):
        items = self.priorities.selectedItems()
        return items[0].data(0, MilestoneRole) if items else None

    def _update_marks(self) -> None:
        found = self.selected_milestone()
        writable = not self.read_only
        self.done_button.setEnabled(writable and bool(found) and not found[2])
        self.undone_button.setEnabled(writable and bool(found) and bool(found[2]))

    def _mark(self, done: bool) -> None:
        found = self.selected_milestone()
        if found:
            from datetime import date
            self.milestone_done.emit(found[0], found[1], date.today().isoformat() if done else None)

    def _on_priority(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        found = item.data(0, SubjectRole)
        if found:
            self.subject_chosen.emit(*found)

    def _list_card(self, body: QWidget, title: str, name: str) -> tuple[Card, QListWidget]:
        """A short card listing entries that open their recommendation or priority when chosen."""
        card = Card("dashCard", body)
        entries = QListWidget(card)
        entries.setObjectName(name)
        entries.setWordWrap(True)
        entries.setMinimumHeight(80)
        entries.setMaximumHeight(150)
        entries.itemActivated.connect(self._on_item)
        entries.itemClicked.connect(self._on_item)
        box = QVBoxLayout(card)
        box.setContentsMargins(12, 10, 12, 10)
        box.addWidget(_heading(title, card))
        box.addWidget(entries, 1)
        return card, entries

    def _on_item(self, item: QListWidgetItem) -> None:
        found = item.data(SubjectRole)
        if found:
            self.subject_chosen.emit(*found)
