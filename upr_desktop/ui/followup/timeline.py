"""One recommendation's or priority's history: its assessments, the evidence they cite and its milestones, in
date order. Every assessment stays; when organisations disagree, each one's words are shown."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel, QListView, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from ...domain.followup import Subject
from ..common import theme
from ..common.translation import translate

KIND_COLOURS = {"assessment": "#1f5fa8", "evidence": "#5d6874", "milestone": "#7d4300"}
EntryRole = Qt.ItemDataRole.UserRole + 1


def tr(text: str) -> str:
    return QCoreApplication.translate("FollowUpTimeline", text)


def kind_word(kind: str) -> str:
    return {"assessment": translate("FollowUpTimeline", "Assessment"), "evidence": translate("FollowUpTimeline", "Evidence"), "milestone": translate("FollowUpTimeline", "Milestone")}[kind]


class TimelineView(QWidget):
    """A heading naming the subject, then one line per event, oldest first."""

    selection_changed = Signal()

    def __init__(self, workshop, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("timeline")
        self._workshop = workshop
        self.subject: Subject | None = None
        self.include_confidential = True
        self._palette = theme.CALM
        self.heading = QLabel(translate("FollowUpTimeline", "Timeline").upper(), self)
        self.heading.setObjectName("sectionHeading")
        self.title = QLabel(self)
        self.title.setObjectName("timelineTitle")
        self.title.setWordWrap(True)
        self.disputed = QLabel(self)
        self.disputed.setObjectName("disputedNote")
        self.disputed.setWordWrap(True)
        self.disputed.hide()
        self.list = QListWidget(self)
        self.list.setObjectName("timelineList")
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)
        self.list.setAlternatingRowColors(True)
        self.list.setAccessibleName(translate("FollowUpTimeline", "Timeline"))
        self.list.itemSelectionChanged.connect(self.selection_changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.heading)
        layout.addWidget(self.title)
        layout.addWidget(self.disputed)
        layout.addWidget(self.list, 1)
        self.show_subject(None)

    def set_palette(self, palette: theme.Palette) -> None:
        self._palette = palette

    def show_subject(self, subject: Subject | None, title: str = "") -> None:
        self.subject = subject
        self.title.setText(title)
        self.refresh()

    def refresh(self) -> None:
        self.list.clear()
        self.disputed.hide()
        if self.subject is None:
            self.title.setText(translate("FollowUpTimeline", "Choose a recommendation or a priority to see its history."))
            return
        entries = self._workshop.timeline(self.subject, include_confidential=self.include_confidential)
        if not entries:
            item = QListWidgetItem(translate("FollowUpTimeline", "Nothing recorded yet. Assess it, or add evidence."))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.list.addItem(item)
        for entry in entries:
            item = QListWidgetItem(f"{entry.on}   {kind_word(entry.kind)} · {entry.text}")
            item.setData(EntryRole, entry)
            item.setForeground(QColor(KIND_COLOURS.get(entry.kind, "#15212e")))
            item.setToolTip(entry.text)
            self.list.addItem(item)
        found = self._workshop.current_statuses(None).get(self.subject.key)
        if found and found[3]:
            latest = self._latest_by_assessor()
            words = "; ".join(f"{who}: {label}" for who, label in latest.items())
            self.disputed.setText(translate("FollowUpTimeline", "Organisations disagree. Latest words: %1").replace("%1", words))
            self.disputed.show()

    def _latest_by_assessor(self) -> dict[str, str]:
        latest: dict[str, tuple[str, str]] = {}
        for a in self._workshop.assessments(self.subject):
            if a.assessor not in latest or a.assessed_on >= latest[a.assessor][0]:
                latest[a.assessor] = (a.assessed_on, tr(a.status.label))
        return {who: label for who, (_on, label) in latest.items()}

    def entries(self) -> list:
        return [self.list.item(i).data(EntryRole) for i in range(self.list.count())
                if self.list.item(i).data(EntryRole) is not None]

    def texts(self) -> list[str]:
        return [self.list.item(i).text() for i in range(self.list.count())]

    def selected_entry(self):
        items = self.list.selectedItems()
        return items[0].data(EntryRole) if items else None
