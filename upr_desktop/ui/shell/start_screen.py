"""The first thing a person sees: open the demo, start a new workshop, or open one.

The screen only asks; the main window does the opening (it connects to the signals).
A file dropped here is passed on with open_path_requested, whatever its kind: the main
window decides whether it is a workshop to open or recommendations to import.
"""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QDate, QLocale, QModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QDragEnterEvent, QDropEvent, QFont, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from ... import i18n, paths, settings
from ..common.identity import app_version
from ..common.drops import dropped_file

ACCENT = "#1f5fa8"
PATH_ROLE = Qt.ItemDataRole.UserRole
FOLDER_ROLE = Qt.ItemDataRole.UserRole + 1
MODIFIED_ROLE = Qt.ItemDataRole.UserRole + 2

STYLE = f"""
QWidget#startScreen {{ background: #f5f7fa; }}
QFrame#startCard {{ background: #ffffff; border: 1px solid #e1e6ec; border-radius: 12px; }}
QLabel#appName {{ font-size: 30pt; font-weight: 700; color: #15212e; }}
QLabel#appAccent {{ background: {ACCENT}; border-radius: 2px; }}
QLabel#tagline {{ font-size: 12.5pt; color: #4c5865; }}
QLabel#columnHeading {{ font-size: 9pt; font-weight: 700; color: #6b7580; letter-spacing: 1px; }}
QPushButton#actionButton {{ background: #ffffff; border: 1px solid #d5dde6; border-radius: 10px;
    text-align: left; padding: 0px; }}
QPushButton#actionButton:hover {{ border-color: {ACCENT}; background: #f4f8fd; }}
QPushButton#actionButton:focus {{ border: 2px solid {ACCENT}; }}
QPushButton#actionButton:pressed {{ background: #e6eef8; }}
QPushButton#actionButton[primary="true"] {{ background: {ACCENT}; border-color: {ACCENT}; }}
QPushButton#actionButton[primary="true"]:hover {{ background: #1a5294; }}
QPushButton#actionButton[primary="true"]:focus {{ border: 2px solid #0f3a6b; }}
QLabel#actionTitle {{ font-size: 12.5pt; font-weight: 600; color: #15212e; background: transparent; }}
QLabel#actionDetail {{ font-size: 10pt; color: #5d6874; background: transparent; }}
QLabel#actionBadge {{ background: #e8f0fa; color: {ACCENT}; border-radius: 20px;
    font-size: 15pt; font-weight: 700; }}
QPushButton[primary="true"] QLabel#actionTitle {{ color: #ffffff; }}
QPushButton[primary="true"] QLabel#actionDetail {{ color: #d7e5f6; }}
QPushButton[primary="true"] QLabel#actionBadge {{ background: #ffffff; color: {ACCENT}; }}
QListWidget#recentList {{ background: #ffffff; border: 1px solid #e1e6ec; border-radius: 10px;
    padding: 4px; outline: none; }}
QLabel#emptyRecent {{ color: #7a8490; font-size: 10.5pt; background: #ffffff; border: 1px dashed #d5dde6;
    border-radius: 10px; padding: 24px; }}
QLabel#dropHint {{ color: #5d6874; font-size: 10pt; border: 1.5px dashed #c3cdd8; border-radius: 10px;
    padding: 14px; background: transparent; }}
QLabel#dropHint[dragging="true"] {{ color: {ACCENT}; border-color: {ACCENT}; background: #eaf2fb; }}
QLabel#privacyNote {{ color: #7a8490; font-size: 9pt; }}
QPushButton#languageButton {{ color: #3d4a57; font-size: 10.5pt; border: 1px solid transparent;
    border-radius: 6px; background: transparent; padding: 4px 10px; }}
QPushButton#languageButton:hover {{ color: {ACCENT}; border-color: #c3cdd8; }}
QPushButton#languageButton:checked {{ color: {ACCENT}; font-weight: 700; border-color: {ACCENT};
    background: #eaf2fb; }}
QPushButton#languageButton:focus {{ border: 1px solid {ACCENT}; }}
QLabel#languageHeading {{ color: #15212e; font-size: 11pt; font-weight: 600; }}
QFrame#languageCard {{ background: #eaf2fb; border: 1px solid #bcd3ee; border-radius: 10px; }}
QPushButton#aboutLink {{ color: #5d6874; font-size: 9pt; border: none; background: transparent;
    text-decoration: underline; padding: 2px 6px; }}
QPushButton#aboutLink:hover {{ color: {ACCENT}; }}
QPushButton#aboutLink:focus {{ color: {ACCENT}; border: 1px solid {ACCENT}; border-radius: 4px; }}
"""


def format_modified(when: datetime, now: datetime | None = None) -> str:
    """"Today, 14:05", "Yesterday, 09:12", or "3 Mar 2025" in the person's language."""
    from PySide6.QtCore import QCoreApplication

    now = now or datetime.now()
    locale = QLocale()
    time_text = f"{when.hour:02d}:{when.minute:02d}"
    days = (now.date() - when.date()).days
    if days == 0:
        return QCoreApplication.translate("StartScreen", "Today, {time}").format(time=time_text)
    if days == 1:
        return QCoreApplication.translate("StartScreen", "Yesterday, {time}").format(time=time_text)
    return locale.toString(QDate(when.year, when.month, when.day), "d MMM yyyy")


class _ActionButton(QPushButton):
    """A large button with a badge, a title and one line saying what it does."""

    def __init__(self, badge: str, title: str, detail: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("actionButton")
        self.setAccessibleName(title)
        self.setAccessibleDescription(detail)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setMinimumHeight(78)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.badge = QLabel(badge, self)
        self.badge.setObjectName("actionBadge")
        self.badge.setFixedSize(40, 40)
        self.badge.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title = QLabel(title, self)
        self.title.setObjectName("actionTitle")
        self.detail = QLabel(detail, self)
        self.detail.setObjectName("actionDetail")
        self.detail.setWordWrap(True)
        for label in (self.badge, self.title, self.detail):
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        text = QVBoxLayout()
        text.setSpacing(2)
        text.addWidget(self.title)
        text.addWidget(self.detail)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(18, 12, 18, 12)
        layout.setSpacing(16)
        layout.addWidget(self.badge, 0, Qt.AlignmentFlag.AlignVCenter)
        layout.addLayout(text, 1)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return self.layout().sizeHint().expandedTo(QSize(320, 78))


class _RecentDelegate(QStyledItemDelegate):
    """Paints a recent workshop as its name in bold over its folder and when it was last changed."""

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:  # noqa: N802 - Qt API
        metrics = QFontMetrics(option.font)
        return QSize(240, metrics.height() * 2 + 26)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        painter.save()
        rect = option.rect.adjusted(2, 2, -2, -2)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        hovered = bool(option.state & QStyle.StateFlag.State_MouseOver)
        if selected or hovered:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor("#e3edf9") if selected else QColor("#f2f6fb"))
            painter.drawRoundedRect(rect, 7, 7)
            if selected:
                painter.setBrush(QColor(ACCENT))
                painter.drawRoundedRect(QRect(rect.left(), rect.top() + 8, 3, rect.height() - 16), 1.5, 1.5)
        text_rect = rect.adjusted(14, 8, -12, -8)
        name_font = QFont(option.font)
        name_font.setBold(True)
        name_font.setPointSizeF(option.font.pointSizeF() * 1.05)
        name_metrics = QFontMetrics(name_font)
        painter.setFont(name_font)
        painter.setPen(QPen(QColor("#15212e")))
        name = name_metrics.elidedText(index.data(Qt.ItemDataRole.DisplayRole) or "", Qt.TextElideMode.ElideRight,
                                       text_rect.width())
        painter.drawText(QRect(text_rect.left(), text_rect.top(), text_rect.width(), name_metrics.height()),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, name)

        small_font = QFont(option.font)
        small_font.setPointSizeF(option.font.pointSizeF() * 0.92)
        small_metrics = QFontMetrics(small_font)
        painter.setFont(small_font)
        modified = index.data(MODIFIED_ROLE) or ""
        modified_width = small_metrics.horizontalAdvance(modified) + 4
        second_top = text_rect.top() + name_metrics.height() + 3
        second = QRect(text_rect.left(), second_top, text_rect.width(), small_metrics.height())
        painter.setPen(QPen(QColor("#7a8490")))
        painter.drawText(second, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, modified)
        folder = small_metrics.elidedText(index.data(FOLDER_ROLE) or "", Qt.TextElideMode.ElideMiddle,
                                          max(20, text_rect.width() - modified_width - 16))
        painter.setPen(QPen(QColor("#5d6874")))
        painter.drawText(second, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, folder)
        painter.restore()


class StartScreen(QWidget):
    """Open the demo, start a new workshop, or open an existing one (also from the recent list)."""

    open_path_requested = Signal(str)
    open_dialog_requested = Signal()
    new_requested = Signal()
    demo_requested = Signal()
    demo_afresh_requested = Signal()
    language_requested = Signal(str)  # a language code: the person chose the interface's language

    def __init__(self, recent: list[Path], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("startScreen")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(STYLE)
        self.setAcceptDrops(True)

        app_name = QLabel(self.tr("UPR Desktop"), self)
        app_name.setObjectName("appName")
        accent = QLabel(self)
        accent.setObjectName("appAccent")
        accent.setFixedSize(56, 4)
        tagline = QLabel(self.tr("Run a UPR follow-up workshop offline: review recommendations, cluster, vote, "
                                 "and sign an outcome charter."), self)
        tagline.setObjectName("tagline")
        tagline.setWordWrap(True)

        self.demo_button = _ActionButton(
            i18n.arrows("▶"), self.tr("Open the demo workshop"),
            self.tr("Explore with illustrative recommendations. It stays as you leave it."), self)
        self.demo_button.setProperty("primary", True)
        self.new_button = _ActionButton(
            "+", self.tr("New workshop…"),
            self.tr("Start an empty workshop file, then import the country's recommendations."), self)
        self.open_button = _ActionButton(
            i18n.arrows("↗"), self.tr("Open a workshop…"),
            self.tr("Continue a workshop saved on this laptop or a USB stick (.uprw)."), self)
        self.demo_button.clicked.connect(self.demo_requested)
        # The demo keeps what was done in it; a fresh copy is a separate, deliberate step (it asks first).
        self.demo_afresh_button = QPushButton(self.tr("Start the demo afresh…"), self)
        self.demo_afresh_button.setObjectName("demoAfreshButton")
        self.demo_afresh_button.setFlat(True)
        self.demo_afresh_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.demo_afresh_button.setToolTip(self.tr("Replace the demo workshop with a fresh copy"))
        self.demo_afresh_button.clicked.connect(self.demo_afresh_requested)
        self.new_button.clicked.connect(self.new_requested)
        self.open_button.clicked.connect(self.open_dialog_requested)
        for button, name in ((self.demo_button, "demoButton"), (self.new_button, "newButton"),
                             (self.open_button, "openButton")):
            button.setAccessibleName(button.title.text())
            button.setProperty("role", name)

        start_heading = QLabel(self.tr("START"), self)
        start_heading.setObjectName("columnHeading")
        actions = QVBoxLayout()
        actions.setSpacing(12)
        actions.addWidget(start_heading)
        actions.addWidget(self.demo_button)
        actions.addWidget(self.demo_afresh_button, 0, Qt.AlignmentFlag.AlignRight)
        actions.addWidget(self.new_button)
        actions.addWidget(self.open_button)
        actions.addStretch(1)

        recent_heading = QLabel(self.tr("RECENT WORKSHOPS"), self)
        recent_heading.setObjectName("columnHeading")
        self.recent_list = QListWidget(self)
        self.recent_list.setObjectName("recentList")
        self.recent_list.setItemDelegate(_RecentDelegate(self.recent_list))
        self.recent_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.recent_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.recent_list.setMouseTracking(True)
        self.recent_list.setAccessibleName(self.tr("Recent workshops"))
        self.recent_list.itemActivated.connect(self._open_item)  # double-click or Enter
        self.empty_recent = QLabel(self.tr("Workshops you open or create will be listed here."), self)
        self.empty_recent.setObjectName("emptyRecent")
        self.empty_recent.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_recent.setWordWrap(True)
        self._recent_stack = QStackedWidget(self)
        self._recent_stack.addWidget(self.recent_list)
        self._recent_stack.addWidget(self.empty_recent)
        recent_column = QVBoxLayout()
        recent_column.setSpacing(12)
        recent_column.addWidget(recent_heading)
        recent_column.addWidget(self._recent_stack, 1)

        columns = QHBoxLayout()
        columns.setSpacing(32)
        columns.addLayout(actions, 5)
        columns.addLayout(recent_column, 6)

        self.drop_hint = QLabel(self.tr("Drop a .uprw workshop or a recommendations file (CSV, XLS/XLSX, DOCX, "
                                        "JSON) here"), self)
        self.drop_hint.setObjectName("dropHint")
        self.drop_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.drop_hint.setWordWrap(True)
        self.privacy_note = QLabel(self._privacy_text(), self)
        self.privacy_note.setObjectName("privacyNote")
        self.privacy_note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.privacy_note.setWordWrap(True)
        self.about_button = QPushButton(self.tr("About UPR Desktop %1").replace("%1", app_version()), self)
        self.about_button.setObjectName("aboutLink")
        self.about_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.about_button.setToolTip(self.tr("The version, where settings and backups are kept, and the licences"))
        self.about_button.clicked.connect(self._about)
        footer = QVBoxLayout()
        footer.setSpacing(2)
        footer.addWidget(self.privacy_note)
        footer.addWidget(self.about_button, 0, Qt.AlignmentFlag.AlignHCenter)

        card = QFrame(self)
        card.setObjectName("startCard")
        card_layout = QVBoxLayout(card)
        card_layout.setContentsMargins(48, 40, 48, 32)
        card_layout.setSpacing(0)
        card_layout.addWidget(self._build_languages(card))
        card_layout.addSpacing(18 if self.first_run else 6)
        card_layout.addWidget(app_name)
        card_layout.addSpacing(8)
        card_layout.addWidget(accent)
        card_layout.addSpacing(14)
        card_layout.addWidget(tagline)
        card_layout.addSpacing(34)
        card_layout.addLayout(columns, 1)
        card_layout.addSpacing(26)
        card_layout.addWidget(self.drop_hint)
        card.setMaximumWidth(1040)
        card.setMinimumWidth(720)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(32, 32, 32, 20)
        outer.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(card, 100)
        row.addStretch(1)
        outer.addLayout(row, 100)
        outer.addSpacing(12)
        outer.addLayout(footer)
        outer.addStretch(1)

        self.set_recent(recent)

    def _build_languages(self, parent: QWidget) -> QWidget:
        """The six languages, each named in itself. The first time the app runs (no language chosen yet) they
        stand out in a card that asks; afterwards they are a quiet row at the top."""
        self.first_run = settings.interface_language() is None
        holder = QFrame(parent)
        holder.setObjectName("languageCard" if self.first_run else "languageRow")
        row = QHBoxLayout(holder)
        row.setContentsMargins(*((14, 8, 14, 8) if self.first_run else (0, 0, 0, 0)))
        row.setSpacing(4)
        if self.first_run:
            heading = QLabel(self.tr("Choose the language of the interface:"), holder)
            heading.setObjectName("languageHeading")
            heading.setWordWrap(True)
            row.addWidget(heading, 1)
        else:
            row.addStretch(1)
        self.language_buttons: dict[str, QPushButton] = {}
        current = i18n.current_language()
        for lang in i18n.available_languages():
            button = QPushButton(i18n.language_name(lang), holder)
            button.setObjectName("languageButton")
            button.setCheckable(True)
            button.setChecked(lang == current)
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            button.setLocale(i18n.qlocale(lang))
            button.setAccessibleName(i18n.language_name(lang))
            button.clicked.connect(self._language_clicked)
            button.setProperty("language", lang)
            self.language_buttons[lang] = button
            row.addWidget(button)
        return holder

    def _language_clicked(self) -> None:
        lang = self.sender().property("language")
        if lang:
            self.language_requested.emit(lang)

    def _privacy_text(self) -> str:
        if paths.is_portable():
            return self.tr("Portable: settings, recent workshops and backups stay beside the app, in “%1”. "
                           "Nothing is written to this computer.").replace("%1", str(paths.data_dir()))
        return self.tr("Works without internet. Workshop files stay on this computer unless you copy them.")

    def _about(self) -> None:
        # Opened here rather than asked of the main window: the start screen also shows with no window around it.
        from .about_dialog import show_about  # when asked for: it reads every library's metadata

        self.about_dialog = show_about(self.window())

    # --- recent workshops ----------------------------------------------------------------
    def set_recent(self, recent: list[Path]) -> None:
        """Show these workshops, newest first; files that no longer exist are left out."""
        self.recent_list.clear()
        now = datetime.now()
        for path in recent:
            path = Path(path)
            try:
                if not path.is_file():
                    continue
                modified = datetime.fromtimestamp(path.stat().st_mtime)
            except OSError:
                continue
            item = QListWidgetItem(path.stem if path.suffix.lower() == ".uprw" else path.name)
            item.setData(PATH_ROLE, str(path))
            item.setData(FOLDER_ROLE, self._display_folder(path.parent))
            item.setData(MODIFIED_ROLE, format_modified(modified, now))
            item.setToolTip(str(path))
            self.recent_list.addItem(item)
        self._recent_stack.setCurrentWidget(self.recent_list if self.recent_list.count() else self.empty_recent)
        if self.recent_list.count():
            self.recent_list.setCurrentRow(0)

    def recent_paths(self) -> list[str]:
        return [self.recent_list.item(row).data(PATH_ROLE) for row in range(self.recent_list.count())]

    @staticmethod
    def _display_folder(folder: Path) -> str:
        home = str(Path.home())
        text = str(folder)
        if home not in ("/", "") and (text == home or text.startswith(home + os.sep)):
            text = "~" + text[len(home):]
        return text

    def _open_item(self, item: QListWidgetItem) -> None:
        path = item.data(PATH_ROLE)
        if path:
            self.open_path_requested.emit(path)

    # --- drag and drop -------------------------------------------------------------------

    def _set_dragging(self, dragging: bool) -> None:
        self.drop_hint.setProperty("dragging", dragging)
        self.drop_hint.style().unpolish(self.drop_hint)
        self.drop_hint.style().polish(self.drop_hint)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt API
        if dropped_file(event):
            event.acceptProposedAction()
            self._set_dragging(True)
        else:
            event.ignore()

    def dragLeaveEvent(self, event) -> None:  # noqa: N802 - Qt API
        self._set_dragging(False)
        super().dragLeaveEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt API
        self._set_dragging(False)
        path = dropped_file(event)
        if path:
            event.acceptProposedAction()
            self.open_path_requested.emit(path)
        else:
            event.ignore()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(1200, 800)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        # Enter opens the most recent workshop; with none yet, the demo is one key away.
        (self.recent_list if self.recent_list.count() else self.demo_button).setFocus()


__all__ = ["StartScreen", "format_modified"]
